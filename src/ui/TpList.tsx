// Every trigger point, grouped by body area (head & neck ... leg & foot), then by muscle:
// browsing for people who do not know what to search for. Plain muscle words first, the
// clinical name beside them for students and therapists.
import { useState } from 'react'
import { useData } from '../state/data-store'
import { useSelection } from '../state/selection-store'
import { BODY_AREAS, bodyAreaWords } from './labels'
import { TpChoices } from './TpChoices'
import { useTranslation } from './i18n'

export function TpList() {
  const index = useData((s) => s.index)
  const tpId = useSelection((s) => s.tpId)
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set())
  const { t } = useTranslation('explore')
  // a trigger point chosen elsewhere (marker, search, link) opens its area once; the person
  // can still close it (React's "adjust state when a prop changes" pattern, no effect needed)
  const [shownTp, setShownTp] = useState<string | null>(null)
  const selectedArea = tpId && index ? index.muscleOfTp.get(tpId)?.bodyArea : undefined
  if (tpId !== shownTp) {
    setShownTp(tpId)
    if (selectedArea && !open.has(selectedArea)) setOpen(new Set([...open, selectedArea]))
  }
  if (!index) return null
  const muscles = index.dataset.muscles
  return (
    <nav aria-label={t('list.title')} data-testid="tp-list">
      <h2>{t('list.title')}</h2>
      {BODY_AREAS.map((area) => {
        const inArea = muscles.filter((m) => m.bodyArea === area.id)
        if (inArea.length === 0) return null
        const count = inArea.reduce((n, m) => n + m.triggerPoints.length, 0)
        const isOpen = open.has(area.id)
        return (
          <details
            key={area.id}
            className="tpx-group"
            open={isOpen}
            onToggle={(e) => {
              const now = (e.currentTarget as HTMLDetailsElement).open
              if (now === open.has(area.id)) return
              setOpen((prev) => {
                const next = new Set(prev)
                if (now) next.add(area.id)
                else next.delete(area.id)
                return next
              })
            }}
            data-area={area.id}
          >
            <summary>
              {bodyAreaWords(area.id)}
              <span className="count">{count}</span>
            </summary>
            {isOpen &&
              inArea.map((m) => (
                <div key={m.id} className="tpx-muscle">
                  <div className="muscle-name">
                    {cap(m.plainName)} <span className="sub">· {m.name}</span>
                  </div>
                  <TpChoices muscle={m} />
                </div>
              ))}
          </details>
        )
      })}
    </nav>
  )
}

const cap = (s: string): string => (s ? s[0]!.toUpperCase() + s.slice(1) : s)
