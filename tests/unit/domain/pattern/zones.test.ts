import { describe, expect, it } from 'vitest'
import { otherSide, zonesOf } from '../../../../src/domain/pattern'

const regions = new Map([
  ['temple', { midline: false }],
  ['posterolateral_neck', { midline: false }],
  ['occiput', { midline: false }],
  ['sternum', { midline: true }],
])
const tp = { id: 'x_trp', essentialZones: ['temple', 'sternum'], spilloverZones: ['occiput', 'posterolateral_neck'] }

describe('zonesOf', () => {
  it('puts sided zones on the trigger point side and midline zones on no side', () => {
    expect(zonesOf(tp, 'R', regions)).toEqual({
      essential: [
        { region: 'temple', side: 'R' },
        { region: 'sternum', side: null },
      ],
      spillover: [
        { region: 'occiput', side: 'R' },
        { region: 'posterolateral_neck', side: 'R' },
      ],
    })
  })

  it('adds bilateral zones on the other side too, in the same tier', () => {
    const z = zonesOf({ ...tp, bilateralZones: ['occiput', 'sternum'] }, 'L', regions)
    expect(z.essential).toEqual([
      { region: 'temple', side: 'L' },
      { region: 'sternum', side: null },
    ])
    expect(z.spillover).toEqual([
      { region: 'occiput', side: 'L' },
      { region: 'occiput', side: 'R' },
      { region: 'posterolateral_neck', side: 'L' },
    ])
  })

  it('accepts a lookup function and names an unknown region', () => {
    expect(zonesOf(tp, 'L', (id) => regions.get(id)).essential[0]).toEqual({ region: 'temple', side: 'L' })
    expect(() => zonesOf({ ...tp, essentialZones: ['templ'] }, 'L', regions)).toThrow(
      /trigger point "x_trp" names unknown region "templ"/,
    )
  })

  it('knows the other side', () => {
    expect(otherSide('L')).toBe('R')
    expect(otherSide('R')).toBe('L')
  })
})
