// The key of the painted chart, drawn with the same marks the shader uses: solid red for the
// essential zone, red dots for the spillover zone, an X for the trigger point itself.
// Plain words first, the clinical term after it for students. Find mode adds the person's
// own drawing (violet hatching), consult the second pattern (blue).
import type { ReactNode, SVGProps } from 'react'
import { useSelection } from '../state/selection-store'
import { useView } from '../state/view-store'
import { useTranslation } from './i18n'

// Colours of the scene's zone material (src/scene/zone-material.ts defaults).
const PAINT = '#d1242a'
const DRAWING = '#6a3fc8'
const COMPARE = '#1d5fc4'

const DOTS = [4, 9, 14, 19].flatMap((x) => [4, 8, 12].map((y) => [y === 8 ? x - 2 : x, y] as const))

export function Legend() {
  const mode = useView((s) => s.mode)
  const { t } = useTranslation('explore')
  const comparing = useSelection((s) => s.compareTpId !== null) && mode === 'consult'
  // the finder hides the markers; an X is drawn only for a chosen result
  const showsX = useSelection((s) => s.tpId !== null) || mode !== 'find'
  return (
    <ul className="tpx-legend" aria-label={t('legend.label')}>
      {mode === 'find' && (
        <LegendRow
          mark={
            <>
              <defs>
                <pattern id="tpx-hatch" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                  <rect width="2.5" height="5" fill={DRAWING} />
                </pattern>
              </defs>
              <Box fill={DRAWING} opacity="0.3" />
              <Box fill="url(#tpx-hatch)" opacity="0.8" />
            </>
          }
          label={t('legend.yourPain')}
        />
      )}
      <LegendRow
        mark={<Box fill={PAINT} />}
        label={t('legend.main')}
        short={t('legend.mainShort')}
        term={t('legend.essential')}
      />
      <LegendRow
        mark={
          <>
            <Box fill="#fff" stroke="#e6a0a0" />
            {DOTS.map(([x, y]) => (
              <circle key={`${x}-${y}`} cx={x} cy={y} r="1.4" fill={PAINT} />
            ))}
          </>
        }
        label={t('legend.spread')}
        short={t('legend.spreadShort')}
        term={t('legend.spillover')}
      />
      {comparing && <LegendRow mark={<Box fill={COMPARE} />} label={t('legend.second')} />}
      {showsX && (
        <LegendRow
          size={18}
          mark={<path d="M3 3l12 12M15 3L3 15" stroke="#1b2530" strokeWidth="3" strokeLinecap="round" />}
          label={t('legend.tp')}
          short={t('legend.tpShort')}
        />
      )}
    </ul>
  )
}

interface LegendRowProps {
  /** the SVG content of the mark, drawn in a 22x16 box (or `size` square) */
  mark: ReactNode
  size?: number
  /** the plain words; with `short`, shown only where there is room (the short words elsewhere) */
  label: string
  short?: string
  /** the clinical term after the plain words, for students, where there is room */
  term?: string
}

/** One row of the key: its mark, then its words. */
function LegendRow({ mark, size, label, short, term }: LegendRowProps) {
  return (
    <li>
      <svg width={size ?? 22} height={size ?? 16} aria-hidden="true">
        {mark}
      </svg>
      <span>
        {short === undefined ? (
          label
        ) : (
          <>
            <span className="long">{label}</span>
            <span className="short">{short}</span>
          </>
        )}
        {term !== undefined && (
          <>
            {' '}
            <span className="muted">{term}</span>
          </>
        )}
      </span>
    </li>
  )
}

/** The rounded box a zone's mark is drawn in. */
const Box = (props: SVGProps<SVGRectElement>) => <rect x="1" y="1" width="20" height="14" rx="3" {...props} />
