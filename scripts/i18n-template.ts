// `npm run i18n:template [lang]`: writes data/i18n/template.json, every text a translator must
// give, with the English as the value (a new language starts as a copy of it). With a language
// code, lists what data/i18n/<lang>.json still lacks, with JSON paths (the validator's check).
import { readFileSync, writeFileSync } from 'node:fs'
import { loadDatasetDir } from '../src/data/load-dataset-node'
import { therapyFacts, translationErrors, type TranslationFile } from '../src/domain/i18n'

const loaded = await loadDatasetDir('data')
if (!loaded.ok) throw new Error('data/ is invalid: run npm run validate')
const d = loaded.dataset
const lang = process.argv[2]
if (lang) {
  const t = JSON.parse(readFileSync(`data/i18n/${lang}.json`, 'utf8')) as TranslationFile
  const errors = translationErrors(d, t, `i18n/${lang}.json`)
  for (const e of errors) console.log(`${e.file}: ${e.path}: ${e.message}`)
  console.log(`${errors.length} missing or wrong`)
  process.exit(errors.length ? 1 : 0)
}
const template: TranslationFile = {
  lang: 'xx',
  sources: [],
  regionGroups: Object.fromEntries(d.regionGroups.map((g) => [g.id, { name: g.name }])),
  regions: Object.fromEntries(d.regions.map((r) => [r.id, { name: r.name, plainName: r.plainName }])),
  muscles: Object.fromEntries(
    d.muscles.map((m) => [
      m.id,
      {
        name: m.name,
        plainName: m.plainName,
        action: m.action,
        symptoms: m.symptoms,
        ...(m.selfCare?.length ? { selfCare: m.selfCare.map((s) => s.text) } : {}),
      },
    ]),
  ),
  triggerPoints: Object.fromEntries(
    d.muscles.flatMap((m) =>
      m.triggerPoints.map((tp) => [tp.id, { name: tp.name, location: tp.location, ...(tp.note ? { note: tp.note } : {}) }]),
    ),
  ),
  conditions: Object.fromEntries(
    d.conditions.map((c) => [c.id, { name: c.name, plainName: c.plainName, description: c.description, synonyms: c.synonyms }]),
  ),
  therapy: {
    disclaimer: d.therapy.disclaimer,
    facts: Object.fromEntries(therapyFacts(d).map((f) => [f.id, { title: f.title, text: f.text }])),
  },
}
writeFileSync('data/i18n/template.json', JSON.stringify(template, null, 2) + '\n')
console.log('wrote data/i18n/template.json')
