// Step 2 of ranking: the score of one trigger point on one side against the marks.
//   explained = sum over spots of weight x credit / sum of weights, where the credit of a spot
//               is 1 when an essential zone covers one of its areas and `spilloverCredit` when
//               only a spillover zone does (spillover is felt by some patients only); a zone on
//               the other side of the body (a bilateral zone) earns `contralateralCredit` of that.
//   outside   = the share of the pattern the person did NOT mark: an unmarked essential zone
//               counts fully, an unmarked spillover zone `outsideSpilloverWeight`, because most
//               patients do not feel their spillover, so its absence is weak evidence.
//   fit       = explained x (1 - outsidePenalty x outside), in [0, 1].
//   score     = the fit with its odds raised by the prior when the sources name this trigger
//               point as a common cause of a condition and most of the drawing lies in that
//               condition's usual area (prior.ts); otherwise the fit.
// A painted spot lying in several regions counts each by how firmly it lies in it.
import type { PatternZone } from '../pattern'
import type { Marks } from './marks'
import type { PreparedPoint } from './prepare'
import { type AppliedPrior, type PriorOptions, bestPrior, withPrior } from './prior'

export interface ScoreOptions extends PriorOptions {
  spilloverCredit: number
  contralateralCredit: number
  outsidePenalty: number
  outsideSpilloverWeight: number
}

/**
 * Skin-point drawings (skin.ts): which zone of this trigger point's DRAWN pattern covers input
 * spot `spot`, and whether the spot lies on the other side of the body; null where none does.
 */
export type SpotCover = {
  /** the zone that covers the spot (its weight reaches INSIDE), or null at the pattern's edge only */
  zone: PatternZone | null
  contralateral: boolean
  /** how fully each zone covers the spot, 0..1 (1 inside; less in the outer half of its feathered edge) */
  essential?: number
  spillover?: number
} | null
export type CoverOf = (p: PreparedPoint, spot: number) => SpotCover

export interface Scored {
  p: PreparedPoint
  score: number
  /** rounded score: equal within 1e-9 counts as a tie, broken by id */
  tieScore: number
  /** marked zone keys covered by an essential zone (own side or bilateral) */
  essential: number[]
  /** marked zone keys covered by a spillover zone only */
  spillover: number[]
  prior: AppliedPrior | null
  /** how much skin the pattern spans (drawn patterns): of equal scores, the smaller first */
  span?: number
  /** with a drawn-pattern cover: per spot of the marks, 2 essential, 1 spillover, 0 none */
  spotZones?: Uint8Array
  /** per spot of the marks: the weight it explained (spot weight x credit) */
  spotCredit?: Float64Array
  /** the other trigger points of its muscle (same side) scored with it (rank.ts, withMuscle) */
  together?: string[]
}

/**
 * The score of an explanation: the marked share it explains, less `outsidePenalty` times the
 * unmarked share of its zones (`outside` of `mass`), then raised by its prior. One formula for a
 * trigger point by zones, by drawn cover, and for a muscle's points together (rank.ts).
 */
export function fitScore(
  explained: number,
  outside: number,
  mass: number,
  marks: Marks,
  o: ScoreOptions,
  prior: AppliedPrior | null,
): number {
  const fit = (explained / marks.total) * (1 - (mass > 0 ? o.outsidePenalty * (outside / mass) : 0))
  return prior ? withPrior(fit, prior.weight) : fit
}

/**
 * Scores p, or null when it explains nothing. `credit` is a scratch array over the zone keys,
 * all zero on entry and on return (so one array serves every trigger point of a ranking).
 */
export function scoreSide(
  p: PreparedPoint,
  marks: Marks,
  o: ScoreOptions,
  credit: Float64Array,
  priorShare: (condition: string) => number,
  cover?: CoverOf,
): Scored | null {
  if (cover) return scoreByCover(p, marks, o, cover, priorShare)
  let outside = 0
  const essential: number[] = []
  const spillover: number[] = []
  for (const z of p.zones) {
    const w = marks.weights[z.key]!
    credit[z.key] = (z.essential ? 1 : o.spilloverCredit) * (z.contralateral ? o.contralateralCredit : 1)
    if (w > 0) (z.essential ? essential : spillover).push(z.key)
    if (!z.contralateral) outside += (1 - w) * (z.essential ? 1 : o.outsideSpilloverWeight)
  }
  let explained = 0
  const spotCredit = new Float64Array(marks.spots.length)
  if (essential.length + spillover.length > 0) {
    marks.spots.forEach((s, i) => {
      let best = 0
      for (let j = 0; j < s.keys.length; j++) best = Math.max(best, credit[s.keys[j]!]! * s.areaWeights[j]!)
      spotCredit[i] = s.weight * best
      explained += spotCredit[i]!
    })
  }
  for (const z of p.zones) credit[z.key] = 0
  if (explained === 0) return null
  const mass = p.essentialCount + o.outsideSpilloverWeight * p.spilloverCount
  const prior = bestPrior(p.priors, priorShare, o)
  const score = fitScore(explained, outside, mass, marks, o, prior)
  return { p, score, tieScore: Math.round(score * 1e9), essential, spillover, prior, spotCredit }
}

/**
 * The same score for a drawing of skin points against the drawn pattern: a spot is explained
 * where the pattern covers it (essential 1, spillover `spilloverCredit`, on the other side of the
 * body times `contralateralCredit`). The matched areas are the regions of the covered spots; the
 * outside share still reads the pattern's named regions (how much of them went unmarked).
 */
function scoreByCover(
  p: PreparedPoint,
  marks: Marks,
  o: ScoreOptions,
  cover: CoverOf,
  priorShare: (condition: string) => number,
): Scored | null {
  const spotZones = new Uint8Array(marks.spots.length)
  const spotCredit = new Float64Array(marks.spots.length)
  const essential = new Set<number>()
  const spillover = new Set<number>()
  let explained = 0
  marks.spots.forEach((s, i) => {
    const c = cover(p, s.source)
    if (!c) return
    const essentialHere = c.zone === 'essential'
    // a spot at the pattern's edge earns part of the credit (drawings are a centimetre or two
    // off); only a covered spot is named in the explanation
    const credit = Math.max(
      c.essential ?? (essentialHere ? 1 : 0),
      o.spilloverCredit * (c.spillover ?? (c.zone === 'spillover' ? 1 : 0)),
    )
    spotCredit[i] = s.weight * credit * (c.contralateral ? o.contralateralCredit : 1)
    explained += spotCredit[i]!
    if (!c.zone) return
    spotZones[i] = essentialHere ? 2 : 1
    for (const k of s.keys) (essentialHere ? essential : spillover).add(k)
  })
  if (explained === 0) return null
  for (const k of essential) spillover.delete(k)
  let outside = 0
  for (const z of p.zones)
    if (!z.contralateral) outside += (1 - marks.weights[z.key]!) * (z.essential ? 1 : o.outsideSpilloverWeight)
  const mass = p.essentialCount + o.outsideSpilloverWeight * p.spilloverCount
  const prior = bestPrior(p.priors, priorShare, o)
  const score = fitScore(explained, outside, mass, marks, o, prior)
  return {
    p,
    score,
    tieScore: Math.round(score * 1e9),
    essential: [...essential],
    spillover: [...spillover],
    prior,
    spotZones,
    spotCredit,
  }
}
