// Nearest point on the skin (DESIGN section 3: placements are projected onto the skin).
// A uniform grid over the mesh vertices, searched in growing rings of cells around the query,
// finds the nearest vertex whose normal faces the requested way; the answer is then refined to
// the nearest point of the triangles around that vertex (its one-ring), with the smooth normal
// interpolated there. So the result is a true surface point, not only a vertex, at the cost of
// one ring of triangles; it equals the exact nearest surface point whenever that point lies in
// the one-ring of the nearest vertex, which holds on a smooth, evenly meshed skin.
// Plain arrays, no three.js: this runs in node (CLI, tests) and in the browser alike.
import type { SkinMesh, SkinPoint } from './body-types'
import { dot, sub, type Vec3 } from './vec'

export interface SkinIndexOptions {
  /** edge of a grid cell, metres; about the spacing of a few vertices */
  cellSize?: number
}
export const SKIN_INDEX_DEFAULTS: Required<SkinIndexOptions> = { cellSize: 0.02 }

export interface SkinIndex {
  mesh: SkinMesh
  cellSize: number
  origin: Vec3
  dims: [number, number, number]
  /** CSR: vertices of cell c are cellItems[cellStart[c] .. cellStart[c + 1]) */
  cellStart: Uint32Array
  cellItems: Uint32Array
  /** CSR: triangles around vertex v are vertexTris[vertexTriStart[v] .. vertexTriStart[v + 1]) */
  vertexTriStart: Uint32Array
  vertexTris: Uint32Array
}

export function createSkinIndex(mesh: SkinMesh, options: SkinIndexOptions = {}): SkinIndex {
  const { cellSize } = { ...SKIN_INDEX_DEFAULTS, ...options }
  const { positions, indices } = mesh
  const n = positions.length / 3
  if (n === 0) throw new Error('createSkinIndex: the mesh has no vertices')
  const lo: Vec3 = [Infinity, Infinity, Infinity]
  const hi: Vec3 = [-Infinity, -Infinity, -Infinity]
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < 3; k++) {
      const c = positions[i * 3 + k]!
      if (c < lo[k]!) lo[k] = c
      if (c > hi[k]!) hi[k] = c
    }
  }
  const dims: [number, number, number] = [0, 1, 2].map((k) => Math.max(1, Math.ceil((hi[k]! - lo[k]!) / cellSize) + 1)) as [
    number,
    number,
    number,
  ]
  const cellOf = (i: number) => {
    const cx = Math.min(dims[0] - 1, Math.floor((positions[i * 3]! - lo[0]) / cellSize))
    const cy = Math.min(dims[1] - 1, Math.floor((positions[i * 3 + 1]! - lo[1]) / cellSize))
    const cz = Math.min(dims[2] - 1, Math.floor((positions[i * 3 + 2]! - lo[2]) / cellSize))
    return (cz * dims[1] + cy) * dims[0] + cx
  }
  const cells = new Uint32Array(n)
  const cellStart = new Uint32Array(dims[0] * dims[1] * dims[2] + 1)
  for (let i = 0; i < n; i++) {
    cells[i] = cellOf(i)
    cellStart[cells[i]! + 1]!++
  }
  for (let c = 1; c < cellStart.length; c++) cellStart[c]! += cellStart[c - 1]!
  const cellItems = new Uint32Array(n)
  const fill = cellStart.slice(0, -1)
  for (let i = 0; i < n; i++) cellItems[fill[cells[i]!]!++] = i

  const vertexTriStart = new Uint32Array(n + 1)
  for (let t = 0; t < indices.length; t++) vertexTriStart[indices[t]! + 1]!++
  for (let v = 1; v <= n; v++) vertexTriStart[v]! += vertexTriStart[v - 1]!
  const vertexTris = new Uint32Array(indices.length)
  const tfill = vertexTriStart.slice(0, -1)
  for (let t = 0; t < indices.length; t++) vertexTris[tfill[indices[t]!]!++] = Math.floor(t / 3)

  return { mesh, cellSize, origin: lo, dims, cellStart, cellItems, vertexTriStart, vertexTris }
}

/**
 * Index of the nearest vertex whose normal n satisfies dot(n, facing) >= minDot (any vertex
 * when `facing` is omitted), or -1 when no vertex qualifies.
 */
export function nearestVertex(index: SkinIndex, point: Vec3, facing?: Vec3, minDot = 0): number {
  const { cellSize, origin, dims, cellStart, cellItems, mesh } = index
  const { positions, normals } = mesh
  const c = [0, 1, 2].map((k) => Math.min(dims[k]! - 1, Math.max(0, Math.floor((point[k]! - origin[k]!) / cellSize))))
  const [cx, cy, cz] = c as [number, number, number]
  const maxRing = Math.max(cx, cy, cz, dims[0] - 1 - cx, dims[1] - 1 - cy, dims[2] - 1 - cz)
  let best = -1
  let bestD2 = Infinity
  const visit = (x: number, y: number, z: number) => {
    if (x < 0 || y < 0 || z < 0 || x >= dims[0] || y >= dims[1] || z >= dims[2]) return
    const cell = (z * dims[1] + y) * dims[0] + x
    for (let j = cellStart[cell]!, end = cellStart[cell + 1]!; j < end; j++) {
      const v = cellItems[j]!
      const dx = positions[v * 3]! - point[0]
      const dy = positions[v * 3 + 1]! - point[1]
      const dz = positions[v * 3 + 2]! - point[2]
      const d2 = dx * dx + dy * dy + dz * dz
      if (d2 >= bestD2) continue
      if (facing && normals[v * 3]! * facing[0] + normals[v * 3 + 1]! * facing[1] + normals[v * 3 + 2]! * facing[2] < minDot)
        continue
      best = v
      bestD2 = d2
    }
  }
  for (let r = 0; r <= maxRing; r++) {
    for (let dz = -r; dz <= r; dz++) {
      for (let dy = -r; dy <= r; dy++) {
        const onShell = Math.abs(dz) === r || Math.abs(dy) === r
        if (onShell) for (let dx = -r; dx <= r; dx++) visit(cx + dx, cy + dy, cz + dz)
        else {
          visit(cx - r, cy + dy, cz + dz)
          if (r > 0) visit(cx + r, cy + dy, cz + dz)
        }
      }
    }
    // every cell not yet visited is at least r cells away from the query's cell
    if (best >= 0 && Math.sqrt(bestD2) <= r * cellSize) break
  }
  return best
}

/**
 * Nearest skin point whose normal faces like `facing` (dot >= minDot); see the file header for
 * how exact it is. Throws when no skin faces that way at all.
 */
export function nearestSkinPoint(index: SkinIndex, point: Vec3, facing?: Vec3, minDot = 0): SkinPoint {
  const v = nearestVertex(index, point, facing, minDot)
  if (v < 0) throw new Error(`no skin point faces [${facing?.map((f) => f.toFixed(2)).join(', ')}] with dot >= ${minDot}`)
  const { positions, normals, indices } = index.mesh
  const vertexPoint = (i: number): Vec3 => [positions[i * 3]!, positions[i * 3 + 1]!, positions[i * 3 + 2]!]
  const vertexNormal = (i: number): Vec3 => [normals[i * 3]!, normals[i * 3 + 1]!, normals[i * 3 + 2]!]
  let best: SkinPoint = { point: vertexPoint(v), normal: vertexNormal(v) }
  let bestD2 = d2Of(best.point, point)
  for (let j = index.vertexTriStart[v]!, end = index.vertexTriStart[v + 1]!; j < end; j++) {
    const t = index.vertexTris[j]!
    const ia = indices[t * 3]!
    const ib = indices[t * 3 + 1]!
    const ic = indices[t * 3 + 2]!
    const hit = closestOnTriangle(point, vertexPoint(ia), vertexPoint(ib), vertexPoint(ic))
    const d2 = d2Of(hit.point, point)
    if (d2 >= bestD2) continue
    const na = vertexNormal(ia)
    const nb = vertexNormal(ib)
    const nc = vertexNormal(ic)
    const n: Vec3 = [0, 1, 2].map((k) => hit.u * na[k]! + hit.v * nb[k]! + hit.w * nc[k]!) as Vec3
    const l = Math.hypot(n[0], n[1], n[2]) || 1
    const normal: Vec3 = [n[0] / l, n[1] / l, n[2] / l]
    if (facing && normal[0] * facing[0] + normal[1] * facing[1] + normal[2] * facing[2] < minDot) continue
    best = { point: hit.point, normal }
    bestD2 = d2
  }
  return best
}

const d2Of = (a: Vec3, b: Vec3) => (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2 + (a[2] - b[2]) ** 2

/** Closest point of triangle abc to p, with its barycentrics (Ericson, Real-Time Collision Detection 5.1.5). */
export function closestOnTriangle(p: Vec3, a: Vec3, b: Vec3, c: Vec3): { point: Vec3; u: number; v: number; w: number } {
  const ab = sub(b, a)
  const ac = sub(c, a)
  const ap = sub(p, a)
  const d1 = dot(ab, ap)
  const d2 = dot(ac, ap)
  if (d1 <= 0 && d2 <= 0) return bary(a, b, c, 1, 0, 0)
  const bp = sub(p, b)
  const d3 = dot(ab, bp)
  const d4 = dot(ac, bp)
  if (d3 >= 0 && d4 <= d3) return bary(a, b, c, 0, 1, 0)
  const vc = d1 * d4 - d3 * d2
  if (vc <= 0 && d1 >= 0 && d3 <= 0) {
    const v = d1 / (d1 - d3)
    return bary(a, b, c, 1 - v, v, 0)
  }
  const cp = sub(p, c)
  const d5 = dot(ab, cp)
  const d6 = dot(ac, cp)
  if (d6 >= 0 && d5 <= d6) return bary(a, b, c, 0, 0, 1)
  const vb = d5 * d2 - d1 * d6
  if (vb <= 0 && d2 >= 0 && d6 <= 0) {
    const w = d2 / (d2 - d6)
    return bary(a, b, c, 1 - w, 0, w)
  }
  const va = d3 * d6 - d5 * d4
  if (va <= 0 && d4 - d3 >= 0 && d5 - d6 >= 0) {
    const w = (d4 - d3) / (d4 - d3 + (d5 - d6))
    return bary(a, b, c, 0, 1 - w, w)
  }
  const denom = 1 / (va + vb + vc)
  const v = vb * denom
  const w = vc * denom
  return bary(a, b, c, 1 - v - w, v, w)
}

function bary(a: Vec3, b: Vec3, c: Vec3, u: number, v: number, w: number) {
  const point: Vec3 = [u * a[0] + v * b[0] + w * c[0], u * a[1] + v * b[1] + w * c[1], u * a[2] + v * b[2] + w * c[2]]
  return { point, u, v, w }
}
