// The scoring rules of ranking.ts on a small inline dataset, where every number can be checked
// by hand: essential over spillover, the outside penalty, sides, bilateral and midline zones,
// ties, determinism and the plain-words explanation.
import { describe, expect, it } from 'vitest'
import type { Muscle, Region, TriggerPoint } from '../../../../src/domain/validation'
import type { PainArea } from '../../../../src/domain/pain'
import {
  groupByMuscle,
  prepareRanking,
  rankTriggerPoints,
  RANK_DEFAULTS,
  type CoverOf,
  type RankedPoint,
  withPrior,
} from '../../../../src/domain/ranking'
import { conditionPain, findCondition, rankForCondition } from '../../../../src/domain/ranking'

const region = (id: string, plainName: string, midline = false): Region => ({
  id,
  name: plainName,
  plainName,
  group: 'test',
  view: 'lateral',
  midline,
  definition: 'test region',
  shapes: [{ kind: 'ellipsoid', center: { at: 'c7' }, radii: [0.05, 0.05, 0.05] }],
})

const tp = (id: string, essentialZones: string[], spilloverZones: string[] = [], bilateralZones?: string[]): TriggerPoint => ({
  id,
  name: id,
  location: 'test',
  placement: { at: 'c7' },
  palpation: 'posterior',
  essentialZones,
  spilloverZones,
  laterality: bilateralZones ? 'ipsilateral_with_bilateral_zones' : 'ipsilateral',
  ...(bilateralZones && { bilateralZones }),
  sources: ['test'],
})

const muscle = (id: string, triggerPoints: TriggerPoint[], mimics: string[] = []): Muscle => ({
  id,
  name: id,
  plainName: id,
  group: 'test',
  bodyArea: 'head_neck',
  depth: 'superficial',
  attachments: { origin: { at: 'c7' }, insertion: { at: 'c7' } },
  action: 'test',
  mimics,
  symptoms: [],
  triggerPoints,
  sources: ['test'],
})

const regions = [
  region('temple', 'temple'),
  region('mastoid', 'behind the ear'),
  region('neck', 'side of the neck'),
  region('eye', 'around the eye'),
  region('jaw', 'angle of the jaw'),
  region('forehead', 'forehead'),
  region('sternum', 'breastbone', true),
]
const conditions = [
  {
    id: 'headache',
    aliases: ['head_pain'],
    name: 'Headache',
    plainName: 'headache',
    synonyms: ['sore head'],
    description: 'test',
  },
]
/** the same condition with cited common causes (the clinical priors) */
const conditionsWithPriors = [
  {
    ...conditions[0]!,
    commonCauses: [
      { triggerPoint: 'trap_1', level: 'most_common' as const, sources: ['test'] },
      { triggerPoint: 'scm_clav', level: 'common' as const, sources: ['test'] },
    ],
  },
]

const muscles = [
  muscle('trap', [tp('trap_1', ['neck', 'mastoid', 'temple'], ['jaw', 'eye'])], ['headache']),
  muscle('temporalis', [tp('temporalis_1', ['temple'], ['eye'])], ['headache']),
  muscle('wide', [tp('wide_1', ['temple', 'mastoid', 'neck', 'eye', 'jaw'])]),
  muscle('scm', [tp('scm_clav', ['forehead'], ['eye'], ['forehead'])], ['headache']),
  // two patterns identical in every way: only the id may order them
  muscle('twin_b', [tp('twin_b_1', ['jaw'])]),
  muscle('twin_a', [tp('twin_a_1', ['jaw'])]),
  muscle('sternal', [tp('sternal_1', ['sternum'], ['neck'])]),
]
const prepared = prepareRanking({ muscles, regions, conditions })
const withPriors = prepareRanking({ muscles, regions, conditions: conditionsWithPriors })

const R = (region: string, weight = 1): PainArea => ({ region, side: 'R', weight })
const L = (region: string, weight = 1): PainArea => ({ region, side: 'L', weight })
const rank = (pain: PainArea[], limit = 100) => rankTriggerPoints(pain, prepared, { limit })

describe('rankTriggerPoints', () => {
  it('puts first the pattern whose main area covers the whole drawing', () => {
    const [best] = rank([R('temple'), R('neck'), R('mastoid')])
    expect(best).toMatchObject({ muscle: 'trap', triggerPoint: 'trap_1', side: 'R' })
    expect(best!.essentialMatches).toEqual(['neck.R', 'mastoid.R', 'temple.R'])
  })

  it('scores explained share x (1 - penalty x unmarked share of the pattern)', () => {
    const r = rank([R('temple'), R('neck'), R('mastoid')]).find((x) => x.triggerPoint === 'trap_1' && x.side === 'R')!
    // all 3 areas explained; unmarked: jaw and eye, spillover, 0.2 each, over 3 + 2 x 0.2
    const expected = 1 * (1 - RANK_DEFAULTS.outsidePenalty * (0.4 / 3.4))
    expect(r.score).toBeCloseTo(expected, 3)
  })

  it('counts an area covered only by a spillover zone at half', () => {
    const r = rank([R('eye')]).find((x) => x.triggerPoint === 'temporalis_1')!
    expect(r.spilloverMatches).toEqual(['eye.R'])
    expect(r.essentialMatches).toEqual([])
    // explained 0.5; unmarked: temple (essential, 1) over 1 + 0.2
    expect(r.score).toBeCloseTo(0.5 * (1 - 0.3 * (1 / 1.2)), 3)
  })

  it('prefers the tighter pattern when two explain the same areas', () => {
    const names = rank([R('temple')]).map((r) => r.triggerPoint)
    expect(names.indexOf('temporalis_1')).toBeLessThan(names.indexOf('trap_1'))
    expect(names.indexOf('trap_1')).toBeLessThan(names.indexOf('wide_1'))
  })

  it('gives a trigger point on the other side no credit for sided areas', () => {
    const results = rank([R('temple'), R('neck')])
    expect(results.every((r) => r.side === 'R')).toBe(true)
    expect(rank([L('temple')]).every((r) => r.side === 'L')).toBe(true)
  })

  it('ranks each side on its own for a drawing on both sides', () => {
    const results = rank([R('temple'), L('jaw')])
    expect(results.find((r) => r.triggerPoint === 'temporalis_1')?.side).toBe('R')
    expect(results.find((r) => r.triggerPoint === 'twin_a_1')?.side).toBe('L')
  })

  it('reaches the other side through bilateral zones, at reduced credit', () => {
    const results = rank([L('forehead')])
    const own = results.find((r) => r.triggerPoint === 'scm_clav' && r.side === 'L')!
    const cross = results.find((r) => r.triggerPoint === 'scm_clav' && r.side === 'R')!
    // a bilateral essential zone is part of the main pain area, on the other side
    expect(cross.essentialMatches).toEqual(['forehead.L'])
    expect(cross.spilloverMatches).toEqual([])
    expect(cross.score).toBeLessThan(own.score)
    expect(cross.explain).toBe('its main pain area covers 1 of your 1 marked area (forehead (left side))')
    expect(cross.explain).not.toMatch(/wider area/)
  })

  it('lists a pattern reached only through a midline area once, for either side', () => {
    const results = rank([{ region: 'sternum', side: null, weight: 1 }])
    const sternal = results.filter((r) => r.triggerPoint === 'sternal_1')
    expect(sternal).toHaveLength(1)
    expect(sternal[0]).toMatchObject({ side: 'R', eitherSide: true, essentialMatches: ['sternum'] })
  })

  it('breaks exact ties by trigger point id, whatever the dataset order', () => {
    const ids = rank([R('jaw')]).map((r) => r.triggerPoint)
    expect(ids.indexOf('twin_a_1')).toBeLessThan(ids.indexOf('twin_b_1'))
    const reversed = prepareRanking({ muscles: [...muscles].reverse(), regions, conditions })
    expect(rankTriggerPoints([R('jaw')], reversed, { limit: 100 })).toEqual(rank([R('jaw')]))
  })

  it('is deterministic: the same drawing in any order gives the same result', () => {
    const a = rank([R('temple'), R('neck'), R('eye', 0.5)])
    const b = rank([R('eye', 0.5), R('neck'), R('temple')])
    expect(b).toEqual(a)
    expect(rank([R('temple'), R('neck'), R('eye', 0.5)])).toEqual(a)
  })

  it('weighs areas by how strongly they are marked', () => {
    const strongTemple = rank([R('temple', 1), R('jaw', 0.2)])
    const strongJaw = rank([R('temple', 0.2), R('jaw', 1)])
    expect(strongTemple[0]!.essentialMatches).toContain('temple.R')
    expect(strongJaw[0]!.essentialMatches).toContain('jaw.R')
  })

  it('keeps scores in [0, 1] and sorted best first', () => {
    const results = rank([R('temple'), R('neck'), L('jaw'), { region: 'sternum', side: null, weight: 1 }])
    for (const r of results) expect(r.score).toBeGreaterThanOrEqual(0)
    for (const r of results) expect(r.score).toBeLessThanOrEqual(1)
    for (let i = 1; i < results.length; i++) expect(results[i - 1]!.score).toBeGreaterThanOrEqual(results[i]!.score)
  })

  it('returns nothing for an empty drawing or areas no pattern reaches', () => {
    expect(rank([])).toEqual([])
    expect(rank([R('nowhere')])).toEqual([])
  })

  it('counts areas no pattern reaches against every pattern', () => {
    const alone = rank([R('temple')]).find((r) => r.triggerPoint === 'temporalis_1')!
    const withStray = rank([R('temple'), R('nowhere')]).find((r) => r.triggerPoint === 'temporalis_1')!
    expect(withStray.score).toBeCloseTo(alone.score / 2, 3)
  })

  it('honours limit and minScore', () => {
    expect(rank([R('temple')], 2)).toHaveLength(2)
    const all = rankTriggerPoints([R('temple')], prepared, { limit: 100, minScore: 0.9 })
    expect(all.every((r) => r.score >= 0.9)).toBe(true)
  })

  it('explains in plain words which of the marked areas the pattern covers', () => {
    const [best] = rank([R('temple'), R('mastoid'), R('neck'), R('forehead')])
    expect(best!.explain).toBe('its main pain area covers 3 of your 4 marked areas (side of the neck, behind the ear, temple)')
    const t = rank([R('temple'), R('eye')]).find((r) => r.triggerPoint === 'temporalis_1')!
    expect(t.explain).toBe(
      'its main pain area covers 1 of your 2 marked areas (temple); its wider area reaches 1 more (around the eye)',
    )
    const e = rank([R('eye')]).find((r) => r.triggerPoint === 'temporalis_1')!
    expect(e.explain).toBe('only its wider area reaches 1 of your 1 marked area (around the eye)')
  })

  it('carries the conditions the muscle mimics', () => {
    expect(rank([R('temple')]).find((r) => r.muscle === 'temporalis')!.mimics).toEqual(['headache'])
  })
})

describe('groupByMuscle', () => {
  it('groups trigger points under their muscle in the order of the best one', () => {
    const results = rank([R('temple'), R('jaw')])
    const groups = groupByMuscle(results)
    expect(groups.map((g) => g.muscle)).toEqual([...new Set(results.map((r) => r.muscle))])
    for (const g of groups) expect(g.score).toBe(g.points[0]!.score)
    expect(groups.reduce((n, g) => n + g.points.length, 0)).toBe(results.length)
  })
})

describe('rankForCondition', () => {
  it('finds a condition by id, alias, plain name or synonym', () => {
    expect(findCondition(conditions, 'headache')?.id).toBe('headache')
    expect(findCondition(conditions, 'head_pain')?.id).toBe('headache')
    expect(findCondition(conditions, 'Sore Head')?.id).toBe('headache')
    expect(findCondition(conditions, 'sciatica')).toBeUndefined()
  })

  it('builds the usual pain area from the patterns of the mimicking muscles', () => {
    const pain = conditionPain('headache', prepared)
    // temple: essential in trap and temporalis (2), eye: spillover in all three (1.5)
    expect(pain.find((a) => a.region === 'temple')!.weight).toBe(1)
    expect(pain.find((a) => a.region === 'eye')!.weight).toBeCloseTo(0.75)
    expect(pain.every((a) => a.side === 'R')).toBe(true)
  })

  it('lists only the mimicking muscles, on the asked side, most common causes first', () => {
    const results = rankForCondition('headache', withPriors, { side: 'L' })
    expect(results.map((r) => r.muscle)).toEqual(['trap', 'scm', 'temporalis'])
    expect(results.every((r) => r.side === 'L')).toBe(true)
    expect(results[0]!.explain).toBe(
      'one of the most common causes of headache; its main pain area: side of the neck, behind the ear, temple',
    )
    expect(results[1]!.explain).toMatch(/^a common cause of headache; /)
    expect(results[2]!.explain).toMatch(/^often mistaken for headache; its main pain area: temple/)
    expect(results.map((r) => r.prior?.level)).toEqual(['most_common', 'common', undefined])
  })

  it('orders by typicality alone when the condition lists no common causes', () => {
    const results = rankForCondition('headache', prepared, { side: 'L' })
    expect(new Set(results.map((r) => r.muscle))).toEqual(new Set(['trap', 'temporalis', 'scm']))
    expect(results[results.length - 1]!.muscle).toBe('scm')
    expect(results.every((r) => r.prior === undefined)).toBe(true)
    for (let i = 1; i < results.length; i++) expect(results[i - 1]!.score).toBeGreaterThanOrEqual(results[i]!.score)
  })

  it('looks a condition up by alias as by id', () => {
    expect(rankForCondition('head_pain', prepared).length).toBeGreaterThan(0)
    expect(rankForCondition('head_pain', prepared)).toEqual(rankForCondition('headache', prepared))
    expect(conditionPain('head_pain', prepared)).toEqual(conditionPain('headache', prepared))
  })

  it('returns nothing for a condition no muscle mimics', () => {
    expect(rankForCondition('sciatica', prepared)).toEqual([])
  })
})

describe('preparing', () => {
  it('prepares every trigger point on both sides with its zones and cited priors', () => {
    const p = withPriors
    expect(p.points).toHaveLength(2 * muscles.flatMap((m) => m.triggerPoints).length)
    const trapR = p.points.find((x) => x.tp.id === 'trap_1' && x.side === 'R')!
    expect(trapR.zones.map((z) => p.keys[z.key])).toEqual(['neck.R', 'mastoid.R', 'temple.R', 'jaw.R', 'eye.R'])
    expect(trapR.priors).toEqual([{ condition: 'headache', level: 'most_common' }])
    expect(p.points.find((x) => x.tp.id === 'wide_1')!.priors).toEqual([])
    // the usual area of headache, both sides: temple is the most shared area
    const usual = p.usualAreas.get('headache')!
    expect(usual[p.keyIndex.get('temple.L')!]).toBe(1)
    expect(usual[p.keyIndex.get('temple.R')!]).toBe(1)
    expect(p.conditionById.get('head_pain')?.id).toBe('headache')
    // without common causes there are no priors and no usual areas to test drawings against
    expect(prepared.usualAreas.size).toBe(0)
    expect(prepared.points.every((x) => x.priors.length === 0)).toBe(true)
  })
})

describe('clinical priors', () => {
  it('raises the odds of a most common cause: a perfect fit stays 1, scores stay in [0, 1]', () => {
    expect(withPrior(1, 1)).toBe(1)
    expect(withPrior(0.5, 1)).toBeCloseTo(2 / 3)
    expect(withPrior(0.5, 0.4)).toBeCloseTo(0.7 / 1.2)
    expect(withPrior(0, 1)).toBe(0)
  })

  it('puts a most common cause above an equally fitting pattern and says so in plain words', () => {
    // aaa_1 draws exactly trap_1's pattern and sorts first by id: only the prior can order them
    const copy = muscle('aaa', [tp('aaa_1', ['neck', 'mastoid', 'temple'], ['jaw', 'eye'])], ['headache'])
    const both = prepareRanking({ muscles: [...muscles, copy], regions, conditions: conditionsWithPriors })
    const pain = [R('temple'), R('neck')]
    const off = { most_common: 0, common: 0, occasional: 0 }
    const plain = rankTriggerPoints(pain, both, { limit: 100, priorWeights: off })
    expect(plain.slice(0, 2).map((r) => r.triggerPoint)).toEqual(['aaa_1', 'trap_1'])
    expect(plain.every((r) => r.prior === undefined)).toBe(true)
    const ranked = rankTriggerPoints(pain, both, { limit: 100 })
    expect(ranked.slice(0, 2).map((r) => r.triggerPoint)).toEqual(['trap_1', 'aaa_1'])
    const trap = ranked[0]!
    expect(trap.score).toBeCloseTo(withPrior(plain[1]!.score, RANK_DEFAULTS.priorWeights.most_common), 2)
    expect(trap.prior).toEqual({ condition: 'headache', level: 'most_common' })
    expect(trap.explain).toBe(
      'its main pain area covers 2 of your 2 marked areas (side of the neck, temple); one of the most common causes of headache',
    )
    // a clearly tighter pattern keeps its place: the prior reorders similar fits only
    const temple = rankTriggerPoints([R('temple')], withPriors, { limit: 100 })
    expect(temple[0]!.triggerPoint).toBe('temporalis_1')
    expect(temple.find((r) => r.triggerPoint === 'trap_1')!.prior?.level).toBe('most_common')
  })

  it('applies a prior only when most of the drawing lies in the condition usual area', () => {
    const rankP = (pain: PainArea[]) => rankTriggerPoints(pain, withPriors, { limit: 100 })
    const outside = rankP([{ region: 'sternum', side: null, weight: 1 }])
    expect(outside.length).toBeGreaterThan(0)
    expect(outside.every((r) => r.prior === undefined)).toBe(true)
    // one of three spots in the usual area of headache (the breastbone and an unknown area are not)
    const third = rankP([R('temple'), { region: 'sternum', side: null, weight: 1 }, R('nowhere')])
    expect(third.find((r) => r.triggerPoint === 'trap_1')!.prior).toBeUndefined()
    const most = rankP([R('temple'), R('neck'), { region: 'sternum', side: null, weight: 1 }])
    expect(most.find((r) => r.triggerPoint === 'trap_1')!.prior).toEqual({ condition: 'headache', level: 'most_common' })
  })
})

describe('painted spots', () => {
  it('counts a spot in two regions as explained by a pattern naming either', () => {
    const spot = {
      areas: [
        { region: 'temple', side: 'R' as const },
        { region: 'forehead', side: 'R' as const },
      ],
      weight: 1,
    }
    const results = rankTriggerPoints({ spots: [spot] }, prepared, { limit: 100 })
    const temporalis = results.find((r) => r.triggerPoint === 'temporalis_1')!
    const scm = results.find((r) => r.triggerPoint === 'scm_clav' && r.side === 'R')!
    // each explains the whole spot; as separate areas each would explain only half
    expect(temporalis.score).toBeGreaterThan(0.8)
    expect(scm.score).toBeGreaterThan(0.8)
    const asAreas = rank([R('temple'), R('forehead')]).find((r) => r.triggerPoint === 'temporalis_1')!
    expect(asAreas.score).toBeLessThan(0.5)
    expect(temporalis.explain).toBe('its main pain area covers 1 of your 1 marked spot (temple)')
  })

  it('gives the same ranking for areas and for one spot per area', () => {
    const areas = [R('temple'), R('neck', 0.5), { region: 'sternum', side: null, weight: 1 }]
    const spots = areas.map((a) => ({ areas: [{ region: a.region, side: a.side }], weight: a.weight }))
    // the same ranking; only the words differ (areas vs spots)
    const strip = (rs: RankedPoint[]) =>
      rs.map(({ explain: _explain, reason, ...r }) => ({ ...r, reason: { ...reason, unit: null } }))
    const fromSpots = rankTriggerPoints({ spots }, prepared, { limit: 100 })
    expect(strip(fromSpots)).toEqual(strip(rank(areas)))
    expect(fromSpots[0]!.explain).toMatch(/of your 3 marked spots/)
  })
})

describe('spots at region borders', () => {
  it('credits a spot by how firmly it lies in the area a pattern reaches', () => {
    // deep in the temple, at the edge of the forehead
    const spot = {
      areas: [
        { region: 'temple', side: 'R' as const, weight: 1 },
        { region: 'forehead', side: 'R' as const, weight: 0.6 },
      ],
      weight: 1,
    }
    const results = rankTriggerPoints({ spots: [spot] }, prepared, { limit: 100 })
    const temporalis = results.find((r) => r.triggerPoint === 'temporalis_1')!
    const scm = results.find((r) => r.triggerPoint === 'scm_clav' && r.side === 'R')!
    expect(temporalis.score).toBeGreaterThan(scm.score)
    // forehead marked at 0.6, so 0.4 of it counts as unmarked, plus the spillover eye (0.2)
    expect(scm.score).toBeCloseTo(0.6 * (1 - 0.3 * ((0.4 + 0.2) / 1.2)), 3)
  })

  it('orders equal scores by how many marked areas the main pattern covers, before the id', () => {
    const extra = muscle('zz_fronto', [tp('zz_fronto_1', ['forehead', 'temple'], ['eye', 'jaw'])])
    const withExtra = prepareRanking({ muscles: [...muscles, extra], regions, conditions })
    const spots = [
      { areas: [{ region: 'forehead', side: 'R' as const }], weight: 1 },
      {
        areas: [
          { region: 'forehead', side: 'R' as const },
          { region: 'temple', side: 'R' as const },
        ],
        weight: 1,
      },
    ]
    const results = rankTriggerPoints({ spots }, withExtra, { limit: 100 })
    const fronto = results.findIndex((r) => r.triggerPoint === 'zz_fronto_1')
    const scm = results.findIndex((r) => r.triggerPoint === 'scm_clav' && r.side === 'R')
    expect(results[fronto]!.score).toBe(results[scm]!.score)
    expect(fronto).toBeLessThan(scm)
  })
})

describe('skin points against drawn patterns (cover)', () => {
  // a spot in no region, and one in the temple: only the drawn patterns know the first
  const spots = [
    { areas: [], weight: 1 },
    { areas: [{ region: 'temple', side: 'R' as const }], weight: 1 },
  ]

  it('credits a spot where the drawn pattern covers it, whatever its regions', () => {
    const cover: CoverOf = (p, spot) =>
      p.tp.id === 'trap_1' && p.side === 'R' ? { zone: spot === 0 ? 'essential' : 'spillover', contralateral: false } : null
    const results = rankTriggerPoints({ spots }, prepared, { limit: 100, cover })
    expect(results.map((r) => `${r.triggerPoint}.${r.side}`)).toEqual(['trap_1.R'])
    const [trap] = results
    // explained (1 + 0.5) / 2; the unmarked named zones: neck, mastoid (essential), jaw, eye (spillover)
    const outside = (2 + 0.4) / 3.4
    expect(trap!.score).toBeCloseTo(0.75 * (1 - 0.3 * outside), 3)
    expect(trap!.explain).toBe('its main pain area covers 1 of your 2 marked spots; its wider area reaches 1 more (temple)')
    expect(trap!.spilloverMatches).toEqual(['temple.R'])
  })

  it('gives a spot on the other side of the body the contralateral credit', () => {
    const cover: CoverOf = (p) =>
      p.tp.id === 'temporalis_1' && p.side === 'L' ? { zone: 'essential', contralateral: true } : null
    const [r] = rankTriggerPoints({ spots: [spots[1]!] }, prepared, { limit: 100, cover })
    expect(r).toMatchObject({ triggerPoint: 'temporalis_1', side: 'L' })
    // half credit; temple.L (its own essential zone) unmarked, the eye spillover too
    expect(r!.score).toBeCloseTo(0.5 * (1 - 0.3 * (1.2 / 1.2)), 3)
  })
})
