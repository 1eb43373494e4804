import { beforeAll, describe, expect, it } from 'vitest'
import type { Landmark } from '../../../../src/domain/geometry'
import {
  landmarkFor,
  parsePlacementArg,
  placeOnSkin,
  placementSide,
  placementTarget,
  type PlacementBody,
} from '../../../../src/domain/geometry'
import { createSkinIndex } from '../../../../src/domain/geometry'
import { distance, type Vec3 } from '../../../../src/domain/geometry'
import { realSkin } from '../../../fixtures/real-body'
import { boxMesh } from '../../../fixtures/synthetic-mesh'

const lm = (id: string, point: Vec3, normal: Vec3): [string, Landmark] => [id, { id, point, normal }]

describe('placement on a synthetic slab', () => {
  // A slab 2 cm thick: its front (z = +0.01) is closer to some points between back landmarks
  // than its back is, which is exactly what the facing constraint must overcome.
  const landmarks = new Map([
    lm('back.L', [0.1, 0, -0.01], [0, 0, -1]),
    lm('back.R', [-0.1, 0, -0.01], [0, 0, -1]),
    lm('front.L', [0.1, 0, 0.01], [0, 0, 1]),
    lm('front.R', [-0.1, 0, 0.01], [0, 0, 1]),
    lm('mid-back', [0, 0.05, -0.01], [0, 0, -1]),
  ])
  const body: PlacementBody = { landmarks, skin: createSkinIndex(boxMesh(0.2, 0.2, 0.01, 20), { cellSize: 0.01 }) }

  it('resolves side-less refs by side, midline refs as they are, and full ids', () => {
    expect(landmarkFor(landmarks, 'back', 'R').id).toBe('back.R')
    expect(landmarkFor(landmarks, 'mid-back', 'R').id).toBe('mid-back')
    expect(landmarkFor(landmarks, 'back.L', 'R').id).toBe('back.L')
  })

  it('names the unknown landmark and suggests near ids', () => {
    expect(() => landmarkFor(landmarks, 'bak', 'L')).toThrow(/unknown landmark "bak"/)
    expect(() => landmarkFor(landmarks, 'back-x', 'L')).toThrow(/did you mean back\.L, back\.R/)
    expect(() => landmarkFor(landmarks, 'back.X', 'L')).toThrow(/unknown landmark "back.X"/)
  })

  it('mirrors the x offset on the right side (+x is lateral)', () => {
    const l = placementTarget(landmarks, { at: 'back', offset: [0.02, 0.01, 0] }, 'L')
    const r = placementTarget(landmarks, { at: 'back', offset: [0.02, 0.01, 0] }, 'R')
    l.point.forEach((x, k) => expect(x).toBeCloseTo([0.12, 0.01, -0.01][k]!, 12))
    r.point.forEach((x, k) => expect(x).toBeCloseTo([-0.12, 0.01, -0.01][k]!, 12))
    expect(l.facing).toEqual([0, 0, -1])
  })

  it('interpolates between landmarks and has no facing when their normals disagree', () => {
    const t = placementTarget(landmarks, { between: ['back', 'front'], t: 0.25 }, 'L')
    expect(t.point[2]).toBeCloseTo(-0.005, 12)
    expect(t.facing).toBeNull()
  })

  it('keeps a point between two back landmarks on the back, even when the front is nearer', () => {
    const placement = { between: ['back', 'mid-back'] as [string, string], t: 0.5, offset: [0, 0, 0.015] as Vec3 }
    const target = placementTarget(landmarks, placement, 'L').point
    expect(target[2]).toBeCloseTo(0.005, 12)
    const p = placeOnSkin(body, placement, 'L')
    expect(p.point[2]).toBeCloseTo(-0.01, 6)
    expect(p.normal).toEqual([0, 0, -1])
  })

  it('parses the CLI forms', () => {
    expect(parsePlacementArg('at', 'temple.R')).toEqual({ at: 'temple.R' })
    expect(parsePlacementArg('between', 'mastoid.R,neck-lateral.R,0.25')).toEqual({
      between: ['mastoid.R', 'neck-lateral.R'],
      t: 0.25,
    })
    expect(parsePlacementArg('between', 'c7,acromion.R')).toEqual({ between: ['c7', 'acromion.R'], t: 0.5 })
    expect(parsePlacementArg('at', 'temple.L@0,0.01,-0.02')).toEqual({ at: 'temple.L', offset: [0, 0.01, -0.02] })
    expect(placementSide({ between: ['c7', 'acromion.R'], t: 0.5 })).toBe('R')
    expect(placementSide({ at: 'c7' })).toBeNull()
  })

  it('refuses malformed CLI placements with a clear message', () => {
    expect(() => parsePlacementArg('between', 'a.R,b.R,1.5')).toThrow(/t must be a number from 0 to 1/)
    expect(() => parsePlacementArg('between', 'a.R')).toThrow(/--between takes/)
    expect(() => parsePlacementArg('at', 'Temple.R')).toThrow(/bad landmark id "Temple.R"/)
    expect(() => parsePlacementArg('at', 'temple.R@1,0,0')).toThrow(/bad offset/)
    expect(() => parsePlacementArg('at', 'temple.R,c7')).toThrow(/--at takes one landmark/)
  })
})

describe('placement on the real body model', () => {
  let body: PlacementBody
  beforeAll(async () => {
    body = (await realSkin()).shapeBody
  })

  it('projects every landmark onto itself (within 2 mm)', () => {
    for (const [id, l] of body.landmarks) {
      const p = placeOnSkin(body, { at: id }, 'L')
      expect(distance(p.point, l.point), id).toBeLessThan(0.002)
    }
  })

  it('keeps points between back landmarks on the back', () => {
    const cases: [string, string][] = [
      ['scapula-inferior-angle', 't8'],
      ['psis', 'l5'],
      ['scapula-superior-angle', 'c7'],
      ['scapula-spine-root', 'scapula-infraspinous'],
    ]
    for (const [a, b] of cases) {
      for (const side of ['L', 'R'] as const) {
        const p = placeOnSkin(body, { between: [a, b], t: 0.5 }, side)
        expect(p.normal[2], `${a}-${b} ${side}`).toBeLessThan(0)
      }
    }
  })

  it('puts the upper trapezius point between the base of the neck and the acromion on top of the shoulder, not on the chest', () => {
    const p = placeOnSkin(body, { between: ['c7', 'acromion'], t: 0.5 }, 'R')
    expect(p.point[0]).toBeLessThan(-0.05)
    expect(p.normal[1]).toBeGreaterThan(0.3)
    expect(p.normal[2]).toBeLessThan(0.3)
  })

  it('places the same written placement as mirror images on the two sides (within 2 mm)', () => {
    const placement = { between: ['mastoid', 'acromion'] as [string, string], t: 0.4, offset: [0.01, 0, -0.01] as Vec3 }
    const l = placeOnSkin(body, placement, 'L').point
    const r = placeOnSkin(body, placement, 'R').point
    expect(distance(l, [-r[0], r[1], r[2]])).toBeLessThan(0.002)
    expect(l[0]).toBeGreaterThan(0)
  })
})
