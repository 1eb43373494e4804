// Body-surface regions as geometry (DESIGN sections 4 and 5): THE one definition of "this skin
// point lies in that region", used to paint (vertexRegionWeights feeds the GPU painter) and to
// rank (regionsAt). Both call regionWeight below, so they cannot disagree.
//
// A region is a union of shapes (capsules, ellipsoids) anchored to landmarks and written for the
// LEFT side in the side frame (+x lateral); compileRegions resolves them for both sides once.
// A shape's weight is 1 deep inside and falls smoothly to 0 at its surface over EDGE_FEATHER
// (soft edges for painting), and likewise from minDot + FACING_FEATHER down to minDot for its
// facing; the shape's weight is the smaller of the two, a region's the largest over its shapes.
// A point IS in a region iff its weight >= INSIDE, so the crisp border lies half a feather
// inside the shape's surface. A sided region uses the shapes of the point's own side (x > 0 is
// the body's left), so it never crosses the midline; a midline region is the union of both
// sides' shapes (a point is in it if it or its mirror is in the left shape).
import type { Landmark, Side, SkinMesh, SkinPoint } from './body-types'
import { landmarkFor, placementTarget, refsOf, type LandmarkMap } from './placement'
import type { Facing, Region, RegionShape } from '../validation'
import { zoneKey } from '../pattern'
import { add, length, scale, type Vec3 } from './vec'

export const INSIDE = 0.5
/** metres over which a shape's weight falls from 1 to 0 at its surface (less for thin shapes) */
export const EDGE_FEATHER = 0.02
/** dot-product span over which a facing's weight falls from 1 to 0 at minDot */
export const FACING_FEATHER = 0.15
/** vertexRegionWeights keeps weights above this */
export const MIN_VERTEX_WEIGHT = 0.02

export interface RegionHit {
  region: string
  side: Side | null
  weight: number
}

/** A shape resolved to numbers; Float64Array layout, see compileShape. */
interface CompiledShape {
  kind: 0 | 1
  /** capsule: a, b, radius; ellipsoid: centre, radii */
  p: Float64Array
  feather: number
  /** unit facing direction, or null for none */
  dir: Vec3 | null
  minDot: number
  /** [minx, miny, minz, maxx, maxy, maxz] */
  box: Float64Array
}

export interface CompiledRegion {
  id: string
  midline: boolean
  shapes: Record<Side, CompiledShape[]>
  box: Record<Side, Float64Array>
}

export interface CompiledRegions {
  regions: CompiledRegion[]
  byId: ReadonlyMap<string, CompiledRegion>
}

export function compileRegions(regions: readonly Region[], landmarks: LandmarkMap): CompiledRegions {
  const compiled = regions.map((region): CompiledRegion => {
    const shapes = { L: [] as CompiledShape[], R: [] as CompiledShape[] }
    for (const side of ['L', 'R'] as const) {
      region.shapes.forEach((shape, i) => {
        try {
          shapes[side].push(compileShape(shape, landmarks, side))
        } catch (e) {
          throw new Error(`region "${region.id}" shape ${i} (${side}): ${(e as Error).message}`)
        }
      })
    }
    return { id: region.id, midline: region.midline, shapes, box: { L: unionBox(shapes.L), R: unionBox(shapes.R) } }
  })
  return { regions: compiled, byId: new Map(compiled.map((r) => [r.id, r])) }
}

function compileShape(shape: RegionShape, landmarks: LandmarkMap, side: Side): CompiledShape {
  const placements = shape.kind === 'capsule' ? [shape.from, shape.to] : [shape.center]
  const targets = placements.map((p) => placementTarget(landmarks, p, side).point)
  const refs = placements.flatMap(refsOf).map((ref) => landmarkFor(landmarks, ref, side))
  const dir = shape.facing ? facingDir(shape.facing, refs, landmarks, side) : null
  const minDot = shape.facing?.minDot ?? -1
  if (shape.kind === 'capsule') {
    const [a, b] = targets as [Vec3, Vec3]
    const r = shape.radius
    const box = new Float64Array(
      [0, 1, 2].map((k) => Math.min(a[k]!, b[k]!) - r).concat([0, 1, 2].map((k) => Math.max(a[k]!, b[k]!) + r)),
    )
    return { kind: 0, p: new Float64Array([...a, ...b, r]), feather: Math.min(EDGE_FEATHER, r / 2), dir, minDot, box }
  }
  const c = targets[0]!
  const radii = shape.radii
  const box = new Float64Array([0, 1, 2].map((k) => c[k]! - radii[k]!).concat([0, 1, 2].map((k) => c[k]! + radii[k]!)))
  return {
    kind: 1,
    p: new Float64Array([...c, ...radii]),
    feather: Math.min(EDGE_FEATHER, Math.min(...radii) / 2),
    dir,
    minDot,
    box,
  }
}

function facingDir(facing: Facing, refs: Landmark[], landmarks: LandmarkMap, side: Side): Vec3 {
  const raw: Vec3 =
    facing.dir === 'normal'
      ? scale(
          refs.reduce<Vec3>((s, lm) => add(s, lm.normal), [0, 0, 0]),
          1 / refs.length,
        )
      : typeof facing.dir === 'string'
        ? landmarkFor(landmarks, facing.dir, side).normal
        : [side === 'R' ? -facing.dir[0] : facing.dir[0], facing.dir[1], facing.dir[2]]
  const l = length(raw)
  if (l < 0.25)
    throw new Error(`facing "${JSON.stringify(facing.dir)}" has no clear direction (its landmarks face opposite ways)`)
  return scale(raw, 1 / l)
}

function unionBox(shapes: CompiledShape[]): Float64Array {
  const box = new Float64Array([Infinity, Infinity, Infinity, -Infinity, -Infinity, -Infinity])
  for (const s of shapes)
    for (let k = 0; k < 3; k++) {
      box[k] = Math.min(box[k]!, s.box[k]!)
      box[k + 3] = Math.max(box[k + 3]!, s.box[k + 3]!)
    }
  return box
}

const inBox = (b: Float64Array, x: number, y: number, z: number) =>
  x >= b[0]! && y >= b[1]! && z >= b[2]! && x <= b[3]! && y <= b[4]! && z <= b[5]!

const smooth = (e0: number, e1: number, x: number) => {
  const t = Math.min(1, Math.max(0, (x - e0) / (e1 - e0)))
  return t * t * (3 - 2 * t)
}

function shapeWeight(s: CompiledShape, x: number, y: number, z: number, nx: number, ny: number, nz: number): number {
  if (!inBox(s.box, x, y, z)) return 0
  const p = s.p
  let depth: number
  if (s.kind === 0) {
    const abx = p[3]! - p[0]!,
      aby = p[4]! - p[1]!,
      abz = p[5]! - p[2]!
    const apx = x - p[0]!,
      apy = y - p[1]!,
      apz = z - p[2]!
    const ab2 = abx * abx + aby * aby + abz * abz
    const t = ab2 > 0 ? Math.min(1, Math.max(0, (apx * abx + apy * aby + apz * abz) / ab2)) : 0
    const dx = apx - t * abx,
      dy = apy - t * aby,
      dz = apz - t * abz
    depth = p[6]! - Math.sqrt(dx * dx + dy * dy + dz * dz)
  } else {
    // distance to an ellipsoid's surface, the usual first-order estimate k0 (k0 - 1) / k1
    const qx = (x - p[0]!) / p[3]!,
      qy = (y - p[1]!) / p[4]!,
      qz = (z - p[2]!) / p[5]!
    const k0 = Math.sqrt(qx * qx + qy * qy + qz * qz)
    const k1 = Math.sqrt((qx / p[3]!) ** 2 + (qy / p[4]!) ** 2 + (qz / p[5]!) ** 2)
    depth = k1 > 0 ? (k0 * (1 - k0)) / k1 : Math.min(p[3]!, p[4]!, p[5]!)
  }
  if (depth <= 0) return 0
  const w = smooth(0, s.feather, depth)
  if (!s.dir) return w
  const d = nx * s.dir[0] + ny * s.dir[1] + nz * s.dir[2]
  return Math.min(w, smooth(s.minDot, s.minDot + FACING_FEATHER, d))
}

const sideOfX = (x: number): Side => (x > 0 ? 'L' : 'R')

/** THE membership weight of a skin point in a region (0..1); its side is sideOfX(x) unless midline. */
export function regionWeight(r: CompiledRegion, x: number, y: number, z: number, nx: number, ny: number, nz: number): number {
  if (!r.midline) return sideWeight(r, sideOfX(x), x, y, z, nx, ny, nz)
  return Math.max(sideWeight(r, 'L', x, y, z, nx, ny, nz), sideWeight(r, 'R', x, y, z, nx, ny, nz))
}

function sideWeight(r: CompiledRegion, side: Side, x: number, y: number, z: number, nx: number, ny: number, nz: number): number {
  if (!inBox(r.box[side], x, y, z)) return 0
  const shapes = r.shapes[side]
  let w = 0
  for (let i = 0; i < shapes.length; i++) w = Math.max(w, shapeWeight(shapes[i]!, x, y, z, nx, ny, nz))
  return w
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

/** A zone's vertices and the region's weight at each (0..1; >= INSIDE is inside). */
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
