// Step: turn the landmark table (defined on base-mesh vertices) into skin points of the final
// mesh. Catmull-Clark keeps base vertex i as vertex i, so a landmark is the weighted mean of its
// base vertices' subdivided positions, then snapped to the closest point of the final triangle
// surface (so it is on the skin, not on a chord), with the interpolated smooth normal there.
import type { LandmarkDef } from './landmark-table'
import type { TriMesh } from './finish-mesh'

export interface ResolvedLandmark {
  id: string
  point: [number, number, number]
  normal: [number, number, number]
}

type V3 = [number, number, number]

/** Expand the table: `.L` entries as written, `.R` through the mirror vertex map. */
export function expandSides(
  table: readonly LandmarkDef[],
  mirror: Uint32Array,
): { id: string; verts: number[]; weights: number[] }[] {
  return table.flatMap((def) => {
    const verts = typeof def.at === 'number' ? [def.at] : def.at.verts
    const weights = typeof def.at === 'number' ? [1] : def.at.w
    if (!def.bilateral) return [{ id: def.id, verts, weights }]
    return [
      { id: `${def.id}.L`, verts, weights },
      { id: `${def.id}.R`, verts: verts.map((v) => mirror[v]!), weights },
    ]
  })
}

function closestOnTriangle(p: V3, a: V3, b: V3, c: V3): { q: V3; u: number; v: number; w: number } {
  // Ericson, Real-Time Collision Detection 5.1.5; returns barycentrics (u for a, v for b, w for c)
  const sub = (x: V3, y: V3): V3 => [x[0] - y[0], x[1] - y[1], x[2] - y[2]]
  const dot = (x: V3, y: V3) => x[0] * y[0] + x[1] * y[1] + x[2] * y[2]
  const ab = sub(b, a)
  const ac = sub(c, a)
  const ap = sub(p, a)
  const d1 = dot(ab, ap)
  const d2 = dot(ac, ap)
  const at = (u: number, v: number, w: number) => ({
    q: [0, 1, 2].map((k) => u * a[k]! + v * b[k]! + w * c[k]!) as V3,
    u,
    v,
    w,
  })
  if (d1 <= 0 && d2 <= 0) return at(1, 0, 0)
  const bp = sub(p, b)
  const d3 = dot(ab, bp)
  const d4 = dot(ac, bp)
  if (d3 >= 0 && d4 <= d3) return at(0, 1, 0)
  const vc = d1 * d4 - d3 * d2
  if (vc <= 0 && d1 >= 0 && d3 <= 0) {
    const t = d1 / (d1 - d3)
    return at(1 - t, t, 0)
  }
  const cp = sub(p, c)
  const d5 = dot(ab, cp)
  const d6 = dot(ac, cp)
  if (d6 >= 0 && d5 <= d6) return at(0, 0, 1)
  const vb = d5 * d2 - d1 * d6
  if (vb <= 0 && d2 >= 0 && d6 <= 0) {
    const t = d2 / (d2 - d6)
    return at(1 - t, 0, t)
  }
  const va = d3 * d6 - d5 * d4
  if (va <= 0 && d4 - d3 >= 0 && d5 - d6 >= 0) {
    const t = (d4 - d3) / (d4 - d3 + (d5 - d6))
    return at(0, 1 - t, t)
  }
  const denom = 1 / (va + vb + vc)
  const v = vb * denom
  const w = vc * denom
  return at(1 - v - w, v, w)
}

/** Closest point of the mesh to p among triangles with a vertex within `radius`. */
export function snapToSurface(mesh: TriMesh, normals: Float64Array, p: V3, radius = 0.03): { point: V3; normal: V3 } {
  const { positions, indices } = mesh
  const P = (i: number): V3 => [positions[i * 3]!, positions[i * 3 + 1]!, positions[i * 3 + 2]!]
  let best = { d: Infinity, point: p, normal: [0, 1, 0] as V3 }
  const r2 = radius * radius
  for (let t = 0; t < indices.length; t += 3) {
    const tri = [indices[t]!, indices[t + 1]!, indices[t + 2]!]
    if (
      !tri.some(
        (i) => (positions[i * 3]! - p[0]) ** 2 + (positions[i * 3 + 1]! - p[1]) ** 2 + (positions[i * 3 + 2]! - p[2]) ** 2 < r2,
      )
    )
      continue
    const [a, b, c] = tri as [number, number, number]
    const { q, u, v, w } = closestOnTriangle(p, P(a), P(b), P(c))
    const d = (q[0] - p[0]) ** 2 + (q[1] - p[1]) ** 2 + (q[2] - p[2]) ** 2
    if (d < best.d) {
      const n = [0, 1, 2].map((k) => u * normals[a * 3 + k]! + v * normals[b * 3 + k]! + w * normals[c * 3 + k]!)
      const l = Math.hypot(n[0]!, n[1]!, n[2]!) || 1
      best = { d, point: q, normal: [n[0]! / l, n[1]! / l, n[2]! / l] }
    }
  }
  if (best.d === Infinity) throw new Error(`no surface within ${radius} m of ${p.join(',')}`)
  return { point: best.point, normal: best.normal }
}

export function resolveLandmarks(
  table: readonly LandmarkDef[],
  mirror: Uint32Array,
  mesh: TriMesh,
  normals: Float64Array,
): ResolvedLandmark[] {
  return expandSides(table, mirror).map(({ id, verts, weights }) => {
    const total = weights.reduce((s, w) => s + w, 0)
    const p = [0, 1, 2].map((k) => verts.reduce((s, v, i) => s + (weights[i]! / total) * mesh.positions[v * 3 + k]!, 0)) as V3
    return { id, ...snapToSurface(mesh, normals, p) }
  })
}
