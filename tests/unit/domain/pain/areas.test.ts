import { describe, expect, it } from 'vitest'
import { mergePain, painAreasFromRegions, sidesOf, painSpotsFromHits, areasOf, spotsOf } from '../../../../src/domain/pain'
import { zoneKey } from '../../../../src/domain/geometry'

const regionById = new Map([
  ['temple', { id: 'temple', midline: false }],
  ['mastoid', { id: 'mastoid', midline: false }],
  ['sternum', { id: 'sternum', midline: true }],
])

describe('painAreasFromRegions', () => {
  it('marks whole regions on one side, midline regions without side', () => {
    expect(painAreasFromRegions(['temple', 'sternum'], 'R', regionById)).toEqual([
      { region: 'sternum', side: null, weight: 1 },
      { region: 'temple', side: 'R', weight: 1 },
    ])
  })

  it('marks both sides when asked', () => {
    expect(painAreasFromRegions(['mastoid'], 'both', regionById).map((a) => a.side)).toEqual(['L', 'R'])
  })

  it('refuses an unknown region by name', () => {
    expect(() => painAreasFromRegions(['templ'], 'R', regionById)).toThrow('unknown region "templ"')
  })
})

describe('merging', () => {
  const drawing = [
    { region: 'temple', side: 'R' as const, weight: 0.5 },
    { region: 'sternum', side: null, weight: 1 },
  ]

  it('merges drawings keeping the strongest weight and clamping to 1', () => {
    const merged = mergePain(drawing, [{ region: 'temple', side: 'R', weight: 3 }], [{ region: 'mastoid', side: 'R', weight: 0 }])
    expect(merged).toEqual([
      { region: 'sternum', side: null, weight: 1 },
      { region: 'temple', side: 'R', weight: 1 },
    ])
  })

  it('lists the sides a drawing touches (midline areas touch none)', () => {
    expect(sidesOf(drawing)).toEqual(['R'])
    expect(sidesOf([...drawing, { region: 'temple', side: 'L', weight: 0.2 }])).toEqual(['L', 'R'])
    expect(sidesOf([{ region: 'sternum', side: null, weight: 1 }])).toEqual([])
  })
})

describe('painSpotsFromHits', () => {
  it('makes one spot per painted point, with every region containing it graded against the best', () => {
    const spots = painSpotsFromHits([
      [
        { region: 'lesser_toes', side: 'R', weight: 0.9 },
        { region: 'dorsum_foot', side: 'R', weight: 0.6 },
        { region: 'lateral_foot', side: 'R', weight: 0.2 },
      ],
      [{ region: 'calf', side: 'R', weight: 0.3 }],
    ])
    expect(spots).toHaveLength(1)
    expect(spots[0]!.areas.map((a) => [a.region, a.weight])).toEqual([
      ['lesser_toes', 1],
      ['dorsum_foot', 0.6 / 0.9],
    ])
    expect(areasOf({ spots }).map((a) => zoneKey(a.region, a.side))).toEqual(['dorsum_foot.R', 'lesser_toes.R'])
  })

  it('turns areas into one spot each, merging repeats', () => {
    expect(
      spotsOf([
        { region: 'temple', side: 'R', weight: 0.4 },
        { region: 'temple', side: 'R', weight: 0.8 },
      ]),
    ).toEqual([{ areas: [{ region: 'temple', side: 'R' }], weight: 0.8 }])
  })

  it('leaves out points in no region (hits below the inside threshold) and scales by brush strength', () => {
    const spots = painSpotsFromHits(
      [[{ region: 'temple', side: 'R', weight: 0.3 }], [{ region: 'temple', side: 'R', weight: 1 }]],
      [1, 0.4],
    )
    expect(spots).toEqual([{ areas: [{ region: 'temple', side: 'R', weight: 1 }], weight: 0.4 }])
  })

  it('reads areas back at the strongest spot that contains each', () => {
    const spots = painSpotsFromHits(
      [
        [{ region: 'temple', side: 'R', weight: 0.6 }],
        [{ region: 'temple', side: 'R', weight: 0.9 }],
        [{ region: 'sternum', side: null, weight: 1 }],
      ],
      [0.5, 0.9, 1],
    )
    expect(areasOf({ spots })).toEqual([
      { region: 'sternum', side: null, weight: 1 },
      { region: 'temple', side: 'R', weight: 0.9 },
    ])
  })
})
