import { describe, expect, it } from 'vitest'
import { closestOnTriangle, createSkinIndex, nearestSkinPoint, nearestVertex } from '../../../../src/domain/geometry'
import type { Vec3 } from '../../../../src/domain/geometry'
import { boxMesh, seeded, sphereMesh } from '../../../fixtures/synthetic-mesh'

const SEED = 20261123

function bruteNearest(positions: Float32Array, normals: Float32Array, p: Vec3, facing?: Vec3, minDot = 0): number {
  let best = -1
  let bestD = Infinity
  for (let v = 0; v < positions.length / 3; v++) {
    if (facing && normals[v * 3]! * facing[0] + normals[v * 3 + 1]! * facing[1] + normals[v * 3 + 2]! * facing[2] < minDot)
      continue
    const d = (positions[v * 3]! - p[0]) ** 2 + (positions[v * 3 + 1]! - p[1]) ** 2 + (positions[v * 3 + 2]! - p[2]) ** 2
    if (d < bestD) {
      bestD = d
      best = v
    }
  }
  return best
}

describe('skin index on synthetic meshes', () => {
  const sphere = sphereMesh(0.1, 24, 48)
  const index = createSkinIndex(sphere, { cellSize: 0.015 })

  it(`finds the same nearest vertex as a brute-force search (seed ${SEED})`, () => {
    const rand = seeded(SEED)
    for (let i = 0; i < 300; i++) {
      const p: Vec3 = [(rand() - 0.5) * 0.5, (rand() - 0.5) * 0.5, (rand() - 0.5) * 0.5]
      const facing: Vec3 | undefined = i % 2 === 0 ? undefined : [0, 0, rand() < 0.5 ? 1 : -1]
      const got = nearestVertex(index, p, facing, 0.2)
      const want = bruteNearest(sphere.positions, sphere.normals, p, facing, 0.2)
      const d = (v: number) =>
        Math.hypot(sphere.positions[v * 3]! - p[0], sphere.positions[v * 3 + 1]! - p[1], sphere.positions[v * 3 + 2]! - p[2])
      expect(d(got)).toBeCloseTo(d(want), 9)
    }
  })

  it('projects onto the surface along the ray from the centre, closer than the nearest vertex', () => {
    const p: Vec3 = [0.13, 0.021, 0.047]
    const hit = nearestSkinPoint(index, p)
    const r = Math.hypot(...hit.point)
    expect(r).toBeGreaterThan(0.098)
    expect(r).toBeLessThanOrEqual(0.1 + 1e-6)
    const dir = p.map((c) => c / Math.hypot(...p))
    hit.normal.forEach((c, k) => expect(c).toBeCloseTo(dir[k]!, 1))
    const v = nearestVertex(index, p)
    const vd = Math.hypot(
      sphere.positions[v * 3]! - p[0],
      sphere.positions[v * 3 + 1]! - p[1],
      sphere.positions[v * 3 + 2]! - p[2],
    )
    expect(Math.hypot(hit.point[0] - p[0], hit.point[1] - p[1], hit.point[2] - p[2])).toBeLessThanOrEqual(vd + 1e-9)
  })

  it('only returns skin that faces the requested way', () => {
    const hit = nearestSkinPoint(index, [0, 0, 0.02], [0, 0, -1], 0.6)
    expect(hit.normal[2]).toBeLessThanOrEqual(-0.6 + 1e-9)
    expect(hit.point[2]).toBeLessThan(-0.05)
  })

  it('throws when no skin faces that way', () => {
    const box = createSkinIndex(boxMesh(0.1, 0.1, 0.1, 2))
    expect(() => nearestSkinPoint(box, [0, 0, 0], [0.6, 0.8, 0], 0.9)).toThrow(/no skin point faces/)
  })

  it('answers from far outside the grid', () => {
    const hit = nearestSkinPoint(index, [3, 0, 0])
    expect(hit.point[0]).toBeGreaterThan(0.099)
  })

  it('gives barycentric closest points on a triangle', () => {
    const a: Vec3 = [0, 0, 0]
    const b: Vec3 = [1, 0, 0]
    const c: Vec3 = [0, 1, 0]
    closestOnTriangle([0.2, 0.2, 1], a, b, c).point.forEach((x, k) => expect(x).toBeCloseTo([0.2, 0.2, 0][k]!, 12))
    expect(closestOnTriangle([2, -1, 0], a, b, c)).toMatchObject({ point: [1, 0, 0], u: 0, v: 1, w: 0 })
    const edge = closestOnTriangle([1, 1, 0], a, b, c)
    edge.point.forEach((x, k) => expect(x).toBeCloseTo([0.5, 0.5, 0][k]!, 12))
  })
})
