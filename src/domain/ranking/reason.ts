// The reason of a ranked result as data, not English: what `explain` says in words (explain.ts),
// as counts, zone keys and the cited prior, so the interface can say it in the person's language
// with whole-sentence templates (src/ui/match-words.ts). Derived from the result and the drawing
// it was ranked against, with the same counting as toResult: places (spots), not areas, each
// counted once, by the strongest zone that covers it. For drawings of areas or of spots in
// areas (what the app ranks); a test renders these in English and compares them with `explain`.
import type { Side } from '../geometry'
import { zoneKey } from '../geometry'
import { type PainInput, spotsOf } from '../pain'
import type { CommonLevel } from '../validation'
import type { PreparedRanking } from './prepare'
import type { RankedPoint } from './rank'

export interface MatchReason {
  /** side of the trigger point: an area on the other side is named with its side */
  side: Side
  /** how many places the drawing marks, and what a place is */
  marked: number
  unit: 'area' | 'spot'
  /** places covered by the main (essential) pattern, and the area keys that cover them */
  essential: { count: number; keys: readonly string[] }
  /** places covered only by the wider (spillover) pattern, and those area keys */
  spillover: { count: number; keys: readonly string[] }
  /** the cited prior that raised the score */
  prior?: { level: CommonLevel; condition: string }
}

export interface ConditionReason {
  side: Side
  condition: string
  /** the trigger point is a cited cause of the condition; else its pain is mistaken for it */
  level?: CommonLevel
  /** the pattern's own main areas (zone keys), in the dataset's order */
  main: readonly string[]
}

export function matchReason(result: RankedPoint, pain: PainInput): MatchReason {
  const essential = new Set(result.essentialMatches)
  const spillover = new Set(result.spilloverMatches)
  const spilloverOnly = new Set<string>()
  // a key's strongest mark orders the list, as in toResult (ties keep the drawing's order)
  const strength = new Map<string, number>()
  let marked = 0
  let essentialCount = 0
  let spilloverCount = 0
  for (const s of spotsOf(pain)) {
    if (!(s.weight > 0)) continue
    marked++
    const weight = Math.min(1, s.weight)
    const areas = s.areas.filter((a) => a.weight === undefined || a.weight > 0)
    const keys = areas.map((a) => zoneKey(a.region, a.side))
    areas.forEach((a, i) => strength.set(keys[i]!, Math.max(strength.get(keys[i]!) ?? 0, weight * Math.min(1, a.weight ?? 1))))
    if (keys.some((k) => essential.has(k))) essentialCount++
    else if (keys.some((k) => spillover.has(k))) {
      spilloverCount++
      for (const k of keys) if (spillover.has(k)) spilloverOnly.add(k)
    }
  }
  return {
    side: result.side,
    marked,
    unit: 'spots' in pain ? 'spot' : 'area',
    essential: { count: essentialCount, keys: result.essentialMatches },
    spillover: {
      count: spilloverCount,
      keys: [...spilloverOnly].sort((a, b) => (strength.get(b) ?? 0) - (strength.get(a) ?? 0)),
    },
    ...(result.prior && { prior: { level: result.prior.level, condition: result.prior.condition } }),
  }
}

export function conditionReason(result: RankedPoint, conditionId: string, prepared: PreparedRanking): ConditionReason {
  const p = prepared.points.find((x) => x.tp.id === result.triggerPoint && x.side === result.side)
  const main = (p?.zones ?? []).filter((z) => z.essential && !z.contralateral).map((z) => prepared.keys[z.key]!)
  const level = result.prior?.condition === conditionId ? result.prior.level : undefined
  return {
    side: result.side,
    condition: prepared.conditionById.get(conditionId)?.id ?? conditionId,
    ...(level && { level }),
    main,
  }
}
