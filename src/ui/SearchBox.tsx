// The search box: muscles, trigger points, conditions ("sciatica", typos too) and body regions.
// Conditions and regions lead to a ranked list of trigger points (CauseList); a muscle or a
// trigger point is selected at once. Results are grouped by kind, conditions first.
import { type KeyboardEvent, useId, useMemo, useRef } from 'react'
import type { SearchHit, SearchKind } from '../domain/search'
import { useSearch } from '../state/search-store'
import { useSelection } from '../state/selection-store'
import { useData } from '../state/data-store'
import { useSearchEngine } from './derived'
import { useTranslation } from './i18n'

const KINDS: readonly SearchKind[] = ['condition', 'muscle', 'triggerPoint', 'region']

export interface SearchBoxProps {
  /** what a region hit does (the finder marks it instead of listing its causes) */
  onRegion?: (regionId: string) => void
  placeholder?: string
}

export function SearchBox({ onRegion, placeholder }: SearchBoxProps) {
  const query = useSearch((s) => s.query)
  const open = useSearch((s) => s.open)
  const setQuery = useSearch((s) => s.setQuery)
  const setOpen = useSearch((s) => s.setOpen)
  const engine = useSearchEngine()
  const index = useData((s) => s.index)
  const inputId = useId()
  const resultsRef = useRef<HTMLDivElement>(null)
  const { t } = useTranslation('explore')
  const hits = useMemo(() => (engine && query.trim().length >= 2 ? engine(query, 12) : []), [engine, query])

  const choose = (hit: SearchHit): void => {
    const sel = useSelection.getState()
    setOpen(false)
    if (hit.kind === 'condition') sel.setCondition(hit.id)
    else if (hit.kind === 'region') {
      if (onRegion) onRegion(hit.id)
      else sel.setRegion(hit.id)
    } else if (hit.kind === 'muscle') {
      const muscle = index?.muscleById.get(hit.id)
      sel.setMuscle(hit.id)
      if (muscle?.triggerPoints[0]) sel.select(muscle.triggerPoints[0].id)
    } else {
      sel.setMuscle(index?.muscleOfTp.get(hit.id)?.id ?? null)
      sel.select(hit.id)
    }
  }

  return (
    <div className="tpx-search" role="search">
      <label htmlFor={inputId} className="visually-hidden">
        {t('search.label')}
      </label>
      <input
        id={inputId}
        type="search"
        autoComplete="off"
        spellCheck={false}
        value={query}
        placeholder={placeholder ?? t('search.placeholder')}
        onChange={(e) => setQuery(e.target.value)}
        onFocus={() => query.trim() && setOpen(true)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setOpen(false)
          if (e.key === 'Enter' && hits[0]) choose(hits[0])
          if (e.key === 'ArrowDown') {
            e.preventDefault()
            resultsRef.current?.querySelector<HTMLButtonElement>('button')?.focus()
          }
        }}
        aria-describedby={`${inputId}-status`}
      />
      <p id={`${inputId}-status`} className="visually-hidden" aria-live="polite">
        {open && query.trim().length >= 2 ? t('search.results', { count: hits.length }) : ''}
      </p>
      {open && query.trim().length >= 2 && (
        <div
          className="tpx-search-results"
          data-testid="search-results"
          ref={resultsRef}
          onKeyDown={(e) => moveFocus(e, inputId)}
        >
          {hits.length === 0 && <p className="muted">{t('search.nothing', { query })}</p>}
          {KINDS.map((kind) => {
            const heading = t(`search.kind.${kind}`)
            const group = hits.filter((h) => h.kind === kind)
            if (group.length === 0) return null
            return (
              <section key={kind} aria-label={heading}>
                <h3>{heading}</h3>
                <ul className="tpx-choices">
                  {group.map((h) => (
                    <li key={h.id}>
                      <button type="button" onClick={() => choose(h)} data-hit={`${h.kind}:${h.id}`}>
                        <span>{h.kind === 'condition' ? h.detail : h.label}</span>
                        <span className="sub">{h.kind === 'condition' ? h.label : h.detail}</span>
                      </button>
                    </li>
                  ))}
                </ul>
              </section>
            )
          })}
        </div>
      )}
    </div>
  )
}

/** Arrow keys walk the result buttons; up from the first goes back to the box. */
function moveFocus(e: KeyboardEvent<HTMLDivElement>, inputId: string): void {
  if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return
  const buttons = [...e.currentTarget.querySelectorAll<HTMLButtonElement>('button')]
  const i = buttons.indexOf(document.activeElement as HTMLButtonElement)
  if (i < 0) return
  e.preventDefault()
  const next = e.key === 'ArrowDown' ? buttons[i + 1] : i === 0 ? document.getElementById(inputId) : buttons[i - 1]
  next?.focus()
}
