// Body-surface regions as geometry (DESIGN sections 4 and 5): "this skin point lies in that
// region", used to paint (vertexRegionWeights feeds the GPU painter) and to rank (regionsAt).
// Both call regionWeight below, which evaluates the region's shapes with shapes.ts, the one
// shape evaluation regions, patterns and muscle outlines share.
//
// A region is a union of shapes (capsules, ellipsoids, strokes) anchored to landmarks and
// written for the LEFT side in the side frame (+x lateral); compileRegions resolves them for
// both sides once. A region's weight is the largest over its shapes; a point IS in a region iff
// its weight >= INSIDE. A sided region uses the shapes of the point's own side (x > 0 is the
// body's left), so it never crosses the midline; a midline region is the union of both sides'
// shapes (a point is in it if it or its mirror is in the left shape).
import type { Side, SkinMesh, SkinPoint } from './body-types'
import type { LandmarkMap } from './placement'
import type { Region } from '../validation'
import { compileShape, inBox, shapesWeight, sideOfX, unionBox, INSIDE, type CompiledShape } from './shapes'
import type { SkinIndex } from './skin-index'

/** vertexRegionWeights keeps weights above this */
export const MIN_VERTEX_WEIGHT = 0.02

export interface RegionHit {
  region: string
  side: Side | null
  weight: number
}

export interface CompiledRegion {
  id: string
  midline: boolean
  /** per side; a sided region's shapes are clipped to their side (CompiledShape.clip) */
  shapes: Record<Side, CompiledShape[]>
  box: Record<Side, Float64Array>
}

export interface CompiledRegions {
  regions: CompiledRegion[]
  byId: ReadonlyMap<string, CompiledRegion>
}

export const zoneKey = (region: string, side: Side | null): string => (side ? `${region}.${side}` : region)

/** `skin` is needed only by stroke shapes (their points are projected onto the skin). */
export function compileRegions(regions: readonly Region[], landmarks: LandmarkMap, skin?: SkinIndex): CompiledRegions {
  const body = { landmarks, ...(skin && { skin }) }
  const compiled = regions.map((region): CompiledRegion => {
    const shapes = { L: [] as CompiledShape[], R: [] as CompiledShape[] }
    for (const side of ['L', 'R'] as const) {
      region.shapes.forEach((shape, i) => {
        try {
          shapes[side].push(compileShape(shape, body, side, region.midline ? null : side))
        } catch (e) {
          throw new Error(`region "${region.id}" shape ${i} (${side}): ${(e as Error).message}`)
        }
      })
    }
    return { id: region.id, midline: region.midline, shapes, box: { L: unionBox(shapes.L), R: unionBox(shapes.R) } }
  })
  return { regions: compiled, byId: new Map(compiled.map((r) => [r.id, r])) }
}

export function regionWeight(r: CompiledRegion, x: number, y: number, z: number, nx: number, ny: number, nz: number): number {
  if (!r.midline) return sideWeight(r, sideOfX(x), x, y, z, nx, ny, nz)
  return Math.max(sideWeight(r, 'L', x, y, z, nx, ny, nz), sideWeight(r, 'R', x, y, z, nx, ny, nz))
}

function sideWeight(r: CompiledRegion, side: Side, x: number, y: number, z: number, nx: number, ny: number, nz: number): number {
  if (!inBox(r.box[side], x, y, z)) return 0
  return shapesWeight(r.shapes[side], x, y, z, nx, ny, nz)
}

/** Every region with a weight > 0 at p, heaviest first. */
export function regionHitsAt(compiled: CompiledRegions, p: SkinPoint): RegionHit[] {
  const [x, y, z] = p.point
  const [nx, ny, nz] = p.normal
  const hits: RegionHit[] = []
  for (const r of compiled.regions) {
    const weight = regionWeight(r, x, y, z, nx, ny, nz)
    if (weight > 0) hits.push({ region: r.id, side: r.midline ? null : sideOfX(x), weight })
  }
  return hits.sort((a, b) => b.weight - a.weight)
}

/** The regions p IS in (weight >= INSIDE), heaviest first. */
export const regionsAt = (compiled: CompiledRegions, p: SkinPoint): RegionHit[] =>
  regionHitsAt(compiled, p).filter((h) => h.weight >= INSIDE)

export interface VertexWeights {
  vertices: Uint32Array
  weights: Float32Array
}

/**
 * Per zone (zoneKey), the vertices with weight > MIN_VERTEX_WEIGHT, in ascending vertex order:
 * the painter's input. Evaluates regionWeight, the very function regionHitsAt uses. Vertices are
 * sorted by height once, so each zone scans only the slice of the body its bounding box spans.
 */
export function vertexRegionWeights(compiled: CompiledRegions, mesh: SkinMesh): Map<string, VertexWeights> {
  const { positions: P, normals: N } = mesh
  const n = P.length / 3
  const byY = new Uint32Array(n)
  for (let v = 0; v < n; v++) byY[v] = v
  byY.sort((a, b) => P[a * 3 + 1]! - P[b * 3 + 1]!)
  const ys = Float64Array.from(byY, (v) => P[v * 3 + 1]!)
  const out = new Map<string, VertexWeights>()
  for (const r of compiled.regions) {
    for (const side of r.midline ? [null] : (['L', 'R'] as const)) {
      const box = side ? r.box[side] : unionBox([...r.shapes.L, ...r.shapes.R])
      const candidates: number[] = []
      for (let i = lowerBound(ys, box[1]!); i < n && ys[i]! <= box[4]!; i++) {
        const v = byY[i]!
        const x = P[v * 3]!
        if ((side && sideOfX(x) !== side) || x < box[0]! || x > box[3]!) continue
        const z = P[v * 3 + 2]!
        if (z >= box[2]! && z <= box[5]!) candidates.push(v)
      }
      candidates.sort((a, b) => a - b)
      const verts: number[] = []
      const weights: number[] = []
      for (const v of candidates) {
        const w = regionWeight(r, P[v * 3]!, P[v * 3 + 1]!, P[v * 3 + 2]!, N[v * 3]!, N[v * 3 + 1]!, N[v * 3 + 2]!)
        if (w > MIN_VERTEX_WEIGHT) {
          verts.push(v)
          weights.push(w)
        }
      }
      if (verts.length > 0)
        out.set(zoneKey(r.id, side), { vertices: Uint32Array.from(verts), weights: Float32Array.from(weights) })
    }
  }
  return out
}

function lowerBound(sorted: Float64Array, value: number): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (sorted[mid]! < value) lo = mid + 1
    else hi = mid
  }
  return lo
}
