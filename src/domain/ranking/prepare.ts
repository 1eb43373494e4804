// Trigger points x sides prepared for ranking (see rank.ts): every zone as a small integer key,
// the cited priors of conditions.json (`commonCauses`) on each trigger point, and the usual pain
// area of each condition that has priors. Built ONCE per dataset, next to the dataset index
// (src/data/dataset-core.ts), and passed to every ranking call; ranking a drawing is then a few
// thousand array reads.
import type { Side } from '../geometry'
import { zoneKey } from '../geometry'
import type { CommonLevel, Condition, Muscle, Region, TriggerPoint } from '../validation'
import { zonesOf } from '../pattern'

/** The dataset parts ranking reads (a Dataset has them all). */
export interface RankingSource {
  muscles: readonly Muscle[]
  regions: readonly Region[]
  conditions?: readonly Condition[]
}

export interface Zone {
  key: number
  essential: boolean
  /** on the other side of the body than the trigger point (a bilateral zone) */
  contralateral: boolean
}

/** A condition the sources say this trigger point commonly causes, and how commonly. */
export interface Prior {
  condition: string
  level: CommonLevel
}

export interface PreparedPoint {
  muscle: Muscle
  tp: TriggerPoint
  side: Side
  zones: Zone[]
  /** outside-share denominator: 1 per own essential zone, outsideSpilloverWeight per own spillover */
  essentialCount: number
  spilloverCount: number
  /** from conditions.json `commonCauses`, most common first */
  priors: Prior[]
}

export interface PreparedRanking {
  points: PreparedPoint[]
  keyIndex: Map<string, number>
  /** zone key (`temple.R`) of each key number, and its parts */
  keys: string[]
  keyAreas: { region: string; side: Side | null }[]
  regionById: Map<string, Region>
  /** by id and by alias */
  conditionById: Map<string, Condition>
  /** per condition with common causes: its usual pain area, a 0..1 weight per zone key, both sides */
  usualAreas: Map<string, Float64Array>
}

const SIDES: readonly Side[] = ['L', 'R']
export const LEVEL_ORDER: readonly CommonLevel[] = ['most_common', 'common', 'occasional']

/** Own-side zones before bilateral copies, then essential before spillover. */
const strength = (essential: boolean, contralateral: boolean): number => (contralateral ? 0 : 2) + (essential ? 1 : 0)

/** Precompute every trigger point x side as zone-key integers. Call once per dataset. */
export function prepareRanking(source: RankingSource): PreparedRanking {
  const regionById = new Map(source.regions.map((r) => [r.id, r]))
  const conditions = source.conditions ?? []
  const conditionById = new Map<string, Condition>(conditions.map((c) => [c.id, c]))
  for (const c of conditions) for (const a of c.aliases ?? []) if (!conditionById.has(a)) conditionById.set(a, c)
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
  const priorsOf = priorsByTriggerPoint(source.muscles, conditions)
  const points: PreparedPoint[] = []
  for (const muscle of source.muscles) {
    for (const tp of muscle.triggerPoints) {
      for (const side of SIDES) {
        const zones = zoneKeysOf(tp, side, regionById, keyOf)
        points.push({
          muscle,
          tp,
          side,
          zones,
          essentialCount: zones.filter((x) => x.essential && !x.contralateral).length,
          spilloverCount: zones.filter((x) => !x.essential && !x.contralateral).length,
          priors: priorsOf.get(tp.id) ?? [],
        })
      }
    }
  }
  const usualAreas = new Map<string, Float64Array>()
  for (const c of conditions) {
    if (!c.commonCauses?.length) continue
    const weights = new Float64Array(keys.length)
    for (const side of SIDES) for (const [k, w] of usualArea(points, c.id, side)) weights[k] = Math.max(weights[k]!, w)
    usualAreas.set(c.id, weights)
  }
  return { points, keyIndex, keys, keyAreas, regionById, conditionById, usualAreas }
}

/** One trigger point's zones on one side; a region named in both tiers keeps its strongest role. */
function zoneKeysOf(
  tp: TriggerPoint,
  side: Side,
  regionById: ReadonlyMap<string, Region>,
  keyOf: (region: string, side: Side | null) => number,
): Zone[] {
  const z = zonesOf(tp, side, regionById)
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
  return [...byKey.values()]
}

/** trigger point id -> the conditions naming it as a common cause (ids or aliases resolved). */
function priorsByTriggerPoint(muscles: readonly Muscle[], conditions: readonly Condition[]): Map<string, Prior[]> {
  const canonical = new Map<string, string>()
  for (const m of muscles) for (const t of m.triggerPoints) for (const k of [t.id, ...(t.aliases ?? [])]) canonical.set(k, t.id)
  const out = new Map<string, Prior[]>()
  for (const c of conditions) {
    for (const cause of c.commonCauses ?? []) {
      const id = canonical.get(cause.triggerPoint)
      if (!id) continue
      out.set(id, [...(out.get(id) ?? []), { condition: c.id, level: cause.level }])
    }
  }
  for (const list of out.values()) list.sort((a, b) => LEVEL_ORDER.indexOf(a.level) - LEVEL_ORDER.indexOf(b.level))
  return out
}

/**
 * The usual pain area of a condition on one side, from the patterns of the muscles that mimic
 * it: zone key -> weight, 1 for the most shared area. Each muscle votes once per zone (its
 * strongest tier over its trigger points, spillover at `spilloverCredit`), so a muscle with four
 * trigger points does not outvote one with a single point.
 */
export function usualArea(
  points: readonly PreparedPoint[],
  conditionId: string,
  side: Side,
  spilloverCredit = 0.5,
): Map<number, number> {
  const votes = new Map<string, Map<number, number>>()
  for (const p of points) {
    if (p.side !== side || !p.muscle.mimics.includes(conditionId)) continue
    const mine = votes.get(p.muscle.id) ?? new Map<number, number>()
    for (const z of p.zones) {
      if (z.contralateral) continue
      const v = z.essential ? 1 : spilloverCredit
      if (v > (mine.get(z.key) ?? 0)) mine.set(z.key, v)
    }
    votes.set(p.muscle.id, mine)
  }
  const sum = new Map<number, number>()
  for (const mine of votes.values()) for (const [k, v] of mine) sum.set(k, (sum.get(k) ?? 0) + v)
  const maxW = Math.max(0, ...sum.values())
  return new Map(maxW === 0 ? [] : [...sum].map(([k, w]) => [k, w / maxW]))
}
