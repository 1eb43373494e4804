// "Sciatica", "tennis elbow": the trigger points whose pain is often mistaken for a condition,
// ranked by how typical each one's pattern is of that condition.
//
// The dataset names, per muscle, the conditions its pain mimics, but gives conditions no zones
// of their own. So the condition's usual pain area is read from the muscles that mimic it:
// each region weighs how many of them refer there (one vote per muscle, spillover half), scaled
// so the most shared region weighs 1. A trigger point is typical when its pattern both covers
// much of that area (the one scoring rule of ranking.ts) and stays inside it (the mean weight
// of its own zones); the score is the geometric mean of the two. Gluteus minimus comes first
// for sciatica, the masseter for jaw pain. Where the mimicking muscles refer mostly elsewhere
// (calf muscles for plantar fasciitis), the usual area drifts with them: zones on the
// conditions themselves would fix that, and the dataset has none yet.
import type { Side } from '../geometry'
import type { Condition } from '../validation'
import type { PainArea } from '../pain'
import { mergePain } from '../pain'
import { zoneKey } from '../geometry'
import { areaName } from './explain'
import { type PreparedRanking, RANK_DEFAULTS, type RankOptions, type RankedPoint, rankTriggerPoints } from './rank'
import type { PreparedPoint } from './prepare'

export interface ConditionRankOptions extends Omit<RankOptions, 'muscles'> {
  /** side of the body the person feels it on (default R; the ranking is symmetric) */
  side?: Side
}

/** Resolve what a person typed: id, alias, plain name or synonym (case-insensitive, exact). */
export function findCondition(conditions: readonly Condition[], text: string): Condition | undefined {
  const q = text.trim().toLowerCase()
  const words = (c: Condition): string[] =>
    [c.id, ...(c.aliases ?? []), c.name, c.plainName, ...c.synonyms].map((w) => w.toLowerCase())
  return conditions.find((c) => c.id === q || (c.aliases ?? []).includes(q)) ?? conditions.find((c) => words(c).includes(q))
}

/** The usual pain area of a condition, from the patterns of the muscles that mimic it. */
export function conditionPain(
  conditionId: string,
  prepared: PreparedRanking,
  side: Side = 'R',
  spilloverCredit = 0.5,
): PainArea[] {
  // Each muscle votes once per zone (its strongest tier over its trigger points), so a muscle
  // with four trigger points does not outvote one with a single point.
  const votes = new Map<string, Map<number, number>>()
  for (const p of prepared.points) {
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
  if (maxW === 0) return []
  return mergePain([...sum].map(([k, w]) => ({ ...prepared.keyAreas[k]!, weight: w / maxW })))
}

/**
 * How much of a pattern lies in the condition's usual area: the mean usual-area weight of its
 * own zones (spillover zones counting half). The drawing score alone rewards patterns that
 * cover much of the usual area; this rewards patterns that stay inside it, so a jaw muscle
 * ranks above a neck muscle that also reaches the temple for "jaw pain".
 */
function withinShare(p: PreparedPoint, weightOf: Map<number, number>, spilloverCredit: number): number {
  let sum = 0
  let norm = 0
  for (const z of p.zones) {
    if (z.contralateral) continue
    const c = z.essential ? 1 : spilloverCredit
    sum += c * (weightOf.get(z.key) ?? 0)
    norm += c
  }
  return norm > 0 ? sum / norm : 0
}

/** Trigger points of the muscles that mimic the condition, most typical first. */
export function rankForCondition(
  conditionId: string,
  prepared: PreparedRanking,
  options: ConditionRankOptions = {},
): RankedPoint[] {
  const { side = 'R', ...rest } = options
  const spilloverCredit = rest.spilloverCredit ?? RANK_DEFAULTS.spilloverCredit
  const condition = prepared.conditionById.get(conditionId)
  const muscles = [...new Set(prepared.points.filter((p) => p.muscle.mimics.includes(conditionId)).map((p) => p.muscle.id))]
  if (muscles.length === 0) return []
  const pain = conditionPain(conditionId, prepared, side, spilloverCredit)
  const weightOf = new Map(pain.map((a) => [prepared.keyIndex.get(zoneKey(a.region, a.side))!, a.weight]))
  const pointOf = new Map(prepared.points.map((p) => [`${p.tp.id}.${p.side}`, p]))
  const name = condition?.plainName ?? conditionId.replace(/_/g, ' ')
  // Every mimicking trigger point is listed, however far from the typical area: the dataset
  // says it mimics the condition, so it belongs in the answer, only lower. Typicality is the
  // geometric mean of covering the usual area (the drawing score) and staying inside it.
  const ranked = rankTriggerPoints(pain, prepared, { minScore: 0, ...rest, limit: Infinity, muscles })
    .filter((r) => r.side === side || r.eitherSide)
    .map((r) => {
      const p = pointOf.get(`${r.triggerPoint}.${r.side}`)!
      const score = Math.round(Math.sqrt(r.score * withinShare(p, weightOf, spilloverCredit)) * 1000) / 1000
      return { ...r, score, explain: explainForCondition(p, name, prepared) }
    })
  const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
  ranked.sort((a, b) => b.score - a.score || cmp(a.triggerPoint, b.triggerPoint))
  return ranked.slice(0, rest.limit ?? RANK_DEFAULTS.limit)
}

function explainForCondition(p: PreparedPoint, conditionName: string, prepared: PreparedRanking): string {
  const main = p.zones
    .filter((z) => z.essential && !z.contralateral)
    .map((z) => areaName(prepared.keys[z.key]!, p.side, prepared.regionById))
  return `often mistaken for ${conditionName}; its main pain area: ${main.join(', ')}`
}
