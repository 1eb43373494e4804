// What a selected trigger point means, in plain and clinical words (issue 3): the muscle,
// where the point is found, where it sends pain (main area, then where it may spread), what
// it is often mistaken for, symptoms, self-care and the sources (new tab, rel=noopener).
import { useEffect, useMemo, useRef } from 'react'
import { zonesOf } from '../domain/pattern'
import { useData } from '../state/data-store'
import { useSelection } from '../state/selection-store'
import { useView } from '../state/view-store'
import { DeepNote } from './DeepNote'
import { SideSwitch } from './SideSwitch'
import { conditionWords, regionWords, sideWords } from './labels'
import { useTranslation } from './i18n'

export interface DetailPanelProps {
  onOpenTherapy: () => void
  /** explore and find: deselect; consult: only hide the details (the patterns stay) */
  onClose: () => void
}

export function DetailPanel({ onOpenTherapy, onClose }: DetailPanelProps) {
  const index = useData((s) => s.index)
  const tpId = useSelection((s) => s.tpId)
  const side = useSelection((s) => s.side)
  const mode = useView((s) => s.mode)
  const webgl = useView((s) => s.webglAvailable && !s.webglLost)
  const tp = tpId ? index?.tpById.get(tpId) : undefined
  const muscle = tpId ? index?.muscleOfTp.get(tpId) : undefined
  const zones = useMemo(() => (tp && index ? zonesOf(tp, side, index.regionById) : null), [tp, side, index])
  const heading = useRef<HTMLHeadingElement>(null)
  const { t } = useTranslation('explore')
  const { t: tc } = useTranslation()
  // after a selection, keyboard and screen reader users land on what was selected (the search
  // result or list button they used may be gone); the 3D view keeps its focus (arrow keys)
  useEffect(() => {
    const active = document.activeElement
    if (active instanceof HTMLElement && active.closest('[data-scene]')) return
    // a link opened: nobody has used the page yet, the focus stays at its start
    if (typeof navigator !== 'undefined' && navigator.userActivation && !navigator.userActivation.hasBeenActive) return
    heading.current?.focus({ preventScroll: false })
  }, [tpId])
  if (!index || !tp || !muscle || !zones) return null

  const words = (refs: typeof zones.essential): string[] => {
    const seen = new Map<string, Set<string>>()
    for (const z of refs) {
      const set = seen.get(z.region) ?? new Set<string>()
      set.add(z.side ?? 'midline')
      seen.set(z.region, set)
    }
    return [...seen.entries()].map(([region, sides]) =>
      sides.size > 1 ? t('detail.bothSides', { area: regionWords(index, region) }) : regionWords(index, region),
    )
  }
  const essential = words(zones.essential)
  const spillover = words(zones.spillover)
  const mimics = index.conditionsForTp(tp.id)
  const sourceKeys = [...new Set([...tp.sources, ...muscle.sources])]

  return (
    <article className="tpx-panel tpx-detail" aria-labelledby="tpx-detail-title" data-testid="detail-panel">
      <button type="button" className="close no-print" aria-label={t('detail.close')} onClick={onClose}>
        ✕
      </button>
      <h2 id="tpx-detail-title" tabIndex={-1} ref={heading}>
        {cap(muscle.plainName)}
      </h2>
      <p className="clinical">{t('detail.clinical', { muscle: muscle.name, tp: tp.name, side: sideWords(side) })}</p>
      {muscle.depth === 'deep' && <DeepNote muscle={muscle} />}
      <div className="row no-print" style={{ margin: '8px 0' }}>
        <SideSwitch />
        {mode === 'consult' ? null : (
          <button type="button" onClick={onOpenTherapy}>
            {tc('therapy.open')}
          </button>
        )}
      </div>

      <h3>{t('detail.refers')}</h3>
      <p className="small muted">{webgl ? t('detail.mainBody') : t('detail.main')}</p>
      <ul className="tpx-chips essential" data-testid="essential-zones">
        {essential.map((w) => (
          <li key={w}>{w}</li>
        ))}
      </ul>
      {spillover.length > 0 && (
        <>
          <p className="small muted">{webgl ? t('detail.spreadBody') : t('detail.spread')}</p>
          <ul className="tpx-chips spillover" data-testid="spillover-zones">
            {spillover.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </>
      )}

      <h3>{t('detail.where')}</h3>
      <p>{tp.location}</p>

      {mimics.length > 0 && (
        <>
          <h3>{t('detail.mistaken')}</h3>
          <ul className="tpx-chips">
            {mimics.map((c) => (
              <li key={c.id} title={c.name}>
                {conditionWords(index, c.id)}
              </li>
            ))}
          </ul>
        </>
      )}

      {muscle.symptoms.length > 0 && (
        <>
          <h3>{t('detail.symptoms')}</h3>
          <ul>
            {muscle.symptoms.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </>
      )}

      <h3>{t('detail.action')}</h3>
      <p>{muscle.action}</p>
      {tp.note && <p className="small muted">{tp.note}</p>}

      {muscle.selfCare && muscle.selfCare.length > 0 && (
        <>
          <h3>{t('detail.selfCare')}</h3>
          <ul>
            {muscle.selfCare.map((c) => (
              <li key={c.text}>{c.text}</li>
            ))}
          </ul>
        </>
      )}

      <h3>{t('detail.sources')}</h3>
      <ul className="tpx-sources">
        {sourceKeys.map((key) => {
          const src = index.sourceByKey.get(key)
          if (!src) return <li key={key}>{key}</li>
          return (
            <li key={key}>
              {src.url ? (
                <a href={src.url} target="_blank" rel="noopener noreferrer">
                  {src.title}
                </a>
              ) : (
                src.title
              )}
              {src.detail ? <span className="muted"> · {src.detail}</span> : null}
            </li>
          )
        })}
      </ul>
      <p className="small muted">{t('detail.disclaimer')}</p>
    </article>
  )
}

const cap = (s: string): string => (s ? s[0]!.toUpperCase() + s.slice(1) : s)
