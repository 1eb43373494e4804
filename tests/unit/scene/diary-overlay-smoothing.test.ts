// Issue 13: a diary drawing is smoothed over the skin before the overlay cuts it, so the edge of
// an all-or-nothing drawing is a smooth line rather than a zigzag along the triangles.
import { describe, expect, it } from 'vitest'
import { smoothOverSkin, vertexNeighbours } from '../../../src/scene/diary-overlay-smoothing'

/** a W x H grid of vertices, two triangles per square */
function grid(w: number, h: number): { indices: number[]; count: number } {
  const indices: number[] = []
  for (let y = 0; y + 1 < h; y++)
    for (let x = 0; x + 1 < w; x++) {
      const v = y * w + x
      indices.push(v, v + 1, v + w, v + 1, v + w + 1, v + w)
    }
  return { indices, count: w * h }
}

describe('smoothing a diary drawing over the skin', () => {
  it('lists each vertex’s neighbours along the triangles', () => {
    const { indices, count } = grid(3, 3)
    const n = vertexNeighbours(indices, count)
    const of = (v: number) => [...new Set(n.items.slice(n.start[v], n.start[v + 1]))].sort((a, b) => a - b)
    expect(of(4)).toEqual([1, 2, 3, 5, 6, 7])
    expect(of(0)).toEqual([1, 3])
  })

  it('turns a step into a slope: the level line of a painted half lies where the step was', () => {
    const w = 12
    const { indices, count } = grid(w, 6)
    const drawing = Uint8Array.from({ length: count }, (_, v) => (v % w >= 6 ? 255 : 0))
    const out = smoothOverSkin(drawing, vertexNeighbours(indices, count), 2, new Uint8Array(count))
    const row = Array.from(out.slice(2 * w, 3 * w))
    // far from the edge unchanged; across it a slope that rises once, crossing the half
    expect(row.slice(0, 3)).toEqual([0, 0, 0])
    expect(row.slice(9)).toEqual([255, 255, 255])
    for (let x = 1; x < w; x++) expect(row[x]!).toBeGreaterThanOrEqual(row[x - 1]!)
    expect(row[5]!).toBeLessThan(128)
    expect(row[6]!).toBeGreaterThan(128)
    expect(row[4]! > 0 && row[7]! < 255).toBe(true)
  })

  it('keeps an empty drawing empty and the input as it was', () => {
    const { indices, count } = grid(4, 4)
    const drawing = new Uint8Array(count)
    drawing[5] = 255
    const out = smoothOverSkin(drawing, vertexNeighbours(indices, count), 2, new Uint8Array(count))
    expect(drawing[5]).toBe(255)
    expect(out[5]!).toBeGreaterThan(0)
    expect(Array.from(smoothOverSkin(new Uint8Array(count), vertexNeighbours(indices, count), 2, new Uint8Array(count)))).toEqual(
      new Array(count).fill(0),
    )
  })
})
