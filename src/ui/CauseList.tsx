// "Which trigger points?" for a condition (search or ?condition=) or a body area (search):
// the same ranked view as the finder, from the domain's condition / region ranking.
import { useMemo } from 'react'
import { rankForCondition } from '../domain/ranking'
import { rankTriggerPoints } from '../domain/ranking'
import { useData } from '../state/data-store'
import { useSelection } from '../state/selection-store'
import { usePreparedRanking } from './derived'
import { RankedResults } from './RankedResults'
import { regionWords } from './labels'

export function CauseList() {
  const index = useData((s) => s.index)
  const conditionId = useSelection((s) => s.conditionId)
  const regionId = useSelection((s) => s.regionId)
  const side = useSelection((s) => s.side)
  const prepared = usePreparedRanking()
  const results = useMemo(() => {
    if (!prepared || !index) return []
    if (conditionId) return rankForCondition(conditionId, prepared, { side, limit: 40 })
    if (regionId) {
      const region = index.regionById.get(regionId)
      if (!region) return []
      return rankTriggerPoints([{ region: regionId, side: region.midline ? null : side, weight: 1 }], prepared, { limit: 30 })
    }
    return []
  }, [prepared, index, conditionId, regionId, side])
  if (!index || (!conditionId && !regionId)) return null
  const condition = conditionId ? index.conditionById.get(conditionId) : undefined
  const title = condition
    ? `Trigger points often behind ${condition.plainName}`
    : `Trigger points that send pain to the ${regionId ? regionWords(index, regionId) : ''}`
  const close = (): void => {
    const sel = useSelection.getState()
    sel.setCondition(null)
    sel.setRegion(null)
  }
  return (
    <section className="tpx-causes" aria-label={title} data-testid="cause-list">
      <div className="row" style={{ justifyContent: 'space-between', flexWrap: 'nowrap' }}>
        <h2>{title}</h2>
        <button type="button" onClick={close} aria-label="Close this list">
          ✕
        </button>
      </div>
      {condition && <p className="small">{condition.description}</p>}
      {results.length === 0 ? (
        <p className="muted">No trigger point in the charts is known for this.</p>
      ) : (
        <RankedResults results={results} limit={12} label={title} conditionId={conditionId} />
      )}
    </section>
  )
}
