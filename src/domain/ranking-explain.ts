// The plain-words reason next to each ranked trigger point. It names areas by their
// patient words (`plainName` of regions.json), so a patient can check the claim against
// their own drawing.
import type { Side } from './body-types'
import type { PainArea } from './pain'
import type { Region } from './schema'

export interface ExplainInput {
  /** side of the trigger point */
  side: Side
  /** matched area keys, `temple.R` or `sternum` */
  essentialMatches: readonly string[]
  spilloverMatches: readonly string[]
  pain: readonly PainArea[]
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
  const { side, essentialMatches, spilloverMatches, regionById } = input
  const marked = input.pain.filter((a) => a.weight > 0).length
  const e = essentialMatches.length
  const s = spilloverMatches.length
  const parts: string[] = []
  if (e > 0) {
    parts.push(
      `its main pain area covers ${e} of your ${marked} marked ${plural(marked, 'area', 'areas')} (${list(essentialMatches, side, regionById)})`,
    )
    if (s > 0) parts.push(`its wider area reaches ${s} more (${list(spilloverMatches, side, regionById)})`)
  } else if (s > 0) {
    parts.push(
      `only its wider area reaches ${s} of your ${marked} marked ${plural(marked, 'area', 'areas')} (${list(spilloverMatches, side, regionById)})`,
    )
  }
  return parts.join('; ')
}
