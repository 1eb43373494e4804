// Ranking trigger points against a pain drawing: "it hurts here, where does it come from?"
//
// Each trigger point is tried on the left and on the right. Its zones (from zones.ts, the
// same zones that are painted) are compared with the drawing, a list of spots (a marked area,
// or a painted skin point with every region containing it):
//   explained = sum over spots of weight x credit / sum of weights, where the credit of a spot
//               is 1 when an essential zone covers one of its areas and 0.5 when only a
//               spillover zone does (spillover is felt by some patients only). A zone that
//               exists only because of `bilateralZones` (other side of the body) earns half.
//   outside   = the share of the pattern the person did NOT mark. An unmarked essential zone
//               counts fully; an unmarked spillover zone counts 0.2, because most patients
//               do not feel their spillover, so its absence is weak evidence.
//   score     = explained x (1 - 0.3 x outside), in [0, 1].
// Explaining the drawing dominates; what the pattern adds is a small penalty, which mostly
// orders patterns that explain the same areas (the tighter pattern first). Side follows from
// the zone keys: a right trigger point reaches left areas only through bilateral or midline
// zones. A painted spot lying in several regions counts each by how firmly it lies in it
// (relative region weight), so the toes' edge of the top of the foot is mostly toes. Equal
// scores go to the pattern whose main area covers more marked areas, then by trigger point
// id and side, so results never depend on the order of the dataset or of the drawing.
//
// `prepareRanking` (ranking-prepare.ts) turns every trigger point x side into small integer
// arrays once, so ranking a drawing is a few thousand array reads (about 0.06 ms for 10 areas).
import type { Side } from '../geometry'
import { type PainInput, spotsOf } from '../pain'
import { zoneKey } from '../geometry'
import { explainMatch } from './explain'
import { type PreparedPoint, type PreparedRanking, type RankingSource, preparedFor } from './prepare'

export { prepareRanking, preparedFor, type PreparedRanking, type RankingSource } from './prepare'

export interface RankOptions {
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
}

export const RANK_DEFAULTS: Required<Omit<RankOptions, 'muscles'>> = {
  limit: 20,
  minScore: 0.05,
  spilloverCredit: 0.5,
  contralateralCredit: 0.5,
  outsidePenalty: 0.3,
  outsideSpilloverWeight: 0.2,
}

export interface RankedPoint {
  muscle: string
  triggerPoint: string
  side: Side
  /** 0..1, higher explains the drawing better (3 decimals) */
  score: number
  /** plain words: "its main pain area covers 3 of your 4 marked areas (temple, ...)" */
  explain: string
  /** marked area keys (`temple.R`, `sternum`) covered by an essential zone */
  essentialMatches: string[]
  /** marked area keys covered by a spillover zone only */
  spilloverMatches: string[]
  /** condition ids this muscle's pain is often mistaken for */
  mimics: string[]
  /** the drawing is explained equally from either side (midline areas only); `side` is R */
  eitherSide?: boolean
}

interface Scored {
  p: PreparedPoint
  score: number
  /** rounded score: equal within 1e-9 counts as a tie, broken by id */
  tieScore: number
  essential: number[]
  spillover: number[]
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/**
 * Rank every trigger point on both sides against the drawing, best first. Pass the prepared
 * ranking (`prepareRanking(index)`), or the index / dataset itself (prepared once and cached).
 */
export function rankTriggerPoints(
  pain: PainInput,
  source: PreparedRanking | RankingSource | { dataset: RankingSource },
  options: RankOptions = {},
): RankedPoint[] {
  const prepared = preparedFor(source)
  const o = { ...RANK_DEFAULTS, ...options }
  // Drawing as a dense weight array over the zone vocabulary; areas no pattern reaches still
  // count in the total (a pattern that misses them explains less of the drawing).
  // Spots as key lists (a key no pattern names is dropped, but its spot still counts in the
  // total: a pattern that misses it explains less of the drawing). `weights` is each key's
  // strongest mark, for the outside share and the matched-area lists.
  const spots = spotsOf(pain)
  const weights = new Float64Array(prepared.keys.length)
  const spotKeys: number[][] = []
  const spotAreaWeights: number[][] = []
  const spotWeights: number[] = []
  let total = 0
  for (const s of spots) {
    const w = s.weight > 1 ? 1 : s.weight
    if (!(w > 0)) continue
    const keys: number[] = []
    const areaWeights: number[] = []
    for (const a of s.areas) {
      const i = prepared.keyIndex.get(zoneKey(a.region, a.side))
      const aw = a.weight === undefined ? 1 : a.weight > 1 ? 1 : a.weight
      if (i === undefined || !(aw > 0)) continue
      const j = keys.indexOf(i)
      if (j >= 0) {
        if (aw > areaWeights[j]!) areaWeights[j] = aw
        continue
      }
      keys.push(i)
      areaWeights.push(aw)
    }
    keys.forEach((k, j) => {
      if (w * areaWeights[j]! > weights[k]!) weights[k] = w * areaWeights[j]!
    })
    spotKeys.push(keys)
    spotAreaWeights.push(areaWeights)
    spotWeights.push(w)
    total += w
  }
  if (total === 0) return []
  const drawing: Drawing = { spotKeys, weights, painted: 'spots' in pain }
  const allowed = options.muscles ? new Set(options.muscles) : null

  const credit = new Float64Array(prepared.keys.length)
  const scored: Scored[] = []
  for (const p of prepared.points) {
    if (allowed && !allowed.has(p.muscle.id)) continue
    let outside = 0
    const essential: number[] = []
    const spillover: number[] = []
    for (const z of p.zones) {
      const w = weights[z.key]!
      credit[z.key] = (z.essential ? 1 : o.spilloverCredit) * (z.contralateral ? o.contralateralCredit : 1)
      if (w > 0) (z.essential && !z.contralateral ? essential : spillover).push(z.key)
      if (!z.contralateral) outside += (1 - w) * (z.essential ? 1 : o.outsideSpilloverWeight)
    }
    let explained = 0
    if (essential.length + spillover.length > 0) {
      for (let s = 0; s < spotKeys.length; s++) {
        let best = 0
        const keys = spotKeys[s]!
        const areaWeights = spotAreaWeights[s]!
        for (let j = 0; j < keys.length; j++) {
          const c = credit[keys[j]!]! * areaWeights[j]!
          if (c > best) best = c
        }
        explained += spotWeights[s]! * best
      }
    }
    for (const z of p.zones) credit[z.key] = 0
    if (explained === 0) continue
    const mass = p.essentialCount + o.outsideSpilloverWeight * p.spilloverCount
    const score = (explained / total) * (1 - (mass > 0 ? o.outsidePenalty * (outside / mass) : 0))
    if (score < o.minScore) continue
    scored.push({ p, score, tieScore: Math.round(score * 1e9), essential, spillover })
  }
  // Equal scores: the pattern whose main area covers more of the marked areas first (it
  // explains the drawing more specifically), then by id and side, so the order never depends
  // on the dataset order.
  scored.sort(
    (a, b) =>
      b.tieScore - a.tieScore || b.essential.length - a.essential.length || cmp(a.p.tp.id, b.p.tp.id) || cmp(a.p.side, b.p.side),
  )

  // A pattern reaching the drawing only through midline zones scores the same from both
  // sides: list it once (right, flagged) instead of twice.
  const results: RankedPoint[] = []
  const seen = new Map<string, { s: Scored; r: RankedPoint }>()
  const sameKeys = (a: number[], b: number[]): boolean => a.length === b.length && a.every((k) => b.includes(k))
  for (const s of scored) {
    const twin = seen.get(s.p.tp.id)
    if (
      twin &&
      twin.s.tieScore === s.tieScore &&
      sameKeys(twin.s.essential, s.essential) &&
      sameKeys(twin.s.spillover, s.spillover)
    ) {
      twin.r.side = 'R'
      twin.r.eitherSide = true
      continue
    }
    if (results.length >= o.limit) continue
    const r = toResult(s, drawing, prepared)
    seen.set(s.p.tp.id, { s, r })
    results.push(r)
  }
  return results
}

interface Drawing {
  spotKeys: number[][]
  weights: Float64Array
  /** spots came from painted skin points, not from whole areas */
  painted: boolean
}

function toResult(s: Scored, d: Drawing, prepared: PreparedRanking): RankedPoint {
  // Strongest marks first; the sort is stable, so equal marks keep the pattern's own order
  // (the dataset lists a pattern's main area first).
  const ordered = (keys: number[]): string[] =>
    [...keys].sort((a, b) => d.weights[b]! - d.weights[a]!).map((i) => prepared.keys[i]!)
  // Count spots, not areas: a spot in two regions is one place that hurts.
  let essentialSpots = 0
  let spilloverSpots = 0
  const spilloverOnly = new Set<number>()
  for (const keys of d.spotKeys) {
    if (keys.some((k) => s.essential.includes(k))) essentialSpots++
    else if (keys.some((k) => s.spillover.includes(k))) {
      spilloverSpots++
      for (const k of keys) if (s.spillover.includes(k)) spilloverOnly.add(k)
    }
  }
  const essentialMatches = ordered(s.essential)
  const spilloverMatches = ordered(s.spillover)
  return {
    muscle: s.p.muscle.id,
    triggerPoint: s.p.tp.id,
    side: s.p.side,
    score: Math.round(s.score * 1000) / 1000,
    explain: explainMatch({
      side: s.p.side,
      marked: d.spotKeys.length,
      unit: d.painted ? 'spot' : 'area',
      essential: { count: essentialSpots, keys: essentialMatches },
      spillover: { count: spilloverSpots, keys: ordered([...spilloverOnly]) },
      regionById: prepared.regionById,
    }),
    essentialMatches,
    spilloverMatches,
    mimics: [...s.p.muscle.mimics],
  }
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
