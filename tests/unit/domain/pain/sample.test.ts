// A painted drawing as a bounded, area-weighted set of skin points (issue 10): on hand-made
// meshes (a flat sheet of skin, a thin plate with two faces), then how many points a real
// drawing of 20 or 2000 painted vertices gives on the body model.
import { describe, expect, it } from 'vitest'
import { sheetMesh } from '../../../fixtures/synthetic-mesh'
import type { SkinMesh } from '../../../../src/domain/geometry'
import { emptyDrawing, samplePainted } from '../../../../src/domain/pain'

function merge(a: SkinMesh, b: SkinMesh): SkinMesh {
  const offset = a.positions.length / 3
  return {
    positions: Float32Array.from([...a.positions, ...b.positions]),
    normals: Float32Array.from([...a.normals, ...b.normals]),
    indices: Uint32Array.from([...a.indices, ...[...b.indices].map((i) => i + offset)]),
  }
}

/** Paints the vertices of the sheet (n wide) with i in [i0, i1) and j in [j0, j1) at `weight`. */
function paintBox(d: Uint8Array, n: number, i0: number, i1: number, j0: number, j1: number, weight = 255, first = 0): void {
  for (let j = j0; j < j1; j++) for (let i = i0; i < i1; i++) d[first + j * n + i] = weight
}

describe('samplePainted', () => {
  const n = 101
  const mesh = sheetMesh(n, 0.005) // 50 cm square, 5 mm apart

  it('gives nothing for an empty drawing', () => {
    const s = samplePainted(emptyDrawing(n * n), mesh)
    expect(s.points).toEqual([])
    expect(s.weights).toEqual([])
    expect(s.areaM2).toBe(0)
  })

  it('turns a small painted patch into a few points lying on painted vertices', () => {
    const d = emptyDrawing(n * n)
    paintBox(d, n, 10, 15, 10, 14) // 20 vertices, 2.5 x 2 cm
    const s = samplePainted(d, mesh)
    expect(s.points.length).toBeGreaterThanOrEqual(1)
    expect(s.points.length).toBeLessThanOrEqual(4)
    for (const p of s.points) {
      const i = Math.round((p.point[0] - 0.01) / 0.005)
      const j = Math.round(p.point[1] / 0.005)
      expect(d[j * n + i]).toBeGreaterThan(0)
      expect(p.normal).toEqual([0, 0, 1])
    }
    expect(Math.max(...s.weights)).toBe(1)
  })

  it('bounds a large drawing to maxPoints, growing the cells', () => {
    const d = emptyDrawing(n * n)
    paintBox(d, n, 0, n, 0, n) // the whole sheet: 10201 vertices over 50 x 50 cm
    const s = samplePainted(d, mesh, { maxPoints: 100 })
    expect(s.points.length).toBeLessThanOrEqual(100)
    expect(s.points.length).toBeGreaterThan(20)
    expect(s.cell).toBeGreaterThan(0.03)
    expect(s.areaM2).toBeCloseTo(0.25, 2)
    const small = samplePainted(d, mesh, { maxPoints: 10 })
    expect(small.points.length).toBeLessThanOrEqual(10)
  })

  it('weights each point by the painted area it stands for, times the paint strength', () => {
    const d = emptyDrawing(n * n)
    // two 6 x 6 cm patches two cells apart, the second painted at half strength
    paintBox(d, n, 0, 12, 0, 12, 255)
    paintBox(d, n, 36, 48, 0, 12, 128)
    const s = samplePainted(d, mesh, { cell: 0.06 })
    const byX = s.points.map((p, i) => ({ x: p.point[0], w: s.weights[i]! })).sort((a, b) => a.x - b.x)
    const left = byX.filter((p) => p.x < 0.1).reduce((t, p) => t + p.w, 0)
    const right = byX.filter((p) => p.x > 0.15).reduce((t, p) => t + p.w, 0)
    expect(right / left).toBeCloseTo(128 / 255, 1)
  })

  it('keeps the two faces of a thin plate apart (palm and back of the hand)', () => {
    const front = sheetMesh(11, 0.005, 0.01, 0, 0.005, 1)
    const back = sheetMesh(11, 0.005, 0.01, 0, -0.005, -1)
    const plate = merge(front, back)
    const d = emptyDrawing(2 * 121).fill(255)
    const s = samplePainted(d, plate, { cell: 0.1 })
    expect(s.points).toHaveLength(2)
    expect(s.points.map((p) => p.normal[2]).sort()).toEqual([-1, 1])
  })

  it('keeps the two sides of the body apart at the midline', () => {
    const across = sheetMesh(21, 0.005, -0.05)
    const d = emptyDrawing(21 * 21).fill(255)
    const s = samplePainted(d, across, { cell: 0.2 })
    const xs = s.points.map((p) => Math.sign(p.point[0]))
    expect(xs).toContain(1)
    expect(xs).toContain(-1)
  })

  it('gives the same points for the same drawing', () => {
    const d = emptyDrawing(n * n)
    paintBox(d, n, 20, 70, 30, 40, 200)
    expect(samplePainted(d, mesh)).toEqual(samplePainted(d.slice(), mesh))
  })
})
