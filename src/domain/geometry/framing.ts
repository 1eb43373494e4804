// Where to look from to see a set of skin points: their weighted centroid, the mean outward
// normal (the side of the body they are on) and the radius around the centroid that holds them.
// The camera rig turns to look along -normal at the centroid from far enough to fit the radius:
// a pattern on the back turns the view to the back (issue 3).
import type { SkinMesh, SkinPoint } from './body-types'
import { INSIDE } from './shapes'
import { distance, lerp, normalize, type Vec3 } from './vec'

export interface Frame {
  center: Vec3
  /** unit; [0, 0, 0] when the normals cancel out (a zone all around a limb) */
  normal: Vec3
  radius: number
}

/**
 * Frame of points given as flat xyz arrays with a weight per point (0 = ignored), e.g. the
 * painted vertices of a pattern.
 */
export function frameOfWeighted(
  positions: ArrayLike<number>,
  normals: ArrayLike<number>,
  weights: ArrayLike<number>,
): Frame | null {
  let sw = 0
  let cx = 0,
    cy = 0,
    cz = 0
  let nx = 0,
    ny = 0,
    nz = 0
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i]!
    if (!(w > 0)) continue
    sw += w
    cx += positions[i * 3]! * w
    cy += positions[i * 3 + 1]! * w
    cz += positions[i * 3 + 2]! * w
    nx += normals[i * 3]! * w
    ny += normals[i * 3 + 1]! * w
    nz += normals[i * 3 + 2]! * w
  }
  if (sw === 0) return null
  const center: Vec3 = [cx / sw, cy / sw, cz / sw]
  let r2 = 0
  for (let i = 0; i < weights.length; i++) {
    if (!(weights[i]! > 0)) continue
    const dx = positions[i * 3]! - center[0]
    const dy = positions[i * 3 + 1]! - center[1]
    const dz = positions[i * 3 + 2]! - center[2]
    r2 = Math.max(r2, dx * dx + dy * dy + dz * dz)
  }
  // a mean normal much shorter than 1 means the normals point every way: no preferred side
  const meanLength = Math.hypot(nx, ny, nz) / sw
  return { center, normal: meanLength > 0.05 ? normalize([nx, ny, nz]) : [0, 0, 0], radius: Math.sqrt(r2) }
}

/** Frame of a few skin points with their normals, all weighted equally. */
export function frameOfPoints(points: readonly Vec3[], normals: readonly Vec3[]): Frame | null {
  const positions = points.flat()
  const flatNormals = normals.flat()
  return frameOfWeighted(
    positions,
    flatNormals,
    points.map(() => 1),
  )
}

/** Candidate view directions: 24 headings around the body at three heights (unit vectors). */
export const VIEW_CANDIDATES: readonly Vec3[] = [-0.15, 0.2, 0.5].flatMap((y) =>
  Array.from({ length: 24 }, (_, i): Vec3 => {
    const a = (i / 24) * 2 * Math.PI
    const h = Math.sqrt(1 - y * y)
    return [h * Math.sin(a), y, h * Math.cos(a)]
  }),
)

/**
 * The direction (from the skin towards the camera) from which the weighted skin points are
 * best seen: the candidate maximising the sum of w * max(0, n . d), i.e. how much of the
 * pattern faces the camera. Unlike the mean normal, a large patch seen edge-on does not pull
 * the view towards it, so a band from the temple round behind the ear is seen from the side.
 */
export function bestViewDirection(
  normals: ArrayLike<number>,
  weights: ArrayLike<number>,
  candidates: readonly Vec3[] = VIEW_CANDIDATES,
): Vec3 | null {
  let best: Vec3 | null = null
  let bestScore = 0
  for (const d of candidates) {
    let score = 0
    for (let i = 0; i < weights.length; i++) {
      const w = weights[i]!
      if (!(w > 0)) continue
      const facing = normals[i * 3]! * d[0] + normals[i * 3 + 1]! * d[1] + normals[i * 3 + 2]! * d[2]
      if (facing > 0) score += w * facing
    }
    if (score > bestScore) {
      bestScore = score
      best = d
    }
  }
  return best
}

/**
 * Skin area around each vertex (a third of each adjacent triangle), m². Framing weights points
 * by area, not by count: the face and hands are meshed far more densely than the back, and a
 * count would let the eyelids outvote the whole neck.
 */
export function vertexAreas(positions: ArrayLike<number>, indices: ArrayLike<number>): Float32Array {
  const areas = new Float32Array(positions.length / 3)
  for (let t = 0; t + 2 < indices.length; t += 3) {
    const a = indices[t]! * 3,
      b = indices[t + 1]! * 3,
      c = indices[t + 2]! * 3
    const ux = positions[b]! - positions[a]!,
      uy = positions[b + 1]! - positions[a + 1]!,
      uz = positions[b + 2]! - positions[a + 2]!
    const vx = positions[c]! - positions[a]!,
      vy = positions[c + 1]! - positions[a + 1]!,
      vz = positions[c + 2]! - positions[a + 2]!
    const third = Math.hypot(uy * vz - uz * vy, uz * vx - ux * vz, ux * vy - uy * vx) / 6
    for (let k = 0; k < 3; k++) {
      const v = indices[t + k]!
      areas[v] = areas[v]! + third
    }
  }
  return areas
}

const skinAreaCache = new WeakMap<Float32Array, Float32Array>()

/**
 * `vertexAreas` of a mesh, computed once per mesh (keyed by its positions) for the painter,
 * the camera, the finder's sample and its cover. A mesh without triangles (a point cloud, in
 * tests) counts every vertex alike.
 */
export function skinAreas(mesh: SkinMesh): Float32Array {
  let areas = skinAreaCache.get(mesh.positions)
  if (!areas) {
    areas = vertexAreas(mesh.positions, mesh.indices)
    if (mesh.indices.length === 0) areas.fill(1e-4)
    skinAreaCache.set(mesh.positions, areas)
  }
  return areas
}

/** How much a stippled vertex counts, against 1 for a solid one, when choosing the view. */
export const SPILLOVER_VIEW_WEIGHT = 0.4

/** The smallest sphere holding the frame's sphere and the point `p`. */
export function includePoint(frame: Frame, p: Vec3): Frame {
  const d = distance(frame.center, p)
  if (d <= frame.radius) return frame
  const radius = (frame.radius + d) / 2
  return { ...frame, center: lerp(frame.center, p, (radius - frame.radius) / d), radius }
}

/**
 * Where to look from to see a painted pattern (per-vertex essential and spillover weights) and
 * its trigger point: the painted vertices (weight >= INSIDE; stippled ones count
 * SPILLOVER_VIEW_WEIGHT) weighted by skin area (`areas`, from vertexAreas), seen from the
 * direction that shows most of them, widened to hold the trigger point's marker. A pattern
 * with no painted vertex frames the marker alone; null when there is neither.
 */
export function frameOfPaint(
  mesh: Pick<SkinMesh, 'positions' | 'normals'>,
  areas: ArrayLike<number>,
  paint: { essential: ArrayLike<number>; spillover: ArrayLike<number> },
  marker?: SkinPoint,
): Frame | null {
  const { positions, normals } = mesh
  const { essential, spillover } = paint
  // only the painted vertices (a few thousand of ~50k) take part: compact them first
  const picked: number[] = []
  const weights: number[] = []
  for (let v = 0; v < essential.length; v++) {
    const kind = essential[v]! >= INSIDE ? 1 : spillover[v]! >= INSIDE ? SPILLOVER_VIEW_WEIGHT : 0
    if (kind === 0) continue
    picked.push(v)
    weights.push(areas[v]! * kind)
  }
  const p = new Float32Array(picked.length * 3)
  const n = new Float32Array(picked.length * 3)
  picked.forEach((v, i) => {
    for (let k = 0; k < 3; k++) {
      p[i * 3 + k] = positions[v * 3 + k]!
      n[i * 3 + k] = normals[v * 3 + k]!
    }
  })
  const frame = frameOfWeighted(p, n, weights)
  if (!frame) return marker ? { center: marker.point, normal: marker.normal, radius: 0.1 } : null
  const framed = { ...frame, normal: bestViewDirection(n, weights) ?? frame.normal }
  return marker ? includePoint(framed, marker.point) : framed
}
