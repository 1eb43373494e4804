// Step 1 of ranking: the drawing as the ranking reads it. Every spot (a marked area, or a
// painted skin point with the areas containing it) becomes a list of zone-key numbers of the
// prepared ranking with how firmly the spot lies in each; a key no pattern names is dropped,
// but its spot still counts in the total, so a pattern that misses it explains less.
import { zoneKey } from '../geometry'
import { type PainInput, spotsOf } from '../pain'
import type { PreparedRanking } from './prepare'

export interface Marks {
  /** per spot: its zone keys, how firmly it lies in each (0..1), how strongly it is marked, and its index in the input */
  spots: { keys: number[]; areaWeights: number[]; weight: number; source: number }[]
  /** per zone key: its strongest mark (for the outside share and the matched-area lists) */
  weights: Float64Array
  /** sum of the spot weights */
  total: number
  /** the spots came from painted skin points, not from whole areas */
  painted: boolean
}

const clamp01 = (x: number): number => (x > 1 ? 1 : x < 0 ? 0 : x)

/** The marks of a drawing, or null when nothing is marked. */
export function collectMarks(pain: PainInput, prepared: PreparedRanking): Marks | null {
  const weights = new Float64Array(prepared.keys.length)
  const spots: Marks['spots'] = []
  let total = 0
  for (const [source, s] of spotsOf(pain).entries()) {
    const weight = clamp01(s.weight)
    if (!(weight > 0)) continue
    const keys: number[] = []
    const areaWeights: number[] = []
    for (const a of s.areas) {
      const k = prepared.keyIndex.get(zoneKey(a.region, a.side))
      const aw = a.weight === undefined ? 1 : clamp01(a.weight)
      if (k === undefined || !(aw > 0)) continue
      const j = keys.indexOf(k)
      if (j >= 0) areaWeights[j] = Math.max(areaWeights[j]!, aw)
      else {
        keys.push(k)
        areaWeights.push(aw)
      }
    }
    keys.forEach((k, j) => {
      weights[k] = Math.max(weights[k]!, weight * areaWeights[j]!)
    })
    spots.push({ keys, areaWeights, weight, source })
    total += weight
  }
  return total > 0 ? { spots, weights, total, painted: 'spots' in pain } : null
}

/**
 * The share (0..1) of the drawing that lies in an area given as a weight per zone key: a spot
 * counts when one of its keys weighs at least `minWeight` there.
 */
export function shareIn(marks: Marks, area: Float64Array, minWeight: number): number {
  let inside = 0
  for (const s of marks.spots) if (s.keys.some((k, j) => area[k]! * s.areaWeights[j]! >= minWeight)) inside += s.weight
  return inside / marks.total
}
