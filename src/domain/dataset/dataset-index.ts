// Lookups over a validated dataset, built once after loading. Aliases (old or reference ids,
// DESIGN section 4) resolve to the canonical entry, so an old link or saved progress still works:
// `tpById.get('gmin_posterior_trp')` gives the entry whose id is `gluteus_minimus_posterior_trp`.
import type { Condition, Dataset, Muscle, MuscleGroup, Region, RegionGroup, Source, TriggerPoint } from '../validation'

export interface DatasetIndex {
  dataset: Dataset
  /** by id and by alias */
  muscleById: ReadonlyMap<string, Muscle>
  /** by id and by alias */
  tpById: ReadonlyMap<string, TriggerPoint>
  regionById: ReadonlyMap<string, Region>
  /** by id and by alias */
  conditionById: ReadonlyMap<string, Condition>
  sourceByKey: ReadonlyMap<string, Source>
  muscleGroupById: ReadonlyMap<string, MuscleGroup>
  regionGroupById: ReadonlyMap<string, RegionGroup>
  /** region id -> the group that lists it */
  regionGroupOf: ReadonlyMap<string, RegionGroup>
  /** trigger point id (or alias) -> its muscle */
  muscleOfTp: ReadonlyMap<string, Muscle>
  /** every trigger point, in dataset order (muscles in file order, then their points) */
  allTriggerPoints: readonly TriggerPoint[]
  /** muscles whose `mimics` name the condition (id or alias), dataset order; [] if unknown */
  musclesForCondition(conditionId: string): readonly Muscle[]
  /** trigger points of the muscles that mimic the condition, dataset order; [] if unknown */
  tpsForCondition(conditionId: string): readonly TriggerPoint[]
  /** conditions a trigger point's muscle mimics; [] if unknown */
  conditionsForTp(tpId: string): readonly Condition[]
}

function byIdAndAlias<T extends { id: string; aliases?: string[] }>(entries: readonly T[]): Map<string, T> {
  const map = new Map<string, T>()
  for (const e of entries) map.set(e.id, e)
  // Aliases second: a (validated) alias never shadows a real id.
  for (const e of entries) for (const a of e.aliases ?? []) if (!map.has(a)) map.set(a, e)
  return map
}

const byId = <T extends { id: string }>(entries: readonly T[]): Map<string, T> => new Map(entries.map((e) => [e.id, e]))

export function indexDataset(dataset: Dataset): DatasetIndex {
  const muscleById = byIdAndAlias(dataset.muscles)
  const allTriggerPoints = dataset.muscles.flatMap((m) => m.triggerPoints)
  const tpById = byIdAndAlias(allTriggerPoints)
  const conditionById = byIdAndAlias(dataset.conditions)
  const muscleOfTp = new Map<string, Muscle>()
  for (const m of dataset.muscles) {
    for (const tp of m.triggerPoints)
      for (const key of [tp.id, ...(tp.aliases ?? [])]) if (!muscleOfTp.has(key)) muscleOfTp.set(key, m)
  }
  const regionGroupOf = new Map<string, RegionGroup>()
  for (const g of dataset.regionGroups) for (const r of g.regions) if (!regionGroupOf.has(r)) regionGroupOf.set(r, g)

  const musclesByCondition = new Map<string, Muscle[]>()
  for (const m of dataset.muscles) {
    for (const c of m.mimics) {
      const list = musclesByCondition.get(c) ?? []
      if (!list.includes(m)) list.push(m)
      musclesByCondition.set(c, list)
    }
  }
  const musclesForCondition = (id: string): readonly Muscle[] => {
    const condition = conditionById.get(id)
    return condition ? (musclesByCondition.get(condition.id) ?? []) : []
  }
  const tpCache = new Map<string, readonly TriggerPoint[]>()
  const tpsForCondition = (id: string): readonly TriggerPoint[] => {
    let tps = tpCache.get(id)
    if (!tps) {
      tps = musclesForCondition(id).flatMap((m) => m.triggerPoints)
      tpCache.set(id, tps)
    }
    return tps
  }
  const conditionsForTp = (tpId: string): readonly Condition[] => {
    const m = muscleOfTp.get(tpId)
    if (!m) return []
    return m.mimics.map((c) => conditionById.get(c)).filter((c): c is Condition => c !== undefined)
  }
  return {
    dataset,
    muscleById,
    tpById,
    regionById: byId(dataset.regions),
    conditionById,
    sourceByKey: byId(dataset.sources),
    muscleGroupById: byId(dataset.muscleGroups),
    regionGroupById: byId(dataset.regionGroups),
    regionGroupOf,
    muscleOfTp,
    allTriggerPoints,
    musclesForCondition,
    tpsForCondition,
    conditionsForTp,
  }
}
