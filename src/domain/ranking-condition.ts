// "Sciatica", "tennis elbow": the trigger points whose pain is often mistaken for a condition,
// ranked by how typical each one's pattern is of that condition.
//
// The dataset names, per muscle, the conditions its pain mimics, but gives conditions no zones
// of their own. So the condition's usual pain area is read from the muscles that mimic it: each
// region weighs the share of their trigger points that refer there (essential 1, spillover
// half), scaled so the most shared region weighs 1. Ranking those trigger points against that
// drawing, with the one scoring rule of ranking.ts, puts first the patterns at the heart of
// the condition (gluteus minimus for sciatica) and last the ones that only touch its edge.
import type { Side } from './body-types'
import type { Condition } from './schema'
import type { PainArea } from './pain'
import { mergePain } from './pain'
import { areaName } from './ranking-explain'
import { type PreparedRanking, RANK_DEFAULTS, type RankOptions, type RankedPoint, rankTriggerPoints } from './ranking'

export interface ConditionRankOptions extends Omit<RankOptions, 'muscles'> {
  /** side of the body the person feels it on (default R; the ranking is symmetric) */
  side?: Side
}

/** Resolve what a person typed: id, alias, plain name or synonym (case-insensitive, exact). */
export function findCondition(conditions: readonly Condition[], text: string): Condition | undefined {
  const q = text.trim().toLowerCase()
  const words = (c: Condition): string[] => [c.id, ...(c.aliases ?? []), c.name, c.plainName, ...c.synonyms].map((w) => w.toLowerCase())
  return conditions.find((c) => c.id === q || (c.aliases ?? []).includes(q)) ?? conditions.find((c) => words(c).includes(q))
}

/** The usual pain area of a condition, from the patterns of the muscles that mimic it. */
export function conditionPain(conditionId: string, prepared: PreparedRanking, side: Side = 'R', spilloverCredit = 0.5): PainArea[] {
  const sum = new Map<string, { area: PainArea; w: number }>()
  let maxW = 0
  for (const p of prepared.points) {
    if (p.side !== side || !p.muscle.mimics.includes(conditionId)) continue
    for (const z of p.zones) {
      if (z.contralateral) continue
      const key = prepared.keys[z.key]!
      const e = sum.get(key) ?? { area: { ...prepared.keyAreas[z.key]!, weight: 0 }, w: 0 }
      e.w += z.essential ? 1 : spilloverCredit
      maxW = Math.max(maxW, e.w)
      sum.set(key, e)
    }
  }
  if (maxW === 0) return []
  return mergePain([...sum.values()].map(({ area, w }) => ({ ...area, weight: w / maxW })))
}

/** Trigger points of the muscles that mimic the condition, most typical first. */
export function rankForCondition(conditionId: string, prepared: PreparedRanking, options: ConditionRankOptions = {}): RankedPoint[] {
  const { side = 'R', ...rest } = options
  const condition = prepared.conditionById.get(conditionId)
  const muscles = [...new Set(prepared.points.filter((p) => p.muscle.mimics.includes(conditionId)).map((p) => p.muscle.id))]
  if (muscles.length === 0) return []
  const pain = conditionPain(conditionId, prepared, side, rest.spilloverCredit)
  const name = condition?.plainName ?? conditionId.replace(/_/g, ' ')
  // Every mimicking trigger point is listed, however far from the typical area: the dataset
  // says it mimics the condition, so it belongs in the answer, only lower.
  const ranked = rankTriggerPoints(pain, prepared, { minScore: 0, ...rest, limit: Infinity, muscles })
  return ranked
    .filter((r) => r.side === side || r.eitherSide)
    .slice(0, rest.limit ?? RANK_DEFAULTS.limit)
    .map((r) => ({ ...r, explain: explainForCondition(r, name, prepared) }))
}

function explainForCondition(r: RankedPoint, conditionName: string, prepared: PreparedRanking): string {
  const p = prepared.points.find((q) => q.tp.id === r.triggerPoint && q.side === r.side)
  const main = p ? p.zones.filter((z) => z.essential && !z.contralateral).map((z) => areaName(prepared.keys[z.key]!, r.side, prepared.regionById)) : []
  return `often mistaken for ${conditionName}; its main pain area: ${main.join(', ')}`
}
