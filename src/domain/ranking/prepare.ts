// Trigger points x sides prepared for ranking (see ranking.ts): every zone as a small integer
// key, built once per dataset, so ranking a drawing is a few thousand array reads.
import type { Side } from '../geometry'
import type { Condition, Muscle, Region, TriggerPoint } from '../validation'
import { zonesOf } from '../pattern'
import { zoneKey } from '../geometry'

/** The dataset parts ranking reads (a Dataset, or the dataset held by the index). */
export interface RankingSource {
  muscles: readonly Muscle[]
  regions: readonly Region[]
  conditions?: readonly Condition[]
}

export interface Zone {
  key: number
  essential: boolean
  contralateral: boolean
}

export interface PreparedPoint {
  muscle: Muscle
  tp: TriggerPoint
  side: Side
  zones: Zone[]
  /** outside-share denominator: 1 per own essential zone, outsideSpilloverWeight per own spillover */
  essentialCount: number
  spilloverCount: number
}

export interface PreparedRanking {
  points: PreparedPoint[]
  keyIndex: Map<string, number>
  /** zone key (`temple.R`) of each key number, and its parts */
  keys: string[]
  keyAreas: { region: string; side: Side | null }[]
  regionById: Map<string, Region>
  conditionById: Map<string, Condition>
}

const SIDES: readonly Side[] = ['L', 'R']

/** Own-side zones before bilateral copies, then essential before spillover. */
const strength = (essential: boolean, contralateral: boolean): number => (contralateral ? 0 : 2) + (essential ? 1 : 0)

/** Precompute every trigger point x side as zone-key integers. Call once per dataset. */
export function prepareRanking(from: RankingSource | { dataset: RankingSource }): PreparedRanking {
  const source = 'dataset' in from ? from.dataset : from
  const regionById = new Map(source.regions.map((r) => [r.id, r]))
  const conditionById = new Map((source.conditions ?? []).map((c) => [c.id, c]))
  const keyIndex = new Map<string, number>()
  const keys: string[] = []
  const keyAreas: { region: string; side: Side | null }[] = []
  const keyOf = (region: string, side: Side | null): number => {
    const k = zoneKey(region, side)
    let i = keyIndex.get(k)
    if (i === undefined) {
      i = keys.length
      keys.push(k)
      keyAreas.push({ region, side })
      keyIndex.set(k, i)
    }
    return i
  }
  const points: PreparedPoint[] = []
  for (const muscle of source.muscles) {
    for (const tp of muscle.triggerPoints) {
      for (const side of SIDES) {
        const z = zonesOf(tp, side, regionById)
        // A region named in both tiers (or reached twice) keeps its strongest role.
        const byKey = new Map<number, Zone>()
        const add = (region: string, zoneSide: Side | null, essential: boolean): void => {
          const key = keyOf(region, zoneSide)
          const contralateral = zoneSide !== null && zoneSide !== side
          const prev = byKey.get(key)
          if (!prev || strength(essential, contralateral) > strength(prev.essential, prev.contralateral))
            byKey.set(key, { key, essential, contralateral })
        }
        for (const r of z.essential) add(r.region, r.side, true)
        for (const r of z.spillover) add(r.region, r.side, false)
        const zones = [...byKey.values()]
        points.push({
          muscle,
          tp,
          side,
          zones,
          essentialCount: zones.filter((x) => x.essential && !x.contralateral).length,
          spilloverCount: zones.filter((x) => !x.essential && !x.contralateral).length,
        })
      }
    }
  }
  return { points, keyIndex, keys, keyAreas, regionById, conditionById }
}

// Prepared once per dataset object, for callers that pass the index itself.
const preparedCache = new WeakMap<object, PreparedRanking>()

/** The prepared form of a dataset (or of its index), built on first use and kept. */
export function preparedFor(from: PreparedRanking | RankingSource | { dataset: RankingSource }): PreparedRanking {
  if ('keyIndex' in from) return from
  let p = preparedCache.get(from)
  if (!p) {
    p = prepareRanking(from)
    preparedCache.set(from, p)
  }
  return p
}
