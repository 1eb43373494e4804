// Clinical priors: how commonly the sources find a trigger point behind a condition
// (conditions.json `commonCauses`: most_common / common / occasional, each cited).
//
// A pattern's fit says how well it explains the drawing; two patterns that fit equally well are
// not equally likely when studies find one of them in most patients with that pain (upper
// trapezius TrP1 in tension-type headache, quadratus lumborum in low back pain, infraspinatus in
// shoulder pain). The prior multiplies the ODDS of the fit: score = fit (1 + k) / (1 + k fit), so
// a score stays in [0, 1], a perfect fit stays 1, and a prior reorders patterns of similar fit
// but cannot lift a pattern that explains little of the drawing above one that explains it all.
// It applies only when most of the drawing lies in the condition's usual pain area (the areas
// the mimicking muscles refer to), so "most common cause of low back pain" does not lift the
// quadratus lumborum for a headache drawing.
import type { CommonLevel } from '../validation'
import type { Prior } from './prepare'

export interface PriorOptions {
  /** odds multiplier minus one, per level (0 turns a level off) */
  priorWeights: Readonly<Record<CommonLevel, number>>
  /** the share of the drawing that must lie in the condition's usual area */
  priorMinShare: number
  /** an area counts as part of a condition's usual area from this weight on (1 = most shared) */
  usualAreaMin: number
}

export const PRIOR_DEFAULTS: PriorOptions = {
  priorWeights: { most_common: 1, common: 0.4, occasional: 0.1 },
  priorMinShare: 0.5,
  usualAreaMin: 0.25,
}

export interface AppliedPrior extends Prior {
  /** the odds multiplier minus one that was applied */
  weight: number
}

/** The prior with the largest weight among those whose condition covers the drawing. */
export function bestPrior(
  priors: readonly Prior[],
  shareOf: (condition: string) => number,
  o: PriorOptions,
): AppliedPrior | null {
  let best: AppliedPrior | null = null
  for (const prior of priors) {
    const weight = o.priorWeights[prior.level]
    if (weight > 0 && (!best || weight > best.weight) && shareOf(prior.condition) >= o.priorMinShare) best = { ...prior, weight }
  }
  return best
}

/** Odds form: fit (1 + k) / (1 + k fit). */
export const withPrior = (fit: number, weight: number): number => (fit * (1 + weight)) / (1 + weight * fit)

/** Plain words for the explanation: "one of the most common causes of low back pain". */
export function priorWords(level: CommonLevel, conditionName: string): string {
  if (level === 'most_common') return `one of the most common causes of ${conditionName}`
  if (level === 'common') return `a common cause of ${conditionName}`
  return `an occasional cause of ${conditionName}`
}
