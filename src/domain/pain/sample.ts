// A painted drawing (a weight per body vertex, drawing.ts) as a few skin points for the ranking
// (issue 10): the finder ranks what was painted against the drawn patterns, point by point, as
// `find --at/--between` does. 20 or 2000 painted vertices both become at most `maxPoints`
// points: the painted skin is cut into cells of a few centimetres, and each cell gives one
// point, the painted vertex nearest the cell's paint centre (so it lies on the skin, with the
// skin's own normal), weighted by the painted area it stands for (vertex area x paint strength).
// A cell holds only vertices on one side of the body and facing one way, so the palm and the
// back of a thin hand, or the two inner thighs, never merge into one point.
import { type SkinMesh, type SkinPoint, facingAxis, sideOfPoint, skinAreas } from '../geometry'
import type { VertexDrawing } from './drawing'

export interface SampleOptions {
  /** cell edge in metres */
  cell?: number
  /** at most this many points: the cells grow (x1.5) until the drawing fits */
  maxPoints?: number
}

export const SAMPLE_DEFAULTS: Required<SampleOptions> = { cell: 0.03, maxPoints: 100 }

export interface PaintedSample {
  points: SkinPoint[]
  /** per point, 0..1: the painted area it stands for, relative to the largest one */
  weights: number[]
  /** the painted area of the whole drawing, m2 (each vertex's area times its paint strength) */
  areaM2: number
  /** the cell edge the drawing needed to fit `maxPoints`, metres */
  cell: number
}

/** Cell of each painted vertex (-1 where unpainted) and the number of cells, at edge `cell`. */
function cellsOf(
  painted: readonly number[],
  mesh: SkinMesh,
  cell: number,
): { cellOf: Int32Array; count: number; keys: Map<string, number> } {
  const { positions: p, normals: n } = mesh
  const keys = new Map<string, number>()
  const cellOf = new Int32Array(painted.length)
  painted.forEach((v, i) => {
    const x = p[3 * v]!
    const side = sideOfPoint(x) ?? 'M'
    const key = `${Math.floor(x / cell)},${Math.floor(p[3 * v + 1]! / cell)},${Math.floor(p[3 * v + 2]! / cell)},${side},${facingAxis(n[3 * v]!, n[3 * v + 1]!, n[3 * v + 2]!)}`
    let c = keys.get(key)
    if (c === undefined) keys.set(key, (c = keys.size))
    cellOf[i] = c
  })
  return { cellOf, count: keys.size, keys }
}

/**
 * The painted drawing as at most `maxPoints` weighted skin points, in a fixed order (the order
 * of the first vertex of each cell), so the same drawing always gives the same points.
 */
export function samplePainted(d: VertexDrawing, mesh: SkinMesh, options: SampleOptions = {}): PaintedSample {
  const o = { ...SAMPLE_DEFAULTS, ...options }
  const { positions: p, normals: n } = mesh
  const area = skinAreas(mesh)
  const painted: number[] = []
  const vertexCount = Math.min(d.length, p.length / 3)
  for (let v = 0; v < vertexCount; v++) if (d[v]! > 0) painted.push(v)
  let cell = o.cell
  let cells = cellsOf(painted, mesh, cell)
  for (let i = 0; i < 20 && cells.count > o.maxPoints; i++) cells = cellsOf(painted, mesh, (cell *= 1.5))
  const { cellOf, count } = cells
  const mass = new Float64Array(count)
  const centre = new Float64Array(count * 3)
  let areaM2 = 0
  painted.forEach((v, i) => {
    const w = area[v]! * (d[v]! / 255)
    const c = cellOf[i]!
    areaM2 += w
    mass[c]! += w
    for (let k = 0; k < 3; k++) centre[3 * c + k]! += w * p[3 * v + k]!
  })
  for (let c = 0; c < count; c++) for (let k = 0; k < 3; k++) centre[3 * c + k]! /= mass[c] || 1
  const nearest = new Int32Array(count).fill(-1)
  const nearestD = new Float64Array(count).fill(Infinity)
  painted.forEach((v, i) => {
    const c = cellOf[i]!
    const dx = p[3 * v]! - centre[3 * c]!
    const dy = p[3 * v + 1]! - centre[3 * c + 1]!
    const dz = p[3 * v + 2]! - centre[3 * c + 2]!
    const dd = dx * dx + dy * dy + dz * dz
    if (dd < nearestD[c]!) {
      nearestD[c] = dd
      nearest[c] = v
    }
  })
  let heaviest = 0
  for (let c = 0; c < count; c++) heaviest = Math.max(heaviest, mass[c]!)
  const points: SkinPoint[] = []
  const weights: number[] = []
  for (let c = 0; c < count; c++) {
    const v = nearest[c]!
    if (v < 0 || !(mass[c]! > 0)) continue
    points.push({ point: [p[3 * v]!, p[3 * v + 1]!, p[3 * v + 2]!], normal: [n[3 * v]!, n[3 * v + 1]!, n[3 * v + 2]!] })
    weights.push(mass[c]! / heaviest)
  }
  return { points, weights, areaM2, cell }
}
