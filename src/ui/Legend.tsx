// The key of the painted chart, drawn with the same marks the shader uses: solid red for the
// essential zone, red dots for the spillover zone, an X for the trigger point itself.
// Plain words first, the clinical term after it for students. Find mode adds the person's
// own drawing (violet hatching), consult the second pattern (blue).
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
        <li>
          <svg width="22" height="16" aria-hidden="true">
            <defs>
              <pattern id="tpx-hatch" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                <rect width="2.5" height="5" fill={DRAWING} />
              </pattern>
            </defs>
            <rect x="1" y="1" width="20" height="14" rx="3" fill={DRAWING} opacity="0.3" />
            <rect x="1" y="1" width="20" height="14" rx="3" fill="url(#tpx-hatch)" opacity="0.8" />
          </svg>
          <span>{t('legend.yourPain')}</span>
        </li>
      )}
      <li>
        <svg width="22" height="16" aria-hidden="true">
          <rect x="1" y="1" width="20" height="14" rx="3" fill={PAINT} />
        </svg>
        <span>
          <span className="long">{t('legend.main')}</span>
          <span className="short">{t('legend.mainShort')}</span> <span className="muted">{t('legend.essential')}</span>
        </span>
      </li>
      <li>
        <svg width="22" height="16" aria-hidden="true">
          <rect x="1" y="1" width="20" height="14" rx="3" fill="#fff" stroke="#e6a0a0" />
          {DOTS.map(([x, y]) => (
            <circle key={`${x}-${y}`} cx={x} cy={y} r="1.4" fill={PAINT} />
          ))}
        </svg>
        <span>
          <span className="long">{t('legend.spread')}</span>
          <span className="short">{t('legend.spreadShort')}</span> <span className="muted">{t('legend.spillover')}</span>
        </span>
      </li>
      {comparing && (
        <li>
          <svg width="22" height="16" aria-hidden="true">
            <rect x="1" y="1" width="20" height="14" rx="3" fill={COMPARE} />
          </svg>
          <span>{t('legend.second')}</span>
        </li>
      )}
      {showsX && (
        <li>
          <svg width="18" height="18" aria-hidden="true">
            <path d="M3 3l12 12M15 3L3 15" stroke="#1b2530" strokeWidth="3" strokeLinecap="round" />
          </svg>
          <span>
            <span className="long">{t('legend.tp')}</span>
            <span className="short">{t('legend.tpShort')}</span>
          </span>
        </li>
      )}
    </ul>
  )
}
