// Ranking trigger points against a pain drawing: "it hurts here, where does it come from?"
//
// Each trigger point is tried on the left and on the right, in named steps:
//   collectMarks (marks.ts)  the drawing as zone-key numbers of the prepared ranking
//   scoreSide    (score.ts)  how well one trigger point on one side explains it, with its prior
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
import { type CoverOf, type ScoreOptions, type Scored, scoreSide } from './score'

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
}

export const RANK_DEFAULTS: Required<Omit<RankOptions, 'muscles' | 'cover' | 'explainAs' | 'edgeCredit' | 'spanOf'>> = {
  limit: 20,
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
  return mergeTwins(orderScored(scored))
    .slice(0, o.limit)
    .map(({ s, eitherSide }) => toResult(s, marks, prepared, eitherSide, options.explainAs === 'share'))
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
