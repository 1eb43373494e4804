// Issue 13: a French-speaking patient finds their complaint in their own words, with the
// accents left off and a letter wrong, as Spanish and German patients do.
import { beforeAll, describe, expect, it } from 'vitest'
import { loadDatasetDir } from '../../../src/data/load-dataset-node'
import { loadTranslationsDir } from '../../../src/data/load-translations-node'
import { indexDataset } from '../../../src/domain/dataset'
import { localizeDataset } from '../../../src/domain/i18n'
import { createSearch, type Search } from '../../../src/domain/search'

let search: Search
beforeAll(async () => {
  const loaded = await loadDatasetDir('data')
  if (!loaded.ok) throw new Error('data/ is invalid')
  const fr = loadTranslationsDir('data', loaded.dataset).translations.get('fr')
  if (!fr) throw new Error('data/i18n/fr.json is missing or invalid')
  search = createSearch(indexDataset(localizeDataset(loaded.dataset, fr)))
})

describe('search in French', () => {
  const cases: [string, string][] = [
    ['mal de tête', 'headache'],
    ['mal de tete', 'headache'],
    ['céphalée', 'headache'],
    ['cephalee', 'headache'],
    ['maux de tête', 'headache'],
    ['sciatique', 'sciatica'],
    ['sciatqiue', 'sciatica'],
    ['mal de dos', 'low_back_pain'],
    ['lombalgie', 'low_back_pain'],
    ['torticolis', 'stiff_neck'],
    ['torticoli', 'stiff_neck'],
    ['mal aux dents', 'toothache'],
    ['mal au dents', 'toothache'],
    ['canal carpien', 'carpal_tunnel'],
    ['tendinite', 'tendonitis'],
  ]
  for (const [query, id] of cases) {
    it(`"${query}" finds ${id} among the first three conditions`, () => {
      const conditions = search(query)
        .filter((h) => h.kind === 'condition')
        .slice(0, 3)
        .map((h) => h.id)
      expect(conditions).toContain(id)
    })
  }

  it('still finds the English words', () => {
    expect(search('sciatica')[0]).toMatchObject({ kind: 'condition', id: 'sciatica' })
  })
})
