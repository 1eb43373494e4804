// `query muscle` as a user runs it (DESIGN section 7, issue 10): real process, real data, real
// body model; the outline the app draws.
import { describe, expect, it } from 'vitest'
import { query, queryJson } from '../../fixtures/query-cli'

interface MuscleOut {
  muscle: string
  side: string
  depth: string
  points: { point: number[]; inside: boolean }[]
  areaCm2: number
  parts: number
}

describe('query muscle', () => {
  it('says which points lie over the muscle, in order, and its area and parts', () => {
    const m = queryJson<MuscleOut>(
      'muscle',
      'infraspinatus',
      '--side',
      'R',
      '--at',
      'scapula-infraspinous',
      '--between',
      'scapula-infraspinous,scapula-inferior-angle,0.5',
      '--at',
      'temple.R',
      '--at',
      'scapula-infraspinous.L',
      '--json',
    )
    expect(m.muscle).toBe('infraspinatus')
    expect(m.side).toBe('R')
    expect(m.depth).toBe('superficial')
    expect(m.points.map((p) => p.inside)).toEqual([true, true, false, false])
    expect(m.points[0]!.point[0]).toBeLessThan(0)
    expect(m.points[3]!.point[0]).toBeGreaterThan(0)
    // the back of the shoulder blade below its spine: tens of cm2 in one piece
    expect(m.areaCm2).toBeGreaterThan(40)
    expect(m.areaCm2).toBeLessThan(250)
    expect(m.parts).toBe(1)
  })

  it('takes offsets after @, mirrors for the other side and gives the depth', () => {
    const m = queryJson<MuscleOut>(
      'muscle',
      'piriformis',
      '--side',
      'L',
      '--between',
      'greater-trochanter,sacrum,0.5',
      '--at',
      'sacrum@0.03,0,0',
      '--at',
      'sacrum@0.03,0.14,0',
      '--json',
    )
    expect(m.depth).toBe('deep')
    expect(m.points.map((p) => p.inside)).toEqual([true, true, false])
    expect(m.points[0]!.point[0]).toBeGreaterThan(0)
    expect(m.areaCm2).toBeGreaterThan(5)
  })

  it('refuses an unknown muscle, a bad or missing side and an unknown landmark', () => {
    const unknown = query('muscle', 'infraspinatu', '--side', 'R', '--json')
    expect(unknown.code).not.toBe(0)
    expect(unknown.err).toMatch(/unknown muscle "infraspinatu"; did you mean infraspinatus/)
    expect(unknown.out).toBe('')
    const badSide = query('muscle', 'piriformis', '--side', 'X', '--json')
    expect(badSide.code).not.toBe(0)
    expect(badSide.err).toMatch(/bad side "X"/)
    const noSide = query('muscle', 'piriformis', '--json')
    expect(noSide.code).not.toBe(0)
    expect(noSide.err).toMatch(/--side L or --side R/)
    const badLm = query('muscle', 'piriformis', '--side', 'R', '--at', 'sacrm', '--json')
    expect(badLm.code).not.toBe(0)
    expect(badLm.err).toMatch(/unknown landmark "sacrm"/)
  })
})
