// Geometric probes on the shaped base mesh (morphed, symmetric, eyes closed), in metres after the
// build's height fit: rays from joint centres onto the skin, extreme points, nearest vertices.
// derive-landmarks.ts states every landmark as such a rule; the answers are base vertex indices.
import type { ShapedBase } from './build'
import { BODY_HEIGHT, triangulate, vertexNormals } from './finish-mesh'

export type V3 = [number, number, number]
/** [xmin, xmax, ymin, ymax, zmin, zmax] */
export type Box = [number, number, number, number, number, number]

export const add = (a: V3, b: V3): V3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]]
export const sub = (a: V3, b: V3): V3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]]
export const mul = (a: V3, k: number): V3 => [a[0] * k, a[1] * k, a[2] * k]
export const dot = (a: V3, b: V3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2]
export const cross = (a: V3, b: V3): V3 => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]]
export const nrm = (a: V3): V3 => mul(a, 1 / Math.hypot(...a))
export const lerp = (a: V3, b: V3, t: number): V3 => add(a, mul(sub(b, a), t))
/** d made perpendicular to the unit axis, normalized */
export const ortho = (d: V3, axis: V3): V3 => nrm(sub(d, mul(axis, dot(d, axis))))

export type Probes = ReturnType<typeof createProbes>

export function createProbes(shaped: ShapedBase) {
  let lo = Infinity
  let hi = -Infinity
  for (let i = 1; i < shaped.positions.length; i += 3) {
    lo = Math.min(lo, shaped.positions[i]!)
    hi = Math.max(hi, shaped.positions[i]!)
  }
  const s = BODY_HEIGHT / (hi - lo)
  const P = shaped.positions.map((c, i) => (i % 3 === 1 ? (c - lo) * s : c * s))
  const count = P.length / 3
  const tri = triangulate(P, shaped.faces)
  const N = vertexNormals({ positions: P, indices: tri })
  const p = (i: number): V3 => [P[i * 3]!, P[i * 3 + 1]!, P[i * 3 + 2]!]
  const normal = (i: number): V3 => [N[i * 3]!, N[i * 3 + 1]!, N[i * 3 + 2]!]
  const left = (i: number) => P[i * 3]! > 1e-9
  const midline = (i: number) => Math.abs(P[i * 3]!) < 1e-9

  const joint = (name: string): V3 => {
    const j = shaped.joints[name]
    if (!j) throw new Error(`no joint ${name}`)
    return [j[0] * s, (j[1] - lo) * s, j[2] * s]
  }
  /** the vertex nearest to q among those passing the filter */
  const nearest = (q: V3, filter: (i: number) => boolean = () => true): number => {
    let best = -1
    let bd = Infinity
    for (let i = 0; i < count; i++) {
      if (!filter(i)) continue
      const d = (P[i * 3]! - q[0]) ** 2 + (P[i * 3 + 1]! - q[1]) ** 2 + (P[i * 3 + 2]! - q[2]) ** 2
      if (d < bd) [bd, best] = [d, i]
    }
    return best
  }
  /** first skin point on the ray o + t d (Moller-Trumbore); throws when the ray misses */
  const hitPoint = (o: V3, dir: V3): V3 => {
    const d = nrm(dir)
    let bt = Infinity
    for (let t = 0; t < tri.length; t += 3) {
      const a = p(tri[t]!)
      const e1 = sub(p(tri[t + 1]!), a)
      const e2 = sub(p(tri[t + 2]!), a)
      const h = cross(d, e2)
      const det = dot(e1, h)
      if (Math.abs(det) < 1e-12) continue
      const sv = sub(o, a)
      const u = dot(sv, h) / det
      if (u < 0 || u > 1) continue
      const q = cross(sv, e1)
      const v = dot(d, q) / det
      if (v < 0 || u + v > 1) continue
      const tt = dot(e2, q) / det
      if (tt > 1e-6 && tt < bt) bt = tt
    }
    if (bt === Infinity) throw new Error(`ray from ${o.map((c) => c.toFixed(3))} misses the skin`)
    return add(o, mul(d, bt))
  }
  /** the left-side (x > 0) vertex where a ray meets the skin */
  const hit = (o: V3, d: V3) => nearest(hitPoint(o, d), left)
  /** the midline vertex where a ray meets the skin */
  const hitMid = (o: V3, d: V3) => nearest(hitPoint(o, d), midline)
  /** the vertex furthest along d inside a box */
  const extreme = (d: V3, box: Box, filter: (i: number) => boolean = () => true): number => {
    let best = -1
    let bs = -Infinity
    for (let i = 0; i < count; i++) {
      const q = p(i)
      if (!filter(i) || q.some((c, k) => c < box[k * 2]! || c > box[k * 2 + 1]!)) continue
      if (dot(q, d) > bs) [bs, best] = [dot(q, d), i]
    }
    if (best < 0) throw new Error(`no vertex in box ${box.join(' ')}`)
    return best
  }
  /** midline skin vertex at height y, on the front or the back */
  const midFront = (y: number) => hitMid([0, y, 0.5], [0, 0, -1])
  const midBack = (y: number) => hitMid([0, y, -0.5], [0, 0, 1])
  return { count, p, normal, joint, nearest, hitPoint, hit, hitMid, extreme, midFront, midBack, midline }
}
