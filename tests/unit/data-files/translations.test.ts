// Issue 13: the dataset in every language of the app. Fails when any id lacks a text in any
// language (a missing text is an error with its path, never a silent English fallback).
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadDatasetDir } from '../../../src/data/load-dataset-node'
import { loadTranslationsDir } from '../../../src/data/load-translations-node'
import { localizeDataset } from '../../../src/domain/i18n'
import type { Dataset } from '../../../src/domain/validation'

let dataset: Dataset
beforeAll(async () => {
  const loaded = await loadDatasetDir('data')
  if (!loaded.ok) throw new Error('data/ is invalid')
  dataset = loaded.dataset
})

describe('data/i18n', () => {
  it('has every language, complete for every id', () => {
    const { translations, errors } = loadTranslationsDir('data', dataset)
    expect(errors.map((e) => `${e.file}: ${e.path}: ${e.message}`)).toEqual([])
    expect([...translations.keys()].sort()).toEqual(['de', 'es'])
  })

  it('fails, with the path, when one text is missing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tpx-i18n-'))
    cpSync('data', dir, { recursive: true })
    const es = JSON.parse(readFileSync(join(dir, 'i18n/es.json'), 'utf8'))
    delete es.triggerPoints.upper_trapezius_trp1.location
    writeFileSync(join(dir, 'i18n/es.json'), JSON.stringify(es))
    const { errors } = loadTranslationsDir(dir, dataset)
    expect(errors.map((e) => `${e.file}: ${e.path}`)).toContain('i18n/es.json: triggerPoints.upper_trapezius_trp1.location')
  })

  it('names every region group in every language, and a missing group name fails with its path', () => {
    const { translations } = loadTranslationsDir('data', dataset)
    for (const [lang, t] of translations)
      for (const g of dataset.regionGroups) {
        const name = t.regionGroups[g.id]?.name
        expect(name, `${lang} ${g.id}`).toBeTruthy()
        // a translation, not an English copy
        expect(name, `${lang} ${g.id}`).not.toBe(g.name)
      }
    const dir = mkdtempSync(join(tmpdir(), 'tpx-i18n-'))
    cpSync('data', dir, { recursive: true })
    const de = JSON.parse(readFileSync(join(dir, 'i18n/de.json'), 'utf8'))
    delete de.regionGroups.neck
    writeFileSync(join(dir, 'i18n/de.json'), JSON.stringify(de))
    const { errors } = loadTranslationsDir(dir, dataset)
    expect(errors.map((e) => `${e.file}: ${e.path}: ${e.message}`)).toEqual([
      'i18n/de.json: regionGroups.neck: missing translation',
    ])
  })

  it('lets a patient search in their own words (synonyms kept with the English ones)', () => {
    const { translations } = loadTranslationsDir('data', dataset)
    const es = localizeDataset(dataset, translations.get('es')!)
    const de = localizeDataset(dataset, translations.get('de')!)
    const syn = (d: Dataset, id: string) => d.conditions.find((c) => c.id === id)!.synonyms
    expect(syn(es, 'headache')).toContain('dolor de cabeza')
    expect(syn(de, 'headache')).toContain('Kopfschmerzen')
    expect(syn(de, 'sciatica')).toContain('Ischias')
    expect(syn(es, 'sciatica')).toContain('ciática')
    expect(syn(es, 'sciatica')).toContain(syn(dataset, 'sciatica')[0])
  })

  it('keeps the numbers of the safety text (hold times, hours) in every language', () => {
    const { translations } = loadTranslationsDir('data', dataset)
    const facts = [...dataset.therapy.whatToExpect, ...dataset.therapy.contraindications, ...dataset.therapy.redFlags]
    for (const [lang, t] of translations) {
      for (const f of facts) {
        const numbers = (s: string) => (s.match(/\d+/g) ?? []).filter((n) => n !== '999').sort()
        const translated = t.therapy.facts[f.id]!.text
        expect(
          numbers(translated).filter((n) => n !== '112'),
          `${lang} ${f.id}`,
        ).toEqual(numbers(f.text))
      }
    }
  })
})
