// The query CLI as a user runs it (DESIGN section 7): real process, real data, real body model.
import { describe, expect, it } from 'vitest'
import { query, queryJson } from '../../fixtures/query-cli'

describe('query where', () => {
  it('prints the skin point, its normal, its regions and its side as JSON', () => {
    const w = queryJson<{ point: number[]; normal: number[]; regions: string[]; side: string }>(
      'where',
      '--at',
      'temple.R',
      '--json',
    )
    expect(w.point).toHaveLength(3)
    expect(w.point[0]).toBeLessThan(0)
    expect(Math.hypot(...w.normal)).toBeCloseTo(1, 2)
    expect(w.regions).toContain('temple')
    expect(w.side).toBe('R')
  })

  it('prints one object per placement, in order, with null side on the midline', () => {
    const list = queryJson<{ side: string | null; regions: string[] }[]>(
      'where',
      '--at',
      'c7',
      '--between',
      'mastoid.R,neck-lateral.R,0.5',
      '--at',
      'temple',
      '--side',
      'L',
      '--json',
    )
    expect(list.map((w) => w.side)).toEqual([null, 'R', 'L'])
    expect(list[2]!.regions).toContain('temple')
  })

  it('places a midline landmark offset sideways on the right by default, as find does', () => {
    // +x of an offset is lateral in the frame of the side: R (DEFAULT_SIDE) puts it at x < 0
    const w = queryJson<{ point: number[]; side: string | null }>('where', '--at', 'c7@0.03,0,0', '--json')
    expect(w.point[0]).toBeLessThan(-0.02)
    expect(w.side).toBe('R')
  })

  it('prints readable text without --json', () => {
    const r = query('where', '--at', 'temple.L')
    expect(r.code, r.err).toBe(0)
    expect(r.out).toMatch(/--at temple\.L: \(.*\) side L, in temple/)
  })

  it('refuses an unknown landmark, a bilateral landmark without side and a bad side', () => {
    const unknown = query('where', '--at', 'templ.R', '--json')
    expect(unknown.code).not.toBe(0)
    expect(unknown.err).toMatch(/unknown landmark "templ.R"/)
    expect(unknown.out).toBe('')
    const sideless = query('where', '--at', 'temple')
    expect(sideless.code).not.toBe(0)
    expect(sideless.err).toMatch(/landmark "temple" \(in temple\) has a side: write temple.L or temple.R, or pass --side/)
    const badSide = query('where', '--at', 'temple', '--side', 'X')
    expect(badSide.code).not.toBe(0)
    expect(badSide.err).toMatch(/bad side "X"/)
    const badT = query('where', '--between', 'mastoid.R,c7,2')
    expect(badT.code).not.toBe(0)
    expect(badT.err).toMatch(/t must be a number from 0 to 1/)
  })
})

describe('query zones', () => {
  it('prints the essential and spillover region ids of a trigger point on one side', () => {
    const z = queryJson<{ essential: string[]; spillover: string[]; essentialZones: { side: string | null }[] }>(
      'zones',
      'upper_trapezius_trp1',
      '--side',
      'R',
      '--json',
    )
    expect(z.essential).toContain('posterolateral_neck')
    expect(z.essential).toContain('temple')
    expect(z.essentialZones.every((e) => e.side === 'R' || e.side === null)).toBe(true)
    expect(Array.isArray(z.spillover)).toBe(true)
  })

  it('resolves a reference alias to its trigger point', () => {
    const r = query('zones', 'gmin_posterior_trp', '--side', 'L', '--json')
    expect(r.code, r.err).toBe(0)
    expect((JSON.parse(r.out) as { triggerPoint: string }).triggerPoint).toBe('gluteus_minimus_posterior_trp')
  })

  it('refuses an unknown trigger point, a missing or bad side and an unknown command', () => {
    const unknown = query('zones', 'no_such_trp', '--side', 'R', '--json')
    expect(unknown.code).not.toBe(0)
    expect(unknown.err).toMatch(/unknown trigger point "no_such_trp"/)
    expect(query('zones', 'upper_trapezius_trp1').err).toMatch(/give --side L or --side R/)
    expect(query('zones', 'upper_trapezius_trp1', '--side', 'left').err).toMatch(/bad side "left"/)
    expect(query('zones', 'upper_trapezius_trp1', '--side', 'R', '--frob').err).toMatch(/unknown option --frob/)
    const cmd = query('frobnicate')
    expect(cmd.code).not.toBe(0)
    expect(cmd.err).toMatch(/unknown command "frobnicate"/)
  })
})

describe('query pattern', () => {
  interface PatternOut {
    triggerPoint: string
    side: string
    source: string
    points: { point: number[]; zone: string | null }[]
    essential: { areaCm2: number; parts: number }
    spillover: { areaCm2: number; parts: number }
  }

  it('says which zone covers each point, in order, and the area and pieces of each zone', () => {
    const p = queryJson<PatternOut>(
      'pattern',
      'upper_trapezius_trp1',
      '--side',
      'R',
      '--at',
      'temple.R',
      '--between',
      'mastoid,neck-lateral,0.5',
      '--at',
      'knee-lateral.R',
      '--at',
      'temple.L',
      '--json',
    )
    expect(p.triggerPoint).toBe('upper_trapezius_trp1')
    expect(p.side).toBe('R')
    expect(p.points.map((x) => x.zone)).toEqual(['essential', 'essential', null, null])
    expect(p.points[0]!.point[0]).toBeLessThan(0)
    expect(p.points[3]!.point[0]).toBeGreaterThan(0)
    // a neck-to-temple pattern: tens of cm2, not a sliver, not half the head
    expect(p.essential.areaCm2).toBeGreaterThan(40)
    expect(p.essential.areaCm2).toBeLessThan(400)
    expect(p.essential.parts).toBeGreaterThanOrEqual(1)
    expect(p.spillover.areaCm2).toBeGreaterThan(5)
  })

  it('takes offsets after @ and mirrors for the other side', () => {
    const p = queryJson<PatternOut>(
      'pattern',
      'upper_trapezius_trp1',
      '--side',
      'L',
      '--at',
      'temple.L@0,0,0',
      '--at',
      'temple.L@0.15,0.15,0.15',
      '--json',
    )
    expect(p.points.map((x) => x.zone)).toEqual(['essential', null])
  })

  it('refuses an unknown trigger point, a missing side and an unknown landmark', () => {
    const unknown = query('pattern', 'upper_trapezius_trp9', '--side', 'R', '--json')
    expect(unknown.code).not.toBe(0)
    expect(unknown.err).toMatch(/unknown trigger point "upper_trapezius_trp9"; did you mean upper_trapezius_trp1/)
    const noSide = query('pattern', 'upper_trapezius_trp1', '--json')
    expect(noSide.code).not.toBe(0)
    expect(noSide.err).toMatch(/--side L or --side R/)
    const badLm = query('pattern', 'upper_trapezius_trp1', '--side', 'R', '--at', 'templ.R', '--json')
    expect(badLm.code).not.toBe(0)
    expect(badLm.err).toMatch(/unknown landmark "templ.R"/)
  })
})
