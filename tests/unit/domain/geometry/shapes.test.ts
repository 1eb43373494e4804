// Skin shapes (issue 10): strokes on the real body model (containment, tapering, following the
// skin, mirroring), bothSides in patterns, and a stroke's radii checked against its points.
import { beforeAll, describe, expect, it } from 'vitest'
import type { LoadedBody } from '../../../../src/data/load-body'
import {
  compileRegions,
  compileShape,
  INSIDE,
  placeOnSkin,
  shapeWeight,
  STROKE_STRIDE,
  type CompiledShape,
  type ShapeBody,
  type SkinPoint,
  type Vec3,
} from '../../../../src/domain/geometry'
import { compilePattern, patternZoneAt } from '../../../../src/domain/pattern'
import { validateDataset, type PatternShape, type RegionShape } from '../../../../src/domain/validation'
import { formatErrors } from '../../../../src/domain/dataset'
import { FIXTURE_LANDMARKS, fixtureFiles } from '../../../fixtures/dataset'
import { realSkin } from '../../../fixtures/real-body'

let body: LoadedBody
let shapeBody: Required<ShapeBody>

beforeAll(async () => {
  ;({ body, shapeBody } = await realSkin())
})

const weightAt = (s: CompiledShape, p: SkinPoint) => shapeWeight(s, ...p.point, ...p.normal)
const on = (at: string): SkinPoint => placeOnSkin(shapeBody, { at }, 'L')
const strokePoint = (s: CompiledShape, i: number): { point: Vec3; radius: number; normal: Vec3 } => {
  const o = i * STROKE_STRIDE
  const p = s.p
  return { point: [p[o]!, p[o + 1]!, p[o + 2]!], radius: p[o + 3]!, normal: [p[o + 4]!, p[o + 5]!, p[o + 6]!] }
}

/** mastoid, up behind the ear, over it to the temple: the upper trapezius "question mark" head */
const questionMark: RegionShape = {
  kind: 'stroke',
  points: [{ at: 'neck-lateral' }, { at: 'mastoid' }, { at: 'ear', offset: [0, 0.03, -0.01] }, { at: 'temple' }],
  radii: [0.02, 0.02, 0.015, 0.02],
}

describe('stroke shapes', () => {
  it('contain their own points on the skin and not skin far from the band', () => {
    const s = compileShape(questionMark, shapeBody, 'L')
    expect(s.count).toBe(4)
    for (let i = 0; i < 4; i++) {
      const { point, normal } = strokePoint(s, i)
      expect(shapeWeight(s, ...point, ...normal)).toBe(1)
    }
    expect(weightAt(s, on('temple.L'))).toBe(1)
    expect(weightAt(s, on('mastoid.L'))).toBe(1)
    for (const far of ['chin', 'glabella', 'c7', 'acromion.L', 'temple.R', 'mouth-corner.L'])
      expect(weightAt(s, on(far)), far).toBeLessThan(INSIDE)
  })

  it('taper: the radius is interpolated along each segment', () => {
    const s = compileShape(
      {
        kind: 'stroke',
        points: [{ at: 'acromion' }, { at: 'lateral-epicondyle' }],
        radii: [0.04, 0.01],
        facing: { dir: 'normal', minDot: -1 },
      },
      shapeBody,
      'L',
    )
    const a = strokePoint(s, 0)
    const b = strokePoint(s, 1)
    // a point 2.5 cm off the axis, perpendicular, near each end: inside at the wide end only
    const axis: Vec3 = [b.point[0] - a.point[0], b.point[1] - a.point[1], b.point[2] - a.point[2]]
    const perp: Vec3 = [0, 0, 1]
    const off = (t: number, d: number): Vec3 => [0, 1, 2].map((k) => a.point[k]! + t * axis[k]! + d * perp[k]!) as Vec3
    const n: Vec3 = [1, 0, 0]
    expect(shapeWeight(s, ...off(0.1, 0.025), ...n)).toBeGreaterThanOrEqual(INSIDE)
    expect(shapeWeight(s, ...off(0.9, 0.025), ...n)).toBe(0)
    // halfway the radius is 2.5 cm: 1.5 cm off is inside, 3 cm off is not
    expect(shapeWeight(s, ...off(0.5, 0.015), ...n)).toBeGreaterThanOrEqual(INSIDE)
    expect(shapeWeight(s, ...off(0.5, 0.03), ...n)).toBe(0)
  })

  it('follow the skin without a facing: a wide band on the back of the neck never paints the throat', () => {
    const band: RegionShape = {
      kind: 'stroke',
      points: [{ at: 'c7' }, { between: ['c7', 'inion'], t: 0.5 }, { at: 'inion' }],
      radii: [0.13, 0.13, 0.13],
    }
    const s = compileShape(band, shapeBody, 'L')
    const throat = on('hyoid')
    // the throat is geometrically inside the 13 cm tube ...
    const mid = strokePoint(s, 1)
    expect(Math.hypot(...([0, 1, 2].map((k) => throat.point[k]! - mid.point[k]!) as Vec3))).toBeLessThan(0.12)
    // ... but faces the other way, so it is not painted; the back of the neck is
    expect(weightAt(s, throat)).toBe(0)
    expect(weightAt(s, placeOnSkin(shapeBody, { between: ['c7', 'inion'], t: 0.5 }, 'L'))).toBe(1)
    // the same tube with a facing that admits everything does paint the throat
    const all = compileShape({ ...band, facing: { dir: [0, 0, 1], minDot: -1 } }, shapeBody, 'L')
    expect(weightAt(all, throat)).toBeGreaterThan(INSIDE)
  })

  it('mirror for the right side: the same band at the mirrored skin', () => {
    const l = compileShape(questionMark, shapeBody, 'L')
    const r = compileShape(questionMark, shapeBody, 'R')
    for (let i = 0; i < 4; i++) {
      const a = strokePoint(l, i)
      const b = strokePoint(r, i)
      expect(b.point[0]).toBeCloseTo(-a.point[0], 2)
      expect(b.point[1]).toBeCloseTo(a.point[1], 2)
      expect(b.point[2]).toBeCloseTo(a.point[2], 2)
    }
    expect(weightAt(r, on('temple.R'))).toBe(1)
    expect(weightAt(r, on('temple.L'))).toBe(0)
  })

  it('refuses a stroke whose radii do not match its points (compile and validate, with the JSON path)', () => {
    const bad: RegionShape = {
      kind: 'stroke',
      points: [{ at: 'mastoid' }, { at: 'temple' }, { at: 'zygoma' }],
      radii: [0.02, 0.02],
    }
    expect(() => compileShape(bad, shapeBody, 'L')).toThrow(/one radius per point: 3 points, 2 radii/)
    const files = fixtureFiles()
    files.muscles.muscles[0].triggerPoints[0].pattern = { essential: [bad], spillover: [] }
    files.regions.regions[0].shapes.push(bad)
    const result = validateDataset(files, { landmarkIds: FIXTURE_LANDMARKS })
    expect(result.ok).toBe(false)
    if (result.ok) return
    const text = formatErrors(result.errors)
    expect(text).toMatch(
      /muscles\.json: muscles\[0\]\.triggerPoints\[0\]\.pattern\.essential\[0\]\.radii: a stroke needs one radius per point/,
    )
    expect(text).toMatch(/regions\.json: regions\[0\]\.shapes\[\d+\]\.radii: a stroke needs one radius per point/)
  })

  it('accepts a valid pattern and outline, and checks their landmarks and muscle refs', () => {
    const files = fixtureFiles()
    files.muscles.muscles[0].triggerPoints[0].pattern = {
      essential: [questionMark],
      spillover: [{ kind: 'ellipsoid', center: { at: 'zygoma' }, radii: [0.02, 0.02, 0.02], bothSides: true }],
    }
    files.muscles.muscles[1].outline = {
      shapes: [{ kind: 'capsule', from: { at: 'zygoma' }, to: { at: 'mandible-angle' }, radius: 0.02 }],
      fibres: [{ at: 'zygoma' }, { at: 'mandible-angle' }],
      under: ['upper_trapezius'],
    }
    const landmarkIds = new Set([...FIXTURE_LANDMARKS, 'ear.L', 'ear.R'])
    expect(validateDataset(files, { landmarkIds }).ok).toBe(true)
    files.muscles.muscles[1].outline.under = ['nope']
    const result = validateDataset(files, { landmarkIds: FIXTURE_LANDMARKS })
    expect(result.ok).toBe(false)
    if (result.ok) return
    const text = formatErrors(result.errors)
    expect(text).toMatch(/muscles\[1\]\.outline\.under\[0\]: unknown muscle "nope"/)
    expect(text).toMatch(/muscles\[0\]\.triggerPoints\[0\]\.pattern\.essential\[0\]\.points\[2\]\.at: unknown landmark "ear"/)
  })
})

describe('patterns from shapes', () => {
  const tp = (essential: PatternShape[]) => ({
    id: 'test_trp',
    essentialZones: ['temple'],
    spilloverZones: [],
    pattern: { essential, spillover: [] },
  })
  const cheek: PatternShape = { kind: 'ellipsoid', center: { at: 'zygoma' }, radii: [0.025, 0.025, 0.025] }

  it('paint a shape on the trigger point side only, or on both sides with bothSides', () => {
    const regions = compileRegions([], body.landmarks)
    const one = compilePattern(tp([cheek]), 'R', shapeBody, regions, new Map())
    const both = compilePattern(tp([{ ...cheek, bothSides: true }]), 'R', shapeBody, regions, new Map())
    expect(one.source).toBe('pattern')
    expect(patternZoneAt(one, on('zygoma.R')).zone).toBe('essential')
    expect(patternZoneAt(one, on('zygoma.L')).zone).toBe(null)
    expect(patternZoneAt(both, on('zygoma.R')).zone).toBe('essential')
    expect(patternZoneAt(both, on('zygoma.L')).zone).toBe('essential')
  })
})
