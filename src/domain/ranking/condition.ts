// "Sciatica", "tennis elbow": the trigger points whose pain is often mistaken for a condition,
// the ones the sources name as its most common causes first, then by how typical each one's
// pattern is of that condition.
//
// The dataset names, per muscle, the conditions its pain mimics, but gives conditions no zones
// of their own. So the condition's usual pain area is read from the muscles that mimic it
// (`usualArea` of prepare.ts). A trigger point is typical when its pattern both covers much of
// that area (the drawing score of rank.ts) and stays inside it (the mean weight of its own
// zones); typicality is the geometric mean of the two. Gluteus minimus comes first for
// sciatica, the masseter for jaw pain. Where the condition lists `commonCauses` (cited
// frequencies: most_common / common / occasional), the question "what usually causes my
// headache?" is answered by them first: most common causes, then common, then occasional, then
// the rest, each tier by typicality. So upper trapezius TrP1 and the suboccipitals lead for
// tension-type headache, as the studies find, even though the suboccipital pattern is tighter.
import type { Side } from '../geometry'
import type { CommonLevel, Condition } from '../validation'
import type { PainArea } from '../pain'
import { mergePain } from '../pain'
import { areaName } from './explain'
import { LEVEL_ORDER, type PreparedPoint, type PreparedRanking, usualArea } from './prepare'
import { priorWords } from './prior'
import { RANK_DEFAULTS, type RankOptions, type RankedPoint, rankTriggerPoints } from './rank'

/** The side a query means when it names none: R, as in DESIGN's examples (`find`, `where`). */
export const DEFAULT_SIDE: Side = 'R'

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

/** The usual pain area of a condition (id or alias), from the patterns of the muscles that mimic it. */
export function conditionPain(
  conditionId: string,
  prepared: PreparedRanking,
  side: Side = DEFAULT_SIDE,
  spilloverCredit = RANK_DEFAULTS.spilloverCredit,
): PainArea[] {
  const id = prepared.conditionById.get(conditionId)?.id ?? conditionId
  const area = usualArea(prepared.points, id, side, spilloverCredit)
  return mergePain([...area].map(([k, weight]) => ({ ...prepared.keyAreas[k]!, weight })))
}

/**
 * How much of a pattern lies in the condition's usual area: the mean usual-area weight of its
 * own zones (spillover zones counting `spilloverCredit`). The drawing score alone rewards
 * patterns that cover much of the usual area; this rewards patterns that stay inside it, so a
 * jaw muscle ranks above a neck muscle that also reaches the temple for "jaw pain".
 */
function withinShare(p: PreparedPoint, weightOf: ReadonlyMap<number, number>, spilloverCredit: number): number {
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

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** Trigger points of the muscles that mimic the condition (id or alias), most common and typical first. */
export function rankForCondition(
  conditionText: string,
  prepared: PreparedRanking,
  options: ConditionRankOptions = {},
): RankedPoint[] {
  const { side = DEFAULT_SIDE, ...rest } = options
  const spilloverCredit = rest.spilloverCredit ?? RANK_DEFAULTS.spilloverCredit
  const condition = prepared.conditionById.get(conditionText)
  const id = condition?.id ?? conditionText
  const muscles = [...new Set(prepared.points.filter((p) => p.muscle.mimics.includes(id)).map((p) => p.muscle.id))]
  if (muscles.length === 0) return []
  const weightOf = usualArea(prepared.points, id, side, spilloverCredit)
  const pain = mergePain([...weightOf].map(([k, weight]) => ({ ...prepared.keyAreas[k]!, weight })))
  const pointOf = new Map(prepared.points.map((p) => [`${p.tp.id}.${p.side}`, p]))
  const name = condition?.plainName ?? id.replace(/_/g, ' ')
  // Every mimicking trigger point is listed, however far from the typical area: the dataset
  // says it mimics the condition, so it belongs in the answer, only lower. The drawing's own
  // priors are off here: the condition's priors order the tiers below. Each trigger point is
  // scored on its own (no muscle-level `together`): the usual area is the union of many
  // patterns, which a muscle's points together would cover just by being many.
  const ranked = rankTriggerPoints(pain, prepared, {
    minScore: 0,
    ...rest,
    together: false,
    priorMinShare: Infinity,
    limit: Infinity,
    muscles,
  })
    .filter((r) => r.side === side || r.eitherSide)
    .map((r) => {
      const p = pointOf.get(`${r.triggerPoint}.${r.side}`)!
      const score = Math.round(Math.sqrt(r.score * withinShare(p, weightOf, spilloverCredit)) * 1000) / 1000
      const level = p.priors.find((x) => x.condition === id)?.level
      const { prior: _drawingPrior, ...plain } = r
      return {
        ...plain,
        score,
        explain: explainForCondition(p, name, prepared, level),
        ...(level && { prior: { condition: id, level } }),
      }
    })
  const tier = (r: RankedPoint): number => (r.prior ? LEVEL_ORDER.indexOf(r.prior.level) : LEVEL_ORDER.length)
  ranked.sort((a, b) => tier(a) - tier(b) || b.score - a.score || cmp(a.triggerPoint, b.triggerPoint))
  return ranked.slice(0, rest.limit ?? RANK_DEFAULTS.limit)
}

function explainForCondition(
  p: PreparedPoint,
  conditionName: string,
  prepared: PreparedRanking,
  level: CommonLevel | undefined,
): string {
  const main = p.zones
    .filter((z) => z.essential && !z.contralateral)
    .map((z) => areaName(prepared.keys[z.key]!, p.side, prepared.regionById))
  const head = level ? priorWords(level, conditionName) : `often mistaken for ${conditionName}`
  return `${head}; its main pain area: ${main.join(', ')}`
}
