import { describe, expect, it } from 'vitest'
import {
  flipPain,
  mergePain,
  mirrorPain,
  painAreasFromHits,
  painAreasFromRegions,
  painKey,
  removePainArea,
  sidesOf,
  painSpotsFromHits,
  areasOf,
  spotsOf,
} from '../../../../src/domain/pain'

const regionById = new Map([
  ['temple', { id: 'temple', midline: false }],
  ['mastoid', { id: 'mastoid', midline: false }],
  ['sternum', { id: 'sternum', midline: true }],
])

describe('painAreasFromHits', () => {
  it('counts a skin point for every region that contains it', () => {
    const areas = painAreasFromHits([
      [
        { region: 'temple', side: 'R', weight: 0.9 },
        { region: 'side_of_head', side: 'R', weight: 0.6 },
      ],
    ])
    expect(areas.map((a) => painKey(a.region, a.side))).toEqual(['side_of_head.R', 'temple.R'])
  })

  it('ignores hits below the inside threshold (a soft edge, not the region)', () => {
    expect(painAreasFromHits([[{ region: 'temple', side: 'R', weight: 0.3 }]])).toEqual([])
  })

  it('keeps the strongest mark of an area, not the number of points', () => {
    const areas = painAreasFromHits([
      [{ region: 'temple', side: 'R', weight: 0.6 }],
      [{ region: 'temple', side: 'R', weight: 0.9 }],
      [{ region: 'temple', side: 'R', weight: 0.7 }],
    ])
    expect(areas).toEqual([{ region: 'temple', side: 'R', weight: 0.9 }])
  })

  it('scales each point by its brush strength', () => {
    const areas = painAreasFromHits([[{ region: 'temple', side: 'R', weight: 1 }]], [0.4])
    expect(areas[0]!.weight).toBeCloseTo(0.4)
  })

  it('keeps the two sides and midline areas apart', () => {
    const areas = painAreasFromHits([
      [{ region: 'temple', side: 'R', weight: 1 }],
      [{ region: 'temple', side: 'L', weight: 1 }],
      [{ region: 'sternum', side: null, weight: 1 }],
    ])
    expect(areas.map((a) => painKey(a.region, a.side))).toEqual(['sternum', 'temple.L', 'temple.R'])
  })
})

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

describe('merging and mirroring', () => {
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

  it('flips left and right, leaving midline areas', () => {
    expect(flipPain(drawing)).toEqual([
      { region: 'sternum', side: null, weight: 1 },
      { region: 'temple', side: 'L', weight: 0.5 },
    ])
  })

  it('mirrors to the other side by adding the mirror image', () => {
    const mirrored = mirrorPain(drawing)
    expect(mirrored.map((a) => painKey(a.region, a.side))).toEqual(['sternum', 'temple.L', 'temple.R'])
    expect(mirrorPain(mirrored)).toEqual(mirrored)
    expect(sidesOf(mirrored)).toEqual(['L', 'R'])
    expect(sidesOf(drawing)).toEqual(['R'])
  })

  it('removes one area', () => {
    expect(removePainArea(drawing, 'temple', 'R')).toEqual([{ region: 'sternum', side: null, weight: 1 }])
    expect(removePainArea(drawing, 'temple', 'L')).toEqual(drawing)
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
    expect(areasOf({ spots }).map((a) => painKey(a.region, a.side))).toEqual(['dorsum_foot.R', 'lesser_toes.R'])
  })

  it('turns areas into one spot each, merging repeats', () => {
    expect(
      spotsOf([
        { region: 'temple', side: 'R', weight: 0.4 },
        { region: 'temple', side: 'R', weight: 0.8 },
      ]),
    ).toEqual([{ areas: [{ region: 'temple', side: 'R' }], weight: 0.8 }])
  })
})
