// Ranked trigger points grouped by muscle, each with its plain-words reason and what its pain
// is often mistaken for. Choosing one selects it on its side, so the scene paints (or, in the
// finder, overlays) its pattern.
import { conditionReason, groupByMuscle, type RankedPoint } from '../domain/ranking'
import type { PainInput } from '../domain/pain'
import { useData } from '../state/data-store'
import { useSelection } from '../state/selection-store'
import { usePreparedRanking } from './derived'
import { useTranslation } from './i18n'
import { conditionWords, formatLocale, sideWords } from './labels'
import { conditionMatchWords, matchWords } from './match-words'

export interface RankedResultsProps {
  results: readonly RankedPoint[]
  /** how many muscles to show */
  limit?: number
  label: string
  /** a condition the list answers: not repeated in "often mistaken for" */
  conditionId?: string | null
  /** the drawing the results were ranked against (for the reasons, when not a condition's list) */
  pain?: PainInput
}

export function RankedResults({ results, limit = 8, label, conditionId, pain }: RankedResultsProps) {
  const index = useData((s) => s.index)
  const prepared = usePreparedRanking()
  const { t } = useTranslation('finder')
  const { t: tc } = useTranslation()
  const tpId = useSelection((s) => s.tpId)
  const side = useSelection((s) => s.side)
  if (!index) return null
  const groups = groupByMuscle(results).slice(0, limit)
  const best = groups[0]?.score ?? 1
  const percent = new Intl.NumberFormat(formatLocale(), { style: 'percent' })
  const why = (r: RankedPoint): string =>
    conditionId && prepared
      ? conditionMatchWords(t, index, conditionReason(r, conditionId, prepared))
      : pain
        ? matchWords(t, index, r.reason)
        : r.explain
  return (
    <ol className="tpx-choices" aria-label={label} data-testid="ranked-results">
      {groups.map((g, rank) => {
        const muscle = index.muscleById.get(g.muscle)
        return (
          <li key={g.muscle} className="tpx-result" data-muscle={g.muscle}>
            <div className="row" style={{ justifyContent: 'space-between' }}>
              <strong>
                {rank + 1}. {capitalize(muscle?.plainName ?? g.muscle)}
              </strong>
              <span className="score" title={t('ranked.scoreTitle')}>
                {t('ranked.match', { percent: percent.format(Math.round((g.score / (best || 1)) * 100) / 100) })}
              </span>
            </div>
            <div className="muted small">{muscle?.name}</div>
            <div className="tpx-score-bar" aria-hidden="true">
              <span style={{ width: `${Math.round((g.score / (best || 1)) * 100)}%` }} />
            </div>
            {mimicsOf(g.points[0]?.mimics ?? [], conditionId).length > 0 && (
              <p className="small muted">
                {t(conditionId ? 'ranked.alsoMistaken' : 'ranked.mistaken', {
                  conditions: mimicsOf(g.points[0]?.mimics ?? [], conditionId)
                    .map((c) => conditionWords(index, c))
                    .join(', '),
                })}
              </p>
            )}
            {g.points.map((r) => {
              const tp = index.tpById.get(r.triggerPoint)
              const selected = tpId === r.triggerPoint && side === r.side
              // the same point on the left and on the right are two results: say which
              const where = r.eitherSide ? tc('bothSides') : sideWords(r.side)
              return (
                <div key={`${r.triggerPoint}:${r.side}`} className="tpx-result-tp">
                  <p className="tp-name" data-side={r.eitherSide ? 'both' : r.side}>
                    {g.points.length > 1 ? t('ranked.tpWhere', { tp: tp?.name ?? r.triggerPoint, where }) : capitalize(where)}
                  </p>
                  <p className="why">{capitalize(why(r))}.</p>
                  <button
                    type="button"
                    aria-pressed={selected}
                    onClick={() => useSelection.getState().select(r.triggerPoint, r.side)}
                    data-result={r.triggerPoint}
                  >
                    {selected ? t('ranked.shown') : t('ranked.show')}
                    <span className="visually-hidden">
                      {' '}
                      {tp?.name} ({where})
                    </span>
                  </button>
                </div>
              )
            })}
          </li>
        )
      })}
    </ol>
  )
}

/** What the pain is mistaken for, without the condition the list already answers. */
const mimicsOf = (mimics: readonly string[], conditionId: string | null | undefined): string[] =>
  mimics.filter((c) => c !== conditionId)

const capitalize = (s: string): string => (s ? s[0]!.toUpperCase() + s.slice(1) : s)
