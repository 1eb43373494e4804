// Skin shapes (DESIGN section 5): THE one evaluation of "this skin point lies in this shape,
// with this weight", for capsules, ellipsoids and strokes. Regions, trigger point patterns and
// muscle outlines all compile through compileShape and are evaluated by shapeWeight, in the
// app (painting), the ranking and the CLI alike.
//
// Shapes are written for one side in the side frame (+x lateral) against landmarks; compiling
// for a side resolves them to numbers (the right side mirrors through the placements). A
// shape's weight is 1 deep inside and falls smoothly to 0 at its surface over its feather
// (EDGE_FEATHER, less for thin shapes), and likewise from minDot + FACING_FEATHER down to minDot
// for its facing; the shape's weight is the smaller of the two. A point IS inside iff its weight
// >= INSIDE, so the crisp border lies half a feather inside the surface.
//
// A stroke is a band along a polyline of placements, each projected onto the skin (so the band
// lies on the skin, not on the chord through the body), with a radius per point interpolated
// along each segment (tapering). Its depth at a point is the best over segments of r(t) - d,
// where t is the nearest point of the segment. Without a facing it follows the skin: the point's
// normal must agree (dot >= 0, feathered) with the stroke's skin normal interpolated at t.
import type { Landmark, Side } from './body-types'
import { landmarkFor, placementTarget, placeOnSkin, refsOf, type LandmarkMap } from './placement'
import type { SkinIndex } from './skin-index'
import type { Facing, RegionShape } from '../validation'
import { add, length, scale, type Vec3 } from './vec'

export const INSIDE = 0.5
/** metres over which a shape's weight falls from 1 to 0 at its surface (less for thin shapes) */
export const EDGE_FEATHER = 0.02
/** dot-product span over which a facing's weight falls from 1 to 0 at minDot */
export const FACING_FEATHER = 0.15
/** the minDot of a stroke that follows the skin (no facing given) */
export const FOLLOW_MIN_DOT = 0

export const SHAPE_CAPSULE = 0
export const SHAPE_ELLIPSOID = 1
export const SHAPE_STROKE = 2
/** numbers per stroke point in CompiledShape.p: x, y, z, radius, nx, ny, nz */
export const STROKE_STRIDE = 7

/** What compiling needs: the landmarks, and the skin to project stroke points onto. */
export interface ShapeBody {
  landmarks: LandmarkMap
  skin?: SkinIndex
}

/** A shape resolved to numbers for one side. */
export interface CompiledShape {
  kind: typeof SHAPE_CAPSULE | typeof SHAPE_ELLIPSOID | typeof SHAPE_STROKE
  /**
   * capsule: a (3), b (3), radius; ellipsoid: centre (3), semi-axes (3);
   * stroke: per point x, y, z, radius, nx, ny, nz (STROKE_STRIDE numbers)
   */
  p: Float64Array
  /** stroke: number of points */
  count: number
  /** capsule and ellipsoid: the edge feather; a stroke's feather follows its radius */
  feather: number
  /** unit facing direction, or null for none */
  dir: Vec3 | null
  minDot: number
  /** a stroke without facing: the point's normal must agree with the stroke's skin normal */
  follow: boolean
  /** only points on this side of the midline count (x > 0 is the body's left); null: any */
  clip: Side | null
  /** [minx, miny, minz, maxx, maxy, maxz] */
  box: Float64Array
}

export const featherFor = (radius: number): number => Math.min(EDGE_FEATHER, radius / 2)

export function compileShape(shape: RegionShape, body: ShapeBody, side: Side, clip: Side | null = null): CompiledShape {
  const { landmarks } = body
  const placements =
    shape.kind === 'capsule' ? [shape.from, shape.to] : shape.kind === 'ellipsoid' ? [shape.center] : shape.points
  const refs = placements.flatMap(refsOf).map((ref) => landmarkFor(landmarks, ref, side))
  const dir = shape.facing ? facingDir(shape.facing, refs, landmarks, side) : null
  const minDot = shape.facing?.minDot ?? (shape.kind === 'stroke' ? FOLLOW_MIN_DOT : -1)
  const base = { dir, minDot, clip, follow: false, count: 0 }
  if (shape.kind === 'capsule') {
    const [a, b] = placements.map((p) => placementTarget(landmarks, p, side).point) as [Vec3, Vec3]
    const r = shape.radius
    return {
      ...base,
      kind: SHAPE_CAPSULE,
      p: new Float64Array([...a, ...b, r]),
      feather: featherFor(r),
      box: boxOf([a, b], [r, r]),
    }
  }
  if (shape.kind === 'ellipsoid') {
    const c = placementTarget(landmarks, shape.center, side).point
    const radii = shape.radii
    const box = new Float64Array([0, 1, 2].map((k) => c[k]! - radii[k]!).concat([0, 1, 2].map((k) => c[k]! + radii[k]!)))
    return { ...base, kind: SHAPE_ELLIPSOID, p: new Float64Array([...c, ...radii]), feather: featherFor(Math.min(...radii)), box }
  }
  if (shape.points.length !== shape.radii.length)
    throw new Error(`a stroke needs one radius per point: ${shape.points.length} points, ${shape.radii.length} radii`)
  const { skin } = body
  if (!skin) throw new Error('a stroke is projected onto the skin: compile it with the skin index')
  const p = new Float64Array(shape.points.length * STROKE_STRIDE)
  const points: Vec3[] = []
  shape.points.forEach((placement, i) => {
    const on = placeOnSkin({ landmarks, skin }, placement, side)
    points.push(on.point)
    p.set([...on.point, shape.radii[i]!, ...on.normal], i * STROKE_STRIDE)
  })
  return {
    ...base,
    kind: SHAPE_STROKE,
    p,
    count: shape.points.length,
    feather: featherFor(Math.min(...shape.radii)),
    follow: !shape.facing,
    box: boxOf(points, shape.radii),
  }
}

function boxOf(points: readonly Vec3[], radii: readonly number[]): Float64Array {
  const box = new Float64Array([Infinity, Infinity, Infinity, -Infinity, -Infinity, -Infinity])
  points.forEach((q, i) => {
    for (let k = 0; k < 3; k++) {
      box[k] = Math.min(box[k]!, q[k]! - radii[i]!)
      box[k + 3] = Math.max(box[k + 3]!, q[k]! + radii[i]!)
    }
  })
  return box
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

export function unionBox(shapes: readonly CompiledShape[]): Float64Array {
  const box = new Float64Array([Infinity, Infinity, Infinity, -Infinity, -Infinity, -Infinity])
  for (const s of shapes)
    for (let k = 0; k < 3; k++) {
      box[k] = Math.min(box[k]!, s.box[k]!)
      box[k + 3] = Math.max(box[k + 3]!, s.box[k + 3]!)
    }
  return box
}

export const inBox = (b: Float64Array, x: number, y: number, z: number): boolean =>
  x >= b[0]! && y >= b[1]! && z >= b[2]! && x <= b[3]! && y <= b[4]! && z <= b[5]!

export const smooth = (e0: number, e1: number, x: number): number => {
  const t = Math.min(1, Math.max(0, (x - e0) / (e1 - e0)))
  return t * t * (3 - 2 * t)
}

/** x > 0 is the body's left */
export const sideOfX = (x: number): Side => (x > 0 ? 'L' : 'R')

/** THE weight (0..1) of a skin point (position x, y, z; unit normal nx, ny, nz) in a shape. */
export function shapeWeight(s: CompiledShape, x: number, y: number, z: number, nx: number, ny: number, nz: number): number {
  if (!inBox(s.box, x, y, z)) return 0
  if (s.clip !== null && sideOfX(x) !== s.clip) return 0
  const p = s.p
  let depth: number
  let feather = s.feather
  let w: number
  if (s.kind === SHAPE_STROKE) {
    depth = -Infinity
    let bi = 0
    let bt = 0
    let br = 0
    for (let i = 0; i + 1 < s.count; i++) {
      const a = i * STROKE_STRIDE
      const b = a + STROKE_STRIDE
      const abx = p[b]! - p[a]!,
        aby = p[b + 1]! - p[a + 1]!,
        abz = p[b + 2]! - p[a + 2]!
      const apx = x - p[a]!,
        apy = y - p[a + 1]!,
        apz = z - p[a + 2]!
      const ab2 = abx * abx + aby * aby + abz * abz
      const t = ab2 > 0 ? Math.min(1, Math.max(0, (apx * abx + apy * aby + apz * abz) / ab2)) : 0
      const dx = apx - t * abx,
        dy = apy - t * aby,
        dz = apz - t * abz
      const r = p[a + 3]! + t * (p[b + 3]! - p[a + 3]!)
      const d = r - Math.sqrt(dx * dx + dy * dy + dz * dz)
      if (d > depth) {
        depth = d
        bi = a
        bt = t
        br = r
      }
    }
    if (depth <= 0) return 0
    feather = featherFor(br)
    w = smooth(0, feather, depth)
    if (s.follow) {
      const b = bi + STROKE_STRIDE
      const mx = p[bi + 4]! + bt * (p[b + 4]! - p[bi + 4]!),
        my = p[bi + 5]! + bt * (p[b + 5]! - p[bi + 5]!),
        mz = p[bi + 6]! + bt * (p[b + 6]! - p[bi + 6]!)
      const ml = Math.sqrt(mx * mx + my * my + mz * mz) || 1
      w = Math.min(w, smooth(s.minDot, s.minDot + FACING_FEATHER, (nx * mx + ny * my + nz * mz) / ml))
    }
  } else {
    if (s.kind === SHAPE_CAPSULE) {
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
    w = smooth(0, feather, depth)
  }
  if (!s.dir) return w
  const d = nx * s.dir[0] + ny * s.dir[1] + nz * s.dir[2]
  return Math.min(w, smooth(s.minDot, s.minDot + FACING_FEATHER, d))
}

/** The weight of a point in a union of shapes: the largest. */
export function shapesWeight(
  shapes: readonly CompiledShape[],
  x: number,
  y: number,
  z: number,
  nx: number,
  ny: number,
  nz: number,
): number {
  let w = 0
  for (let i = 0; i < shapes.length; i++) {
    const v = shapeWeight(shapes[i]!, x, y, z, nx, ny, nz)
    if (v > w) w = v
  }
  return w
}
