// Where to look from to see a set of skin points: their weighted centroid, the mean outward
// normal (the side of the body they are on) and the radius around the centroid that holds them.
// The camera rig turns to look along -normal at the centroid from far enough to fit the radius:
// a pattern on the back turns the view to the back (issue 3).
import { normalize, type Vec3 } from './vec'

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
export function frameOfWeighted(positions: ArrayLike<number>, normals: ArrayLike<number>, weights: ArrayLike<number>): Frame | null {
  let sw = 0
  let cx = 0, cy = 0, cz = 0
  let nx = 0, ny = 0, nz = 0
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
  return frameOfWeighted(positions, flatNormals, points.map(() => 1))
}
