// The finder's reasons in the person's language are built from data (a result's `reason`,
// conditionReason) and whole-sentence templates; in English they must say exactly what the
// domain's own `explain` says, for random drawings of areas and of spots, with priors, and for
// every condition's list. So the translated reason cannot drift from the ranking.
import { beforeAll, describe, expect, it } from 'vitest'
import { loadDatasetDir } from '../../../src/data/load-dataset-node'
import type { DatasetIndex } from '../../../src/domain/dataset'
import type { PainArea, PainInput } from '../../../src/domain/pain'
import { conditionReason, rankForCondition, rankTriggerPoints, type PreparedRanking } from '../../../src/domain/ranking'
import { i18next } from '../../../src/ui/i18n'
import { conditionMatchWords, matchWords } from '../../../src/ui/match-words'
import { mulberry32 } from '../../fixtures/prng'

let index: DatasetIndex
let prepared: PreparedRanking
const en = () => i18next.getFixedT('en', 'finder')

beforeAll(async () => {
  const loaded = await loadDatasetDir('data')
  if (!loaded.ok) throw new Error('dataset does not load')
  index = loaded.index
  prepared = loaded.ranking
})

function randomDrawing(seed: number): PainInput {
  const random = mulberry32(seed)
  const regions = [...index.regionById.keys()]
  const pick = (): PainArea => {
    const region = regions[Math.floor(random() * regions.length)]!
    const midline = index.regionById.get(region)!.midline
    return { region, side: midline ? null : random() < 0.7 ? 'R' : 'L', weight: random() < 0.8 ? 1 : 0.4 }
  }
  const areas = Array.from({ length: 1 + Math.floor(random() * 5) }, pick)
  if (seed % 3 !== 0) return areas
  // spots lying in one or two areas each, as painted skin reads
  return { spots: areas.map((a) => ({ areas: random() < 0.5 ? [a] : [a, pick()], weight: a.weight })) }
}

describe('reasons of ranked results', () => {
  it('say in English what the domain explains, for 300 random drawings (seeds 1-300), counted in places and in shares', () => {
    let checked = 0
    for (let seed = 1; seed <= 300; seed++) {
      const pain = randomDrawing(seed)
      // every other drawing as a painted one's reason reads: shares of what was marked
      const explainAs = seed % 2 === 0 ? 'share' : undefined
      for (const r of rankTriggerPoints(pain, prepared, { limit: 8, ...(explainAs && { explainAs }) })) {
        expect(matchWords(en(), index, r.reason), `seed ${seed} ${r.triggerPoint}`).toBe(r.explain)
        checked++
      }
    }
    expect(checked).toBeGreaterThan(1000)
  })

  it('say in English what the domain explains for every condition', () => {
    let checked = 0
    for (const c of index.dataset.conditions) {
      for (const side of ['L', 'R'] as const) {
        for (const r of rankForCondition(c.id, prepared, { side, limit: 40 })) {
          expect(conditionMatchWords(en(), index, conditionReason(r, c.id, prepared)), `${c.id} ${r.triggerPoint}`).toBe(
            r.explain,
          )
          checked++
        }
      }
    }
    expect(checked).toBeGreaterThan(100)
  })
})
