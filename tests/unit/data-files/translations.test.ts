// Issue 13: the dataset in every language of the app. Fails when any id lacks a text in any
// language (a missing text is an error with its path, never a silent English fallback).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadDatasetDir } from '../../../src/data/load-dataset-node'
import { loadTranslationsDir } from '../../../src/data/load-translations-node'
import { localizeDataset, type TranslationFile } from '../../../src/domain/i18n'
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
    expect([...translations.keys()].sort()).toEqual(['de', 'es', 'fr'])
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

  // one fault at a time, each on a fresh copy of data/: the error names the French file and the path
  const frFaults: [string, (fr: TranslationFile) => void, string][] = [
    [
      'a missing synonym list',
      (fr) => delete (fr.conditions.headache as Partial<TranslationFile['conditions'][string]>).synonyms,
      'conditions.headache.synonyms',
    ],
    ['an empty red flag text', (fr) => (fr.therapy.facts.chest_pain!.text = ' '), 'therapy.facts.chest_pain.text'],
    [
      'a symptom list shorter than the English',
      (fr) => void fr.muscles.upper_trapezius!.symptoms.pop(),
      'muscles.upper_trapezius.symptoms',
    ],
    ['a missing region', (fr) => delete fr.regions.temple, 'regions.temple'],
    [
      'a missing trigger point location',
      (fr) => delete (fr.triggerPoints.upper_trapezius_trp1 as { location?: string }).location,
      'triggerPoints.upper_trapezius_trp1.location',
    ],
  ]
  for (const [what, spoil, path] of frFaults) {
    it(`fails for French with ${what}, naming ${path}`, () => {
      const dir = mkdtempSync(join(tmpdir(), 'tpx-i18n-fr-'))
      cpSync('data', dir, { recursive: true })
      const fr = JSON.parse(readFileSync(join(dir, 'i18n/fr.json'), 'utf8')) as TranslationFile
      spoil(fr)
      writeFileSync(join(dir, 'i18n/fr.json'), JSON.stringify(fr))
      const { translations, errors } = loadTranslationsDir(dir, dataset)
      expect(errors.map((e) => `${e.file}: ${e.path}`)).toContain(`i18n/fr.json: ${path}`)
      // the other languages are untouched, and an incomplete French file is not used at all
      expect(errors.filter((e) => e.file !== 'i18n/fr.json')).toEqual([])
      expect(translations.has('fr')).toBe(false)
    })
  }

  it('fails when the French file is missing altogether', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tpx-i18n-nofr-'))
    cpSync('data', dir, { recursive: true })
    rmSync(join(dir, 'i18n/fr.json'))
    const { errors } = loadTranslationsDir(dir, dataset)
    expect(errors.map((e) => `${e.file}: ${e.path}`)).toEqual(['i18n/fr.json: (root)'])
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
    const fr = localizeDataset(dataset, translations.get('fr')!)
    expect(syn(fr, 'headache')).toEqual(expect.arrayContaining(['mal de tête', 'céphalée']))
    expect(syn(fr, 'sciatica')).toContain('sciatique')
    expect(syn(fr, 'low_back_pain')).toContain('mal de dos')
    expect(syn(fr, 'stiff_neck')).toContain('torticolis')
    expect(syn(fr, 'toothache')).toContain('mal aux dents')
    expect(syn(fr, 'sciatica')).toContain(syn(dataset, 'sciatica')[0])
  })

  it('keeps the numbers of the safety text (hold times, hours) in every language', () => {
    const { translations } = loadTranslationsDir('data', dataset)
    const facts = [...dataset.therapy.whatToExpect, ...dataset.therapy.contraindications, ...dataset.therapy.redFlags]
    for (const [lang, t] of translations) {
      for (const f of facts) {
        const numbers = (s: string) => (s.match(/\d+/g) ?? []).filter((n) => n !== '999').sort()
        const translated = t.therapy.facts[f.id]!.text
        // the emergency numbers a reader is told to call: 112 everywhere in Europe, and 15 (SAMU) in France
        const local = lang === 'fr' ? ['112', '15'] : ['112']
        expect(
          numbers(translated).filter((n) => !local.includes(n)),
          `${lang} ${f.id}`,
        ).toEqual(numbers(f.text))
      }
    }
  })
})
