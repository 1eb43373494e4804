// How much skin a painted zone covers and in how many pieces (`query pattern`, issue 10): the
// triangles of the body mesh whose three vertices are inside, joined into connected pieces
// through shared vertices (welded by position, so a seam of split vertices does not cut a
// piece). Pieces under MIN_PART_CM2 are slivers at an edge, not parts of the chart: they count
// in the area but not as parts.
import type { SkinMesh } from '../geometry'

export const MIN_PART_CM2 = 2

export interface ZoneArea {
  areaCm2: number
  parts: number
}

const weldCache = new WeakMap<Float32Array, Uint32Array>()

/** For each vertex, the first vertex at the same position (0.01 mm grid). */
function weldMap(positions: Float32Array): Uint32Array {
  let weld = weldCache.get(positions)
  if (!weld) {
    const n = positions.length / 3
    weld = new Uint32Array(n)
    const seen = new Map<string, number>()
    for (let v = 0; v < n; v++) {
      const key = `${Math.round(positions[v * 3]! * 1e5)},${Math.round(positions[v * 3 + 1]! * 1e5)},${Math.round(positions[v * 3 + 2]! * 1e5)}`
      const first = seen.get(key)
      if (first === undefined) seen.set(key, v)
      weld[v] = first ?? v
    }
    weldCache.set(positions, weld)
  }
  return weld
}

/** Area (cm2) and number of pieces (each at least minPartCm2) of the triangles whose vertices are all inside. */
export function zoneArea(mesh: SkinMesh, inside: (v: number) => boolean, minPartCm2 = MIN_PART_CM2): ZoneArea {
  const { positions: P, indices: I } = mesh
  const weld = weldMap(P)
  const parent = new Map<number, number>()
  const find = (a: number): number => {
    let r = a
    while (parent.get(r)! !== r) r = parent.get(r)!
    while (parent.get(a)! !== r) {
      const next = parent.get(a)!
      parent.set(a, r)
      a = next
    }
    return r
  }
  const tris: { root: number; area: number }[] = []
  for (let t = 0; t < I.length; t += 3) {
    const a = I[t]!,
      b = I[t + 1]!,
      c = I[t + 2]!
    if (!inside(a) || !inside(b) || !inside(c)) continue
    const ux = P[b * 3]! - P[a * 3]!,
      uy = P[b * 3 + 1]! - P[a * 3 + 1]!,
      uz = P[b * 3 + 2]! - P[a * 3 + 2]!
    const vx = P[c * 3]! - P[a * 3]!,
      vy = P[c * 3 + 1]! - P[a * 3 + 1]!,
      vz = P[c * 3 + 2]! - P[a * 3 + 2]!
    const area = 0.5 * Math.hypot(uy * vz - uz * vy, uz * vx - ux * vz, ux * vy - uy * vx)
    const ws = [weld[a]!, weld[b]!, weld[c]!]
    for (const w of ws) if (!parent.has(w)) parent.set(w, w)
    const r0 = find(ws[0]!)
    for (const w of ws.slice(1)) {
      const r = find(w)
      if (r !== r0) parent.set(r, r0)
    }
    tris.push({ root: ws[0]!, area })
  }
  const byPart = new Map<number, number>()
  let total = 0
  for (const t of tris) {
    const r = find(t.root)
    byPart.set(r, (byPart.get(r) ?? 0) + t.area)
    total += t.area
  }
  const minM2 = minPartCm2 / 1e4
  const parts = [...byPart.values()].filter((a) => a >= minM2).length
  return { areaCm2: Number((total * 1e4).toFixed(1)), parts }
}
