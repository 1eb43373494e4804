// Search over the real dataset in data/ (issue 3: typo tolerance and everyday words).
import { beforeAll, describe, expect, it } from 'vitest'
import { loadDatasetDir } from '../../../../src/data/load-dataset-node'
import { createSearch } from '../../../../src/domain/search'
import type { Search } from '../../../../src/domain/search'
import type { DatasetIndex } from '../../../../src/domain/dataset'

let index: DatasetIndex
let search: Search

beforeAll(async () => {
  const loaded = await loadDatasetDir('data')
  if (!loaded.ok)
    throw new Error(
      `data/ must be valid:\n${loaded.errors
        .slice(0, 5)
        .map((e) => `${e.file}: ${e.path}: ${e.message}`)
        .join('\n')}`,
    )
  index = loaded.index
  search = createSearch(index)
})

const top = (q: string) => search(q, 1)[0]

describe('search tolerates typos', () => {
  it.each([
    ['sciatca', 'condition', 'sciatica'],
    ['tenis elbow', 'condition', 'tennis_elbow'],
    ['hedache', 'condition', 'headache'],
    ['trapezuis', 'muscle', 'upper_trapezius'],
    ['plantar fascitis', 'condition', 'plantar_fasciitis'],
    ['infraspinatis', 'muscle', 'infraspinatus'],
  ])('"%s" finds the %s %s first', (q, kind, id) => {
    expect(top(q)).toMatchObject({ kind, id })
  })
})

describe('search understands everyday words', () => {
  it.each([
    ['jaw pain', 'tmj_disorder'],
    ['pins and needles in the hand', 'carpal_tunnel'],
    ['pins and needles hand', 'carpal_tunnel'],
    ['tendonitis', 'tendonitis'],
    ['headaches', 'headache'],
    ['carpal tunnel', 'carpal_tunnel'],
    ['upper back pain', 'upper_back_pain'],
    ['low back pain', 'low_back_pain'],
    ['sciatica', 'sciatica'],
    ['hip pain', 'hip_pain'],
    ['knee pain', 'knee_pain'],
    ['IT band syndrome', 'it_band_syndrome'],
    ['calf cramps', 'calf_cramps'],
    ['plantar fasciitis', 'plantar_fasciitis'],
    ['neck pain', 'neck_pain'],
    ['shoulder pain', 'shoulder_pain'],
    ['tennis elbow', 'tennis_elbow'],
    ['migraine', 'migraine'],
  ])('"%s" finds the condition %s first', (q, id) => {
    expect(top(q)).toMatchObject({ kind: 'condition', id })
  })

  it('leads from a condition hit to the trigger points that mimic it', () => {
    const hit = top('jaw pain')!
    const tps = index.tpsForCondition(hit.id).map((t) => t.id)
    expect(tps).toContain('upper_trapezius_trp1')
    expect(tps.some((id) => id.startsWith('masseter'))).toBe(true)
  })
})

describe('search covers every entry of the dataset', () => {
  it('finds every condition by its name, plain name and each synonym within the top 3', () => {
    const misses: string[] = []
    for (const c of index.dataset.conditions) {
      for (const q of [c.name, c.plainName, ...c.synonyms]) {
        if (!search(q, 3).some((h) => h.kind === 'condition' && h.id === c.id)) misses.push(`${c.id} <- "${q}"`)
      }
    }
    expect(misses).toEqual([])
  })

  it('finds every muscle, trigger point and region by its name within the top 3', () => {
    const misses: string[] = []
    const check = (kind: string, id: string, q: string) => {
      if (!search(q, 3).some((h) => h.kind === kind && h.id === id)) misses.push(`${kind} ${id} <- "${q}"`)
    }
    for (const m of index.dataset.muscles) check('muscle', m.id, m.name)
    for (const t of index.allTriggerPoints) check('triggerPoint', t.id, t.name)
    for (const r of index.dataset.regions) check('region', r.id, r.name)
    expect(misses).toEqual([])
  })

  it('resolves an old trigger point id to the canonical one', () => {
    const aliased = index.allTriggerPoints.find((t) => (t.aliases ?? []).length > 0)!
    expect(top(aliased.aliases![0]!)).toMatchObject({ kind: 'triggerPoint', id: aliased.id })
  })

  it('finds a trigger point by words of its location', () => {
    const tp = index.tpById.get('upper_trapezius_trp1')!
    expect(tp.location.toLowerCase()).toContain('pincer')
    expect(search('pincer grip', 5).map((h) => h.id)).toContain('upper_trapezius_trp1')
  })
})

describe('search input', () => {
  it('returns nothing for empty or one-letter queries and for nonsense', () => {
    expect(search('', 10)).toEqual([])
    expect(search('a', 10)).toEqual([])
    expect(search('qqqqzzzzxxxx', 10)).toEqual([])
  })

  it('respects the limit and orders hits best first', () => {
    const hits = search('pain', 7)
    expect(hits).toHaveLength(7)
    expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => a - b))
  })

  it('gives every hit a label and a detail line', () => {
    for (const h of search('shoulder', 20)) {
      expect(h.label.length).toBeGreaterThan(0)
      expect(h.detail.length).toBeGreaterThan(0)
    }
  })

  it('survives a huge query: a list of at most the asked number of hits, nothing made up', () => {
    const hits = search('x'.repeat(100_000), 5)
    expect(Array.isArray(hits)).toBe(true)
    expect(hits.length).toBeLessThanOrEqual(5)
    // and a huge query made of a real word still finds it
    expect(search(`sciatica ${'x'.repeat(100_000)}`, 5).length).toBeLessThanOrEqual(5)
  })
})
