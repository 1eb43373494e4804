import { describe, expect, it } from 'vitest'
import {
  bestViewDirection,
  frameOfPaint,
  frameOfPoints,
  frameOfWeighted,
  includePoint,
  vertexAreas,
} from '../../../../src/domain/geometry'

describe('frameOfWeighted', () => {
  it('centres on the weighted points, looks along their mean normal and holds them all', () => {
    const positions = [0, 1, 0, 0.2, 1, 0, 5, 5, 5]
    const normals = [0, 0, -1, 0, 0, -1, 1, 0, 0]
    const frame = frameOfWeighted(positions, normals, [1, 1, 0])!
    expect(frame.center).toEqual([0.1, 1, 0])
    expect(frame.normal).toEqual([0, 0, -1])
    expect(frame.radius).toBeCloseTo(0.1)
  })

  it('has no preferred side when the normals point all round (a band around a limb)', () => {
    const frame = frameOfPoints(
      [
        [1, 0, 0],
        [-1, 0, 0],
        [0, 0, 1],
        [0, 0, -1],
      ],
      [
        [1, 0, 0],
        [-1, 0, 0],
        [0, 0, 1],
        [0, 0, -1],
      ],
    )!
    expect(frame.normal).toEqual([0, 0, 0])
  })

  it('returns null when nothing is weighted', () => {
    expect(frameOfWeighted([0, 0, 0], [0, 0, 1], [0])).toBeNull()
  })
})

describe('bestViewDirection', () => {
  it('sees a band wrapping from the side of the head round to the back from the side, not from the front', () => {
    // a big patch facing right (-x), a smaller one facing back (-z), a thin edge facing forward
    const normals = [-1, 0, 0, -1, 0, 0, -1, 0, 0, 0, 0, -1, 0, 0, 1]
    const d = bestViewDirection(normals, [1, 1, 1, 1, 0.2])!
    expect(d[0]).toBeLessThan(-0.7)
    expect(d[2]).toBeLessThan(0.1)
  })

  it('looks at a pattern on the back from behind', () => {
    const d = bestViewDirection([0, 0, -1, 0.1, 0, -1], [1, 1])!
    expect(d[2]).toBeLessThan(-0.9)
  })
})

describe('vertexAreas', () => {
  it('gives each vertex a third of the area of its triangles', () => {
    // unit square as two triangles: corners shared by both get 1/3, the others 1/6
    const areas = vertexAreas([0, 0, 0, 1, 0, 0, 1, 1, 0, 0, 1, 0], [0, 1, 2, 0, 2, 3])
    expect([...areas].map((a) => Number(a.toFixed(4)))).toEqual([0.3333, 0.1667, 0.3333, 0.1667])
  })
})

describe('frameOfPaint', () => {
  // four vertices on the back (normal -z) at x = 0, 0.2, 0.4, and one on the front far away
  const mesh = {
    positions: new Float32Array([0, 1, 0, 0.2, 1, 0, 0.4, 1, 0, 0, 1, 1]),
    normals: new Float32Array([0, 0, -1, 0, 0, -1, 0, 0, -1, 0, 0, 1]),
  }
  const areas = [1, 1, 1, 1]

  it('frames the painted vertices (weight >= INSIDE) from the side they face', () => {
    const paint = { essential: [1, 1, 0.4, 0], spillover: [0, 0, 0, 0] }
    const frame = frameOfPaint(mesh, areas, paint)!
    expect(frame.center[0]).toBeCloseTo(0.1)
    expect(frame.radius).toBeCloseTo(0.1)
    expect(frame.normal[2]).toBeLessThan(-0.8)
  })

  it('counts a stippled vertex less than a solid one', () => {
    const frame = frameOfPaint(mesh, areas, { essential: [1, 0, 0, 0], spillover: [0, 0, 1, 0] })!
    // centroid of x = 0 (weight 1) and x = 0.4 (weight SPILLOVER_VIEW_WEIGHT = 0.4)
    expect(frame.center[0]).toBeCloseTo(0.16 / 1.4)
  })

  it('widens the frame to hold the trigger point, and frames the point alone when nothing is painted', () => {
    const marker = { point: [1, 1, 0] as [number, number, number], normal: [0, 0, -1] as [number, number, number] }
    const paint = { essential: [1, 1, 0, 0], spillover: [0, 0, 0, 0] }
    const frame = frameOfPaint(mesh, areas, paint, marker)!
    expect(frame).toEqual(includePoint(frameOfPaint(mesh, areas, paint)!, marker.point))
    expect(frame.center[0] + frame.radius).toBeCloseTo(1)
    expect(frame.center[0] - frame.radius).toBeCloseTo(0)
    const none = { essential: [0, 0, 0, 0], spillover: [0, 0, 0, 0] }
    expect(frameOfPaint(mesh, areas, none, marker)).toEqual({ center: marker.point, normal: marker.normal, radius: 0.1 })
    expect(frameOfPaint(mesh, areas, none)).toBeNull()
  })
})
