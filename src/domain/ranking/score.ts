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
import type { Marks } from './marks'
import type { PreparedPoint } from './prepare'
import { type AppliedPrior, type PriorOptions, bestPrior, withPrior } from './prior'

export interface ScoreOptions extends PriorOptions {
  spilloverCredit: number
  contralateralCredit: number
  outsidePenalty: number
  outsideSpilloverWeight: number
}

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
): Scored | null {
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
  if (essential.length + spillover.length > 0) {
    for (const s of marks.spots) {
      let best = 0
      for (let j = 0; j < s.keys.length; j++) best = Math.max(best, credit[s.keys[j]!]! * s.areaWeights[j]!)
      explained += s.weight * best
    }
  }
  for (const z of p.zones) credit[z.key] = 0
  if (explained === 0) return null
  const mass = p.essentialCount + o.outsideSpilloverWeight * p.spilloverCount
  const fit = (explained / marks.total) * (1 - (mass > 0 ? o.outsidePenalty * (outside / mass) : 0))
  const prior = bestPrior(p.priors, priorShare, o)
  const score = prior ? withPrior(fit, prior.weight) : fit
  return { p, score, tieScore: Math.round(score * 1e9), essential, spillover, prior }
}
