// What the painted skin covers (issue 10): the finder's "You marked" list and its "too broad"
// message follow the painted skin, not a count of regions. On a hand-made sheet of skin with
// rectangular regions: the share of the body, which regions are named (share threshold,
// largest first, a brush edge grazing a neighbour left out, a region nested in a more
// completely painted one left out) and the too-broad limit.
import { describe, expect, it } from 'vitest'
import { sheetMesh } from '../../../fixtures/synthetic-mesh'
import type { VertexWeights } from '../../../../src/domain/geometry'
import { COVER_DEFAULTS, TOO_BROAD_SHARE, coversTooMuch, emptyDrawing, paintedCover } from '../../../../src/domain/pain'

const n = 101
const mesh = sheetMesh(n, 0.005) // 50 cm square

/** The vertices with i in [i0, i1) and j in [j0, j1), all fully inside. */
function box(i0: number, i1: number, j0: number, j1: number): VertexWeights {
  const vertices: number[] = []
  for (let j = j0; j < j1; j++) for (let i = i0; i < i1; i++) vertices.push(j * n + i)
  return { vertices: Uint32Array.from(vertices), weights: new Float32Array(vertices.length).fill(1) }
}

function paint(d: Uint8Array, i0: number, i1: number, j0: number, j1: number, weight = 255): void {
  for (let j = j0; j < j1; j++) for (let i = i0; i < i1; i++) d[j * n + i] = weight
}

// four quadrants of the sheet, a small region inside the first, one on the midline
const zones = new Map<string, VertexWeights>([
  ['temple.R', box(0, 50, 0, 50)],
  ['side_of_head.R', box(50, 101, 0, 50)],
  ['posterolateral_neck.R', box(0, 50, 50, 101)],
  ['mastoid.R', box(40, 50, 40, 50)],
  ['sternum', box(50, 101, 50, 101)],
])

describe('paintedCover', () => {
  it('gives nothing for an empty drawing', () => {
    expect(paintedCover(emptyDrawing(n * n), mesh, zones)).toEqual({ areaM2: 0, bodyShare: 0, regions: [] })
  })

  it('measures the painted share of the body, counting paint strength', () => {
    const d = emptyDrawing(n * n)
    paint(d, 0, 101, 0, 101)
    expect(paintedCover(d, mesh, zones).bodyShare).toBeCloseTo(1, 5)
    const half = emptyDrawing(n * n)
    paint(half, 0, 101, 0, 101, 128)
    expect(paintedCover(half, mesh, zones).bodyShare).toBeCloseTo(128 / 255, 3)
    const quarter = emptyDrawing(n * n)
    paint(quarter, 0, 50, 0, 50)
    const c = paintedCover(quarter, mesh, zones)
    expect(c.bodyShare).toBeGreaterThan(0.2)
    expect(c.bodyShare).toBeLessThan(0.26)
    expect(c.areaM2).toBeCloseTo(c.bodyShare * 0.25, 4)
  })

  it('names the regions the painting covers, largest painted area first', () => {
    const d = emptyDrawing(n * n)
    paint(d, 0, 30, 0, 30) // most of it in the temple
    paint(d, 0, 15, 55, 70) // a smaller patch on the neck
    const c = paintedCover(d, mesh, zones)
    expect(c.regions.map((r) => `${r.region}.${r.side}`)).toEqual(['temple.R', 'posterolateral_neck.R'])
    expect(c.regions[0]!.shareOfPaint).toBeGreaterThan(c.regions[1]!.shareOfPaint)
    const total = c.regions.reduce((s, r) => s + r.shareOfPaint, 0)
    expect(total).toBeCloseTo(1, 5)
  })

  it('leaves out a region the brush edge only grazes', () => {
    const d = emptyDrawing(n * n)
    paint(d, 0, 52, 0, 40) // the whole width of the temple, 2 columns into the side of the head
    const c = paintedCover(d, mesh, zones)
    expect(c.regions.map((r) => r.region)).toEqual(['temple'])
    // the same graze, made wider, is named once it holds a tenth of the paint
    const wide = emptyDrawing(n * n)
    paint(wide, 0, 60, 0, 40)
    expect(paintedCover(wide, mesh, zones).regions.map((r) => r.region)).toEqual(['temple', 'side_of_head'])
  })

  it('names a small region painted on its own, and not the big one around it', () => {
    const d = emptyDrawing(n * n)
    paint(d, 41, 49, 41, 49) // inside the mastoid, which lies inside the temple
    const c = paintedCover(d, mesh, zones)
    expect(c.regions.map((r) => r.region)).toEqual(['mastoid'])
  })

  it('names a midline region without a side', () => {
    const d = emptyDrawing(n * n)
    paint(d, 60, 90, 60, 90)
    expect(paintedCover(d, mesh, zones).regions).toEqual([expect.objectContaining({ region: 'sternum', side: null })])
  })

  it('names each region of a wide painting that it covers well, even when each holds little of the paint', () => {
    const many = new Map<string, VertexWeights>()
    for (let k = 0; k < 20; k++) many.set(`band${k}.R`, box(0, 101, 5 * k, 5 * k + 5))
    const d = emptyDrawing(n * n)
    paint(d, 0, 101, 0, 100)
    const c = paintedCover(d, mesh, many)
    expect(c.regions).toHaveLength(20)
    for (const r of c.regions) expect(r.shareOfPaint).toBeLessThan(COVER_DEFAULTS.minShareOfPaint)
  })
})

describe('coversTooMuch', () => {
  it('is decided by the painted share of the body, not by how many regions it touches', () => {
    expect(coversTooMuch({ bodyShare: TOO_BROAD_SHARE + 0.01 })).toBe(true)
    expect(coversTooMuch({ bodyShare: TOO_BROAD_SHARE - 0.01 })).toBe(false)
    // many small regions, little skin: not too broad
    const many = new Map<string, VertexWeights>()
    for (let k = 0; k < 40; k++) many.set(`spot${k}.R`, box(2 * k, 2 * k + 2, 0, 2))
    const d = emptyDrawing(n * n)
    paint(d, 0, 80, 0, 2)
    const c = paintedCover(d, mesh, many)
    expect(c.regions.length).toBe(40)
    expect(coversTooMuch(c)).toBe(false)
  })
})
