// shapesSpanM2: the quick size estimate the skin-point ranking breaks exact ties with (the
// pattern spanning less skin explains an equal fit more specifically).
import { describe, expect, it } from 'vitest'
import { type CompiledShape, SHAPE_CAPSULE, SHAPE_ELLIPSOID, SHAPE_STROKE } from '../../../../src/domain/geometry'
import { shapesSpanM2 } from '../../../../src/domain/pattern'

const shape = (kind: CompiledShape['kind'], p: number[], count = 0): CompiledShape => ({
  kind,
  p: Float64Array.from(p),
  count,
  feather: 0.02,
  dir: null,
  minDot: 0,
  follow: false,
  clip: null,
  box: new Float64Array(6),
})

describe('shapesSpanM2', () => {
  it('measures an ellipsoid by its two largest semi-axes', () => {
    expect(shapesSpanM2([shape(SHAPE_ELLIPSOID, [0, 0, 0, 0.03, 0.01, 0.02])])).toBeCloseTo(Math.PI * 0.03 * 0.02, 9)
  })

  it('measures a capsule and a stroke as a band with round ends', () => {
    const capsule = shapesSpanM2([shape(SHAPE_CAPSULE, [0, 0, 0, 0.1, 0, 0, 0.02])])
    expect(capsule).toBeCloseTo(2 * 0.02 * 0.1 + Math.PI * 0.02 ** 2, 9)
    // the same band as a two-point stroke (x, y, z, radius, normal)
    const stroke = shapesSpanM2([shape(SHAPE_STROKE, [0, 0, 0, 0.02, 0, 0, 1, 0.1, 0, 0, 0.02, 0, 0, 1], 2)])
    expect(stroke).toBeCloseTo(capsule, 9)
  })

  it('adds the shapes of a set, and grows with each shape', () => {
    const a = shape(SHAPE_ELLIPSOID, [0, 0, 0, 0.02, 0.02, 0.02])
    const b = shape(SHAPE_CAPSULE, [0, 0, 0, 0, 0.05, 0, 0.01])
    expect(shapesSpanM2([a, b])).toBeCloseTo(shapesSpanM2([a]) + shapesSpanM2([b]), 12)
    expect(shapesSpanM2([])).toBe(0)
  })
})
