// The plain-words reason next to each ranked trigger point (the last step of rank.ts). It names
// areas by their patient words (`plainName` of regions.json), so a patient can check the claim
// against their own drawing, and states the cited prior when one raised the score.
import type { Side } from '../geometry'
import { parseZoneKey } from '../geometry'
import type { CommonLevel, Region } from '../validation'
import type { Marks } from './marks'
import type { PreparedRanking } from './prepare'
import { priorWords } from './prior'
import type { RankedPoint } from './rank'
import type { Scored } from './score'

/**
 * Why a trigger point was ranked, as facts (no words): what `explainMatch` says in English and
 * the interface says in the person's language (src/ui/match-words.ts).
 */
export interface MatchReason {
  /** side of the trigger point */
  side: Side
  /** how many places the drawing marks */
  marked: number
  /** what a place is called: a whole area (quick marks, painted regions) or a painted spot;
   * 'share': a painted drawing, whose counts are percentages of what was painted */
  unit: 'area' | 'spot' | 'share'
  /** places covered by the main (essential) pattern, and the area keys that cover them */
  essential: { count: number; keys: readonly string[] }
  /** places covered only by the wider (spillover) pattern, and those area keys */
  spillover: { count: number; keys: readonly string[] }
  /** the cited prior that raised the score */
  prior?: { level: CommonLevel; condition: string }
  /** the other trigger points of the muscle (same side) counted with it (rank.ts, withMuscle) */
  together?: readonly string[]
}

export interface ExplainInput extends MatchReason {
  /** the prior's condition in plain words */
  conditionName?: string
  regionById: ReadonlyMap<string, Pick<Region, 'plainName'>>
}

/** A painted drawing's places are named up to this many, then "and more". */
export const MAX_SHARE_NAMES = 4

/** A painted drawing's share, as a whole percentage of at least 1. */
export const sharePercent = (n: number): number => Math.max(1, Math.round(n))

const plural = (n: number, one: string, many: string): string => (n === 1 ? one : many)

/** "temple", or "temple, left side" when the area is on the other side than the trigger point. */
export function areaName(key: string, tpSide: Side, regionById: ExplainInput['regionById']): string {
  const { region, side } = parseZoneKey(key)
  const name = regionById.get(region)?.plainName ?? region.replace(/_/g, ' ')
  return side && side !== tpSide ? `${name} (${side === 'L' ? 'left' : 'right'} side)` : name
}

/** " (temple, behind the ear)", or nothing for a painted spot that lies in no named area */
const list = (keys: readonly string[], side: Side, regionById: ExplainInput['regionById']): string =>
  keys.length > 0 ? ` (${keys.map((k) => areaName(k, side, regionById)).join(', ')})` : ''

/** "together with this muscle's other trigger point", when the muscle was scored as a whole */
export const togetherWords = (n: number): string =>
  n === 1 ? "together with this muscle's other trigger point" : `together with ${n} other trigger points of this muscle`

export function explainMatch(input: ExplainInput): string {
  const { side, marked, unit, essential, spillover, prior, regionById } = input
  const priorText = prior ? priorWords(prior.level, input.conditionName ?? prior.condition) : null
  const parts: string[] = []
  const togetherText = input.together?.length ? togetherWords(input.together.length) : null
  if (unit === 'share') {
    const pct = (n: number): string => `${sharePercent(n)}%`
    const names = (keys: readonly string[]): string =>
      keys.length > MAX_SHARE_NAMES
        ? ` (${keys
            .slice(0, MAX_SHARE_NAMES)
            .map((k) => areaName(k, side, regionById))
            .join(', ')} and more)`
        : list(keys, side, regionById)
    if (essential.count > 0) {
      parts.push(`its main pain area covers ${pct(essential.count)} of what you marked${names(essential.keys)}`)
      if (spillover.count > 0) parts.push(`its wider area reaches ${pct(spillover.count)} more${names(spillover.keys)}`)
    } else if (spillover.count > 0) {
      parts.push(`only its wider area reaches ${pct(spillover.count)} of what you marked${names(spillover.keys)}`)
    }
    if (togetherText) parts.push(togetherText)
    if (priorText) parts.push(priorText)
    return parts.join('; ')
  }
  const places = `${marked} marked ${plural(marked, unit, `${unit}s`)}`
  if (essential.count > 0) {
    parts.push(`its main pain area covers ${essential.count} of your ${places}${list(essential.keys, side, regionById)}`)
    if (spillover.count > 0) parts.push(`its wider area reaches ${spillover.count} more${list(spillover.keys, side, regionById)}`)
  } else if (spillover.count > 0) {
    parts.push(`only its wider area reaches ${spillover.count} of your ${places}${list(spillover.keys, side, regionById)}`)
  }
  if (togetherText) parts.push(togetherText)
  if (priorText) parts.push(priorText)
  return parts.join('; ')
}

/** The ranked result of one scored trigger point side, with its explanation. */
export function toResult(s: Scored, marks: Marks, prepared: PreparedRanking, eitherSide: boolean, shares = false): RankedPoint {
  // Strongest marks first; the sort is stable, so equal marks keep the pattern's own order
  // (the dataset lists a pattern's main area first).
  const ordered = (keys: readonly number[]): string[] =>
    [...keys].sort((a, b) => marks.weights[b]! - marks.weights[a]!).map((i) => prepared.keys[i]!)
  // Count spots, not areas: a spot in two regions is one place that hurts.
  // (or, for a painted drawing, the share of the painted area: each spot by its weight)
  let essentialSpots = 0
  let spilloverSpots = 0
  const spilloverOnly = new Set<number>()
  marks.spots.forEach(({ keys, weight }, i) => {
    const amount = shares ? (100 * weight) / marks.total : 1
    // a drawn pattern says per spot which zone covers it; region patterns, by the spot's areas
    const zone = s.spotZones
      ? s.spotZones[i]!
      : keys.some((k) => s.essential.includes(k))
        ? 2
        : keys.some((k) => s.spillover.includes(k))
          ? 1
          : 0
    if (zone === 2) essentialSpots += amount
    else if (zone === 1) {
      spilloverSpots += amount
      for (const k of keys) if (s.spillover.includes(k)) spilloverOnly.add(k)
    }
  })
  const essentialMatches = ordered(s.essential)
  const condition = s.prior ? prepared.conditionById.get(s.prior.condition) : undefined
  const reason: MatchReason = {
    side: s.p.side,
    marked: marks.spots.length,
    unit: shares ? 'share' : marks.painted ? 'spot' : 'area',
    essential: { count: essentialSpots, keys: essentialMatches },
    spillover: { count: spilloverSpots, keys: ordered([...spilloverOnly]) },
    ...(s.prior && { prior: { level: s.prior.level, condition: s.prior.condition } }),
    ...(s.together && { together: s.together }),
  }
  return {
    muscle: s.p.muscle.id,
    triggerPoint: s.p.tp.id,
    side: eitherSide ? 'R' : s.p.side,
    score: Math.round(s.score * 1000) / 1000,
    explain: explainMatch({
      ...reason,
      ...(condition && { conditionName: condition.plainName }),
      regionById: prepared.regionById,
    }),
    reason,
    essentialMatches,
    spilloverMatches: ordered(s.spillover),
    mimics: [...s.p.muscle.mimics],
    ...(eitherSide && { eitherSide: true }),
    ...(s.prior && { prior: { condition: s.prior.condition, level: s.prior.level } }),
  }
}
