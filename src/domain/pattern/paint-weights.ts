// Per-vertex paint of a referral pattern: how much each skin vertex lies in the essential and
// in the spillover zone of one trigger point on one side. The shader draws from these two
// arrays; the vertex weights come from the same region geometry the ranking uses
// (vertexRegionWeights = regionsAt evaluated at every vertex), so painting and ranking share
// one definition of "this skin point is in zone X" (DESIGN section 5).
//
// A vertex in several zones of one kind keeps its strongest weight. Essential wins where both
// kinds overlap: the chart draws solid red there, and a stipple over solid would be invisible
// anyway, so spillover is cleared wherever the essential weight reaches it.
import type { Side } from '../geometry'
import { zoneKey } from '../geometry'
import { clearUnderSolid } from './pattern-shapes'

/** A zone as `zonesOf` returns it: a region on a side (`null` for a midline region). */
export interface PaintZone {
  region: string
  side: Side | null
}

export interface PaintZones {
  essential: readonly PaintZone[]
  spillover: readonly PaintZone[]
}

/** Vertices of one zone and their weights (0..1), as vertexRegionWeights gives them. */
export interface ZoneVertexWeights {
  vertices: Uint32Array
  weights: Float32Array
}

export interface PaintWeights {
  essential: Float32Array
  spillover: Float32Array
  /** zone keys of the pattern that have no vertex weights (an unknown region): painted nowhere */
  missing: string[]
}

function accumulate(
  out: Float32Array,
  zones: readonly PaintZone[],
  byZone: ReadonlyMap<string, ZoneVertexWeights>,
  missing: string[],
): void {
  for (const zone of zones) {
    const key = zoneKey(zone.region, zone.side)
    const entry = byZone.get(key)
    if (!entry) {
      missing.push(key)
      continue
    }
    const { vertices, weights } = entry
    for (let i = 0; i < vertices.length; i++) {
      const v = vertices[i]!
      const w = weights[i]!
      if (w > out[v]!) out[v] = w
    }
  }
}

export function paintWeights(
  zones: PaintZones,
  regionVertexWeights: ReadonlyMap<string, ZoneVertexWeights>,
  vertexCount: number,
): PaintWeights {
  const essential = new Float32Array(vertexCount)
  const spillover = new Float32Array(vertexCount)
  const missing: string[] = []
  accumulate(essential, zones.essential, regionVertexWeights, missing)
  accumulate(spillover, zones.spillover, regionVertexWeights, missing)
  clearUnderSolid(essential, spillover)
  return { essential, spillover, missing }
}
