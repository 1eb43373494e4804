import { describe, expect, it } from 'vitest'
import { localizeDataset, pickLanguage, therapyFacts, translationErrors, type TranslationFile } from '../../../../src/domain/i18n'
import { validateDataset, TranslationFileSchema, type Dataset } from '../../../../src/domain/validation'
import { fixtureFiles } from '../../../fixtures/dataset'

function fixtureDataset(): Dataset {
  const result = validateDataset(fixtureFiles())
  if (!result.ok) throw new Error('fixture is invalid')
  return result.dataset
}

/** A complete "translation" of the fixture: every text prefixed with "ES ". */
function fullTranslation(d: Dataset): TranslationFile {
  const es = (s: string) => `ES ${s}`
  return {
    lang: 'es',
    sources: [d.sources[0]!.id],
    regionGroups: Object.fromEntries(d.regionGroups.map((g) => [g.id, { name: es(g.name) }])),
    regions: Object.fromEntries(d.regions.map((r) => [r.id, { name: es(r.name), plainName: es(r.plainName) }])),
    muscles: Object.fromEntries(
      d.muscles.map((m) => [
        m.id,
        {
          name: es(m.name),
          plainName: es(m.plainName),
          action: es(m.action),
          symptoms: m.symptoms.map(es),
          ...(m.selfCare?.length ? { selfCare: m.selfCare.map((s) => es(s.text)) } : {}),
        },
      ]),
    ),
    triggerPoints: Object.fromEntries(
      d.muscles.flatMap((m) =>
        m.triggerPoints.map((tp) => [
          tp.id,
          { name: es(tp.name), location: es(tp.location), ...(tp.note ? { note: es(tp.note) } : {}) },
        ]),
      ),
    ),
    conditions: Object.fromEntries(
      d.conditions.map((c) => [
        c.id,
        { name: es(c.name), plainName: es(c.plainName), description: es(c.description), synonyms: ['dolor de prueba'] },
      ]),
    ),
    therapy: {
      disclaimer: es(d.therapy.disclaimer),
      facts: Object.fromEntries(therapyFacts(d).map((f) => [f.id, { title: es(f.title), text: es(f.text) }])),
    },
  }
}

describe('pickLanguage', () => {
  it('takes the first supported language, by its base code', () => {
    expect(pickLanguage([null, 'it-IT', 'de-AT', 'en'])).toBe('de')
    expect(pickLanguage(['ES'])).toBe('es')
    // French from a French, Belgian, Swiss or Canadian browser, before a later English
    for (const fr of ['fr', 'fr-FR', 'fr-BE', 'fr_CH', 'FR-ca']) expect(pickLanguage([null, fr, 'en-GB'])).toBe('fr')
    expect(pickLanguage(['pt-BR', undefined])).toBe('en')
  })
})

describe('translationErrors', () => {
  it('accepts a complete translation, and the schema accepts its shape', () => {
    const d = fixtureDataset()
    const t = fullTranslation(d)
    expect(TranslationFileSchema.safeParse(t).success).toBe(true)
    expect(translationErrors(d, t, 'i18n/es.json')).toEqual([])
  })

  it('names each missing text with its path', () => {
    const d = fixtureDataset()
    const t = fullTranslation(d)
    const muscle = d.muscles[0]!
    const tp = muscle.triggerPoints[0]!
    delete (t.muscles[muscle.id] as Partial<TranslationFile['muscles'][string]>).action
    delete t.triggerPoints[tp.id]
    t.muscles[muscle.id]!.symptoms = t.muscles[muscle.id]!.symptoms.slice(1)
    t.regions['no_such_region'] = { name: 'x', plainName: 'x' }
    const errors = translationErrors(d, t, 'i18n/es.json').map((e) => `${e.file}: ${e.path}: ${e.message}`)
    expect(errors).toContain(`i18n/es.json: muscles.${muscle.id}.action: missing translation`)
    expect(errors).toContain(`i18n/es.json: triggerPoints.${tp.id}: missing translation`)
    expect(errors.some((e) => e.startsWith(`i18n/es.json: muscles.${muscle.id}.symptoms: has`))).toBe(true)
    expect(errors).toContain('i18n/es.json: regions.no_such_region: no such id in the dataset')
  })
})

describe('region group names (data, not interface words)', () => {
  it('are required for every group: a missing or empty one is an error with its path', () => {
    const d = fixtureDataset()
    const t = fullTranslation(d)
    const [first, second] = d.regionGroups
    delete t.regionGroups[first!.id]
    t.regionGroups[second!.id] = { name: ' ' }
    t.regionGroups['no_such_group'] = { name: 'x' }
    const errors = translationErrors(d, t, 'i18n/es.json').map((e) => `${e.file}: ${e.path}: ${e.message}`)
    expect(errors).toEqual([
      `i18n/es.json: regionGroups.${first!.id}: missing translation`,
      `i18n/es.json: regionGroups.${second!.id}.name: missing translation`,
      'i18n/es.json: regionGroups.no_such_group: no such id in the dataset',
    ])
  })

  it('are part of the translation file schema: a file without them is refused at that path', () => {
    const d = fixtureDataset()
    const { regionGroups: _, ...without } = fullTranslation(d)
    const parsed = TranslationFileSchema.safeParse(without)
    expect(parsed.success).toBe(false)
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toEqual(['regionGroups'])
  })

  it('are laid over the dataset, ids and regions unchanged', () => {
    const d = fixtureDataset()
    const l = localizeDataset(d, fullTranslation(d))
    expect(l.regionGroups.map((g) => g.name)).toEqual(d.regionGroups.map((g) => `ES ${g.name}`))
    expect(l.regionGroups.map((g) => [g.id, g.regions])).toEqual(d.regionGroups.map((g) => [g.id, g.regions]))
  })
})

describe('localizeDataset', () => {
  it('replaces every text a person reads and keeps ids, geometry and sources', () => {
    const d = fixtureDataset()
    const l = localizeDataset(d, fullTranslation(d))
    expect(l.muscles.map((m) => m.id)).toEqual(d.muscles.map((m) => m.id))
    expect(l.muscles[0]!.plainName).toBe(`ES ${d.muscles[0]!.plainName}`)
    expect(l.muscles[0]!.triggerPoints[0]!.location).toBe(`ES ${d.muscles[0]!.triggerPoints[0]!.location}`)
    expect(l.muscles[0]!.triggerPoints[0]!.placement).toEqual(d.muscles[0]!.triggerPoints[0]!.placement)
    expect(l.regions[0]!.shapes).toEqual(d.regions[0]!.shapes)
    expect(l.therapy.redFlags[0]!.title).toBe(`ES ${d.therapy.redFlags[0]!.title}`)
    expect(l.therapy.redFlags[0]!.sources).toEqual(d.therapy.redFlags[0]!.sources)
  })

  it('keeps the English synonyms beside the translated ones, so either finds the condition', () => {
    const d = fixtureDataset()
    const c = localizeDataset(d, fullTranslation(d)).conditions[0]!
    expect(c.synonyms).toContain('dolor de prueba')
    for (const s of d.conditions[0]!.synonyms) expect(c.synonyms).toContain(s)
  })
})
