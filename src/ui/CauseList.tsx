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
import { useTranslation } from './i18n'

export function CauseList() {
  const index = useData((s) => s.index)
  const conditionId = useSelection((s) => s.conditionId)
  const regionId = useSelection((s) => s.regionId)
  const side = useSelection((s) => s.side)
  const prepared = usePreparedRanking()
  const { t } = useTranslation('explore')
  const regionPain = useMemo(() => {
    const region = regionId ? index?.regionById.get(regionId) : undefined
    return region ? [{ region: region.id, side: region.midline ? null : side, weight: 1 }] : null
  }, [index, regionId, side])
  const results = useMemo(() => {
    if (!prepared || !index) return []
    if (conditionId) return rankForCondition(conditionId, prepared, { side, limit: 40 })
    if (regionPain) return rankTriggerPoints(regionPain, prepared, { limit: 30 })
    return []
  }, [prepared, index, conditionId, regionPain, side])
  if (!index || (!conditionId && !regionId)) return null
  const condition = conditionId ? index.conditionById.get(conditionId) : undefined
  const title = condition
    ? t('causes.condition', { condition: condition.plainName })
    : t('causes.region', { area: regionId ? regionWords(index, regionId) : '' })
  const close = (): void => {
    const sel = useSelection.getState()
    sel.setCondition(null)
    sel.setRegion(null)
  }
  return (
    <section className="tpx-causes" aria-label={title} data-testid="cause-list">
      <div className="row" style={{ justifyContent: 'space-between', flexWrap: 'nowrap' }}>
        <h2>{title}</h2>
        <button type="button" onClick={close} aria-label={t('causes.close')}>
          ✕
        </button>
      </div>
      {condition && <p className="small">{condition.description}</p>}
      {results.length === 0 ? (
        <p className="muted">{t('causes.none')}</p>
      ) : (
        <RankedResults results={results} limit={12} label={title} conditionId={conditionId} pain={regionPain ?? undefined} />
      )}
    </section>
  )
}
