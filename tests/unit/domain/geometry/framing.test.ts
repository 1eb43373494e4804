import { describe, expect, it } from 'vitest'
import { bestViewDirection, frameOfPoints, frameOfWeighted, vertexAreas } from '../../../../src/domain/geometry'

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
