import { describe, expect, it } from 'vitest'
import {
  emptyDrawing,
  isEmpty,
  markRegion,
  mirrorVertexMap,
  mirrorVertices,
  paintInPlace,
  painAreasOfVertices,
  regionCoverage,
  unmarkRegion,
  samplesOfDrawing,
  drawingFromSamples,
} from '../../../../src/domain/pain'
import type { VertexWeights } from '../../../../src/domain/geometry'

const region = (ids: number[], weights?: number[]): VertexWeights => ({
  vertices: Uint32Array.from(ids),
  weights: Float32Array.from(weights ?? ids.map(() => 1)),
})

describe('vertex drawing', () => {
  it('raises painted vertices to the brush weight and never darkens past it', () => {
    const d = emptyDrawing(5)
    expect(paintInPlace(d, [1, 2], [1, 0.5], false)).toBe(true)
    expect([...d]).toEqual([0, 255, 128, 0, 0])
    expect(paintInPlace(d, [1], [0.2], false)).toBe(false)
    expect(d[1]).toBe(255)
  })

  it('erases by the brush weight and ignores ids past the mesh', () => {
    const d = Uint8Array.from([255, 255, 0])
    paintInPlace(d, [0, 1, 99], [1, 0.5, 1], true)
    expect([...d]).toEqual([0, 127, 0])
  })

  it('marks the inside of a region fully and unmarks it again', () => {
    const rv = region([0, 1, 2], [1, 0.7, 0.2])
    const marked = markRegion(emptyDrawing(4), rv)
    expect([...marked]).toEqual([255, 255, 0, 0])
    expect(regionCoverage(marked, rv)).toBe(1)
    expect(isEmpty(unmarkRegion(marked, rv))).toBe(true)
  })

  it('turns painted vertices into weighted areas, dropping regions only grazed', () => {
    const temple = region([0, 1, 2, 3, 4, 5, 6, 7])
    const neck = region(Array.from({ length: 80 }, (_, i) => 10 + i))
    const d = emptyDrawing(90)
    paintInPlace(d, [0, 1, 2, 3], [1, 1, 1, 1], false) // half the temple
    paintInPlace(d, [10, 11], [1, 0.5], false) // under 2% of the neck: a graze
    const areas = painAreasOfVertices(
      d,
      new Map([
        ['temple.R', temple],
        ['posterolateral_neck.R', neck],
      ]),
    )
    expect(areas).toEqual([{ region: 'temple', side: 'R', weight: 1 }])
  })

  it('does not count a neighbour whose painted part lies inside a fully marked area', () => {
    const temple = region([0, 1, 2, 3, 4, 5, 6, 7])
    // the side of the head overlaps the temple on vertices 6 and 7
    const sideOfHead = region([6, 7, 20, 21, 22, 23])
    const d = markRegion(emptyDrawing(30), temple)
    const zones = new Map([
      ['temple.R', temple],
      ['side_of_head.R', sideOfHead],
    ])
    expect(painAreasOfVertices(d, zones).map((a) => a.region)).toEqual(['temple'])
    // painting beyond the overlap makes it a second area
    paintInPlace(d, [20, 21], [1, 1], false)
    expect(painAreasOfVertices(d, zones).map((a) => a.region)).toEqual(['side_of_head', 'temple'])
  })

  it('mirrors a drawing onto the twin vertices across x = 0', () => {
    // vertex 0 at x = +0.1 is the twin of vertex 2 at x = -0.1; vertex 1 is on the midline
    const positions = Float32Array.from([0.1, 1, 0, 0, 1.2, 0.1, -0.1, 1, 0])
    const map = mirrorVertexMap(positions)
    expect([...map]).toEqual([2, 1, 0])
    expect([...mirrorVertices(Uint8Array.from([200, 0, 0]), map)]).toEqual([200, 0, 200])
  })

  it('falls back to the nearest vertex when a mesh has no exact twin', () => {
    // vertex 2 sits 3 mm off the mirror image of vertex 0; vertex 3 is far away
    const positions = Float32Array.from([0.1, 1, 0, 0, 1.2, 0.1, -0.103, 1, 0, -0.3, 1, 0])
    expect([...mirrorVertexMap(positions)].slice(0, 3)).toEqual([2, 1, 0])
  })
})

describe('vertex drawing samples', () => {
  it('round-trips through the URL samples', () => {
    const d = Uint8Array.from([0, 255, 0, 128])
    const samples = samplesOfDrawing(d)
    expect(samples.map((s) => s.vertex)).toEqual([1, 3])
    expect([...drawingFromSamples(samples, 4)]).toEqual([...d])
  })

  it('refuses samples beyond the mesh (a drawing from another body model)', () => {
    expect(() => drawingFromSamples([{ vertex: 9, weight: 1 }], 4)).toThrow(/beyond/)
  })
})
