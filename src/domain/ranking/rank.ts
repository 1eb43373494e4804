// Ranking trigger points against a pain drawing: "it hurts here, where does it come from?"
//
// Each trigger point is tried on the left and on the right, in named steps:
//   collectMarks (marks.ts)  the drawing as zone-key numbers of the prepared ranking
//   scoreSide    (score.ts)  how well one trigger point on one side explains it, with its prior
//   withMuscle               a muscle's trigger points on one side together, where they explain
//                            the drawing better than its best one alone
//   orderScored              best first; ties by main-area matches, then id and side
//   mergeTwins               a pattern explaining the drawing equally from both sides, once
//   toResult     (explain.ts) the result with its plain-words reason
// Side follows from the zone keys: a right trigger point reaches left areas only through
// bilateral or midline zones. Results never depend on the order of the dataset or the drawing.
//
// `prepareRanking` (prepare.ts) is computed once per dataset next to its index; ranking a
// drawing of 10 areas is then a few thousand array reads (well under a millisecond).
import type { MatchReason } from './explain'
import type { Side } from '../geometry'
import type { PainInput } from '../pain'
import type { CommonLevel } from '../validation'
import { toResult } from './explain'
import { collectMarks, shareIn } from './marks'
import type { PreparedPoint, PreparedRanking } from './prepare'
import { PRIOR_DEFAULTS, type PriorOptions } from './prior'
import type { Marks } from './marks'
import { type CoverOf, type ScoreOptions, type Scored, fitScore, scoreSide } from './score'

export interface RankOptions extends Partial<PriorOptions> {
  limit?: number
  /** results scoring below this are dropped */
  minScore?: number
  /** credit of an area covered only by a spillover zone (essential = 1) */
  spilloverCredit?: number
  /** credit multiplier for zones on the other side of the body (bilateral zones) */
  contralateralCredit?: number
  /** how much an entirely unmarked pattern costs (0 = no penalty) */
  outsidePenalty?: number
  /** weight of an unmarked spillover zone in the outside share (essential = 1) */
  outsideSpilloverWeight?: number
  /** rank only these muscles (e.g. those that mimic a condition) */
  muscles?: readonly string[]
  /** skin-point drawings: the drawn pattern's zone at each input spot (rankSkinPoints sets it) */
  cover?: CoverOf
  /** drawn patterns: how much skin a trigger point side's pattern spans; of equal scores, the smaller (more specific) ranks first */
  spanOf?: (p: PreparedPoint) => number
  /** skin points: a point in the outer half of a drawn pattern's feathered edge earns part of the credit (default true) */
  edgeCredit?: boolean
  /** the explanation counts marked places ("2 of your 3 marked areas", default) or shares of a painted drawing ("80% of what you marked") */
  explainAs?: 'count' | 'share'
  /** score a muscle's trigger points on one side together where that explains the drawing better (default true) */
  together?: boolean
}

export const RANK_DEFAULTS: Required<Omit<RankOptions, 'muscles' | 'cover' | 'explainAs' | 'edgeCredit' | 'spanOf'>> = {
  limit: 20,
  together: true,
  minScore: 0.05,
  spilloverCredit: 0.5,
  contralateralCredit: 0.5,
  outsidePenalty: 0.3,
  outsideSpilloverWeight: 0.2,
  ...PRIOR_DEFAULTS,
}

export interface RankedPoint {
  muscle: string
  triggerPoint: string
  side: Side
  /** 0..1, higher explains the drawing better (3 decimals) */
  score: number
  /** plain words: "its main pain area covers 3 of your 4 marked areas (temple, ...)" */
  explain: string
  /** the same reason as facts, for saying it in another language */
  reason: MatchReason
  /** marked area keys (`temple.R`, `sternum`) covered by an essential zone, own side or bilateral */
  essentialMatches: string[]
  /** marked area keys covered by a spillover zone only */
  spilloverMatches: string[]
  /** condition ids this muscle's pain is often mistaken for */
  mimics: string[]
  /** the drawing is explained equally from either side (midline areas only); `side` is R */
  eitherSide?: boolean
  /** the cited prior that raised the score: this trigger point is a common cause of `condition` */
  prior?: { condition: string; level: CommonLevel }
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** Rank every trigger point on both sides against the drawing, best first. */
export function rankTriggerPoints(pain: PainInput, prepared: PreparedRanking, options: RankOptions = {}): RankedPoint[] {
  const o = { ...RANK_DEFAULTS, ...options }
  const marks = collectMarks(pain, prepared)
  if (!marks) return []
  const allowed = options.muscles ? new Set(options.muscles) : null
  const shares = new Map<string, number>()
  const priorShare = (condition: string): number => {
    let s = shares.get(condition)
    if (s === undefined) {
      const area = prepared.usualAreas.get(condition)
      shares.set(condition, (s = area ? shareIn(marks, area, o.usualAreaMin) : 0))
    }
    return s
  }
  const credit = new Float64Array(prepared.keys.length)
  const scored: Scored[] = []
  for (const p of prepared.points) {
    if (allowed && !allowed.has(p.muscle.id)) continue
    const s = scoreSide(p, marks, o as ScoreOptions, credit, priorShare, options.cover)
    if (s && s.score >= o.minScore) scored.push(options.spanOf ? { ...s, span: options.spanOf(p) } : s)
  }
  return mergeTwins(orderScored(o.together ? withMuscle(scored, marks, o as ScoreOptions) : scored))
    .slice(0, o.limit)
    .map(({ s, eitherSide }) => toResult(s, marks, prepared, eitherSide, options.explainAs === 'share'))
}

/**
 * A muscle's trigger points together (issue 10). T&S chart several trigger points of one muscle
 * as one picture (quadratus lumborum's deep points: the sacroiliac joint and the lower buttock;
 * vastus lateralis along the whole outer thigh to the knee), and a person with one active point
 * in a muscle often has its neighbours too; a drawing of that whole picture is explained half by
 * each point alone. For each muscle on each side with two or more scored points: each spot
 * explained by the point that covers it best, the unmarked share read over all their zones, the
 * prior of its best point. Where that beats its best point alone, the best point carries the
 * muscle's score, its matches and the ids of the others (`together`, said in the reason); the
 * other points stay listed with their own scores.
 */
export function withMuscle(scored: readonly Scored[], marks: Marks, o: ScoreOptions): Scored[] {
  const groups = new Map<string, Scored[]>()
  for (const s of scored) {
    const key = `${s.p.muscle.id}.${s.p.side}`
    const g = groups.get(key)
    if (g) g.push(s)
    else groups.set(key, [s])
  }
  const out = [...scored]
  for (const g of groups.values()) {
    if (g.length < 2 || g.some((s) => !s.spotCredit)) continue
    const best = orderScored(g)[0]!
    // per spot, the point explaining it best (the best point on ties)
    const by = marks.spots.map((_, i) => g.reduce((a, b) => (b.spotCredit![i]! > a.spotCredit![i]! ? b : a), best))
    let explained = 0
    by.forEach((s, i) => (explained += s.spotCredit![i]!))
    const helpers = [...new Set(by.filter((s, i) => s !== best && s.spotCredit![i]! > 0))]
    if (helpers.length === 0) continue
    const zones = new Map<number, boolean>()
    for (const s of g)
      for (const z of s.p.zones) if (!z.contralateral) zones.set(z.key, z.essential || (zones.get(z.key) ?? false))
    let outside = 0
    let mass = 0
    for (const [k, essential] of zones) {
      const w = essential ? 1 : o.outsideSpilloverWeight
      mass += w
      outside += (1 - marks.weights[k]!) * w
    }
    const score = fitScore(explained, outside, mass, marks, o, best.prior)
    if (Math.round(score * 1e9) <= best.tieScore) continue
    const members = [best, ...helpers]
    const essential = [...new Set(members.flatMap((s) => s.essential))]
    const spillover = [...new Set(members.flatMap((s) => s.spillover))].filter((k) => !essential.includes(k))
    const spotZones = best.spotZones && by.map((s, i) => s.spotZones?.[i] ?? 0)
    out[out.indexOf(best)] = {
      ...best,
      score,
      tieScore: Math.round(score * 1e9),
      essential,
      spillover,
      ...(spotZones && { spotZones: Uint8Array.from(spotZones) }),
      together: helpers.map((s) => s.p.tp.id).sort(cmp),
    }
  }
  return out
}

/**
 * Best first. Equal scores: the pattern whose main area covers more of the marked areas first
 * (it explains the drawing more specifically), then the drawn pattern spanning less skin (the
 * same), then by id and side, so the order never depends on the dataset order.
 */
export function orderScored(scored: readonly Scored[]): Scored[] {
  return [...scored].sort(
    (a, b) =>
      b.tieScore - a.tieScore ||
      b.essential.length - a.essential.length ||
      (a.span ?? 0) - (b.span ?? 0) ||
      cmp(a.p.tp.id, b.p.tp.id) ||
      cmp(a.p.side, b.p.side),
  )
}

const sameKeys = (a: readonly number[], b: readonly number[]): boolean => a.length === b.length && a.every((k) => b.includes(k))

/**
 * A pattern reaching the drawing only through midline zones scores the same from both sides:
 * listed once, as the right side flagged `eitherSide`, at the place of the better-ranked twin.
 */
export function mergeTwins(ordered: readonly Scored[]): { s: Scored; eitherSide: boolean }[] {
  const out: { s: Scored; eitherSide: boolean }[] = []
  const firstOf = new Map<string, number>()
  for (const s of ordered) {
    const i = firstOf.get(s.p.tp.id)
    const twin = i === undefined ? undefined : out[i]!
    if (
      twin &&
      twin.s.tieScore === s.tieScore &&
      sameKeys(twin.s.essential, s.essential) &&
      sameKeys(twin.s.spillover, s.spillover)
    ) {
      out[i!] = { s: twin.s.p.side === 'R' ? twin.s : s, eitherSide: true }
      continue
    }
    if (i === undefined) firstOf.set(s.p.tp.id, out.length)
    out.push({ s, eitherSide: false })
  }
  return out
}

export interface MuscleGroupResult {
  muscle: string
  /** best score of its trigger points */
  score: number
  points: RankedPoint[]
}

/** Results grouped by muscle, in the order of each muscle's best trigger point. */
export function groupByMuscle(results: readonly RankedPoint[]): MuscleGroupResult[] {
  const groups = new Map<string, MuscleGroupResult>()
  for (const r of results) {
    const g = groups.get(r.muscle)
    if (g) g.points.push(r)
    else groups.set(r.muscle, { muscle: r.muscle, score: r.score, points: [r] })
  }
  return [...groups.values()]
}
