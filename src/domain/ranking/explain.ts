// The plain-words reason next to each ranked trigger point. It names areas by their
// patient words (`plainName` of regions.json), so a patient can check the claim against
// their own drawing.
import type { Side } from '../geometry'
import type { Region } from '../validation'

export interface ExplainInput {
  /** side of the trigger point */
  side: Side
  /** how many places the drawing marks */
  marked: number
  /** what a place is called: a whole area (quick marks, painted regions) or a painted spot */
  unit: 'area' | 'spot'
  /** places covered by the main (essential) pattern, and the area keys that cover them */
  essential: { count: number; keys: readonly string[] }
  /** places covered only by the wider (spillover) pattern, and those area keys */
  spillover: { count: number; keys: readonly string[] }
  regionById: ReadonlyMap<string, Pick<Region, 'plainName'>>
}

const splitKey = (key: string): { region: string; side: Side | null } => {
  const m = /^(.*)\.(L|R)$/.exec(key)
  return m ? { region: m[1]!, side: m[2] as Side } : { region: key, side: null }
}

const plural = (n: number, one: string, many: string): string => (n === 1 ? one : many)

/** "temple", or "temple, left side" when the area is on the other side than the trigger point. */
export function areaName(key: string, tpSide: Side, regionById: ExplainInput['regionById']): string {
  const { region, side } = splitKey(key)
  const name = regionById.get(region)?.plainName ?? region.replace(/_/g, ' ')
  return side && side !== tpSide ? `${name} (${side === 'L' ? 'left' : 'right'} side)` : name
}

const list = (keys: readonly string[], side: Side, regionById: ExplainInput['regionById']): string =>
  keys.map((k) => areaName(k, side, regionById)).join(', ')

export function explainMatch(input: ExplainInput): string {
  const { side, marked, unit, essential, spillover, regionById } = input
  const places = `${marked} marked ${plural(marked, unit, `${unit}s`)}`
  const parts: string[] = []
  if (essential.count > 0) {
    parts.push(`its main pain area covers ${essential.count} of your ${places} (${list(essential.keys, side, regionById)})`)
    if (spillover.count > 0)
      parts.push(`its wider area reaches ${spillover.count} more (${list(spillover.keys, side, regionById)})`)
  } else if (spillover.count > 0) {
    parts.push(`only its wider area reaches ${spillover.count} of your ${places} (${list(spillover.keys, side, regionById)})`)
  }
  return parts.join('; ')
}
