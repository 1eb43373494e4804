// Is every id of the dataset translated, field by field? Used by the validator (`npm run
// validate`, the app's loader and a unit test over data/), so a missing text is an error with
// its path (`i18n/es.json: muscles.deltoid.action: missing`), never a silent English fallback.
import type { DatasetError } from '../dataset'
import type { Dataset, Fact } from '../validation'
import type { TranslationFile } from './translation'

const THERAPY_LISTS = ['whatToExpect', 'contraindications', 'causes', 'painDrivers', 'techniques', 'redFlags'] as const

export const therapyFacts = (d: Dataset): Fact[] => THERAPY_LISTS.flatMap((l) => d.therapy[l])

export function translationErrors(dataset: Dataset, t: TranslationFile, file: string): DatasetError[] {
  const errors: DatasetError[] = []
  const missing = (path: string) => errors.push({ file, path, message: 'missing translation' })
  const extra = (path: string) => errors.push({ file, path, message: 'no such id in the dataset' })
  const text = (value: unknown, path: string) => {
    if (typeof value !== 'string' || value.trim() === '') missing(path)
  }
  const list = (value: unknown, length: number, path: string) => {
    if (!Array.isArray(value)) return missing(path)
    if (value.length !== length) errors.push({ file, path, message: `has ${value.length} entries, the English has ${length}` })
    value.forEach((v, i) => text(v, `${path}[${i}]`))
  }
  const section = <T>(
    name: string,
    entries: readonly { id: string }[],
    got: Record<string, T> | undefined,
    check: (e: T, id: string, path: string) => void,
  ) => {
    const ids = new Set(entries.map((e) => e.id))
    for (const e of entries) {
      const path = `${name}.${e.id}`
      const value = got?.[e.id]
      if (value === undefined) missing(path)
      else check(value, e.id, path)
    }
    for (const id of Object.keys(got ?? {})) if (!ids.has(id)) extra(`${name}.${id}`)
  }
  const musclesById = new Map(dataset.muscles.map((m) => [m.id, m]))
  const tps = dataset.muscles.flatMap((m) => m.triggerPoints)
  const tpById = new Map(tps.map((tp) => [tp.id, tp]))
  section('regionGroups', dataset.regionGroups, t.regionGroups, (g, _id, p) => text(g.name, `${p}.name`))
  section('regions', dataset.regions, t.regions, (r, _id, p) => {
    text(r.name, `${p}.name`)
    text(r.plainName, `${p}.plainName`)
  })
  section('muscles', dataset.muscles, t.muscles, (m, id, p) => {
    const en = musclesById.get(id)!
    text(m.name, `${p}.name`)
    text(m.plainName, `${p}.plainName`)
    text(m.action, `${p}.action`)
    list(m.symptoms, en.symptoms.length, `${p}.symptoms`)
    if (en.selfCare?.length) list(m.selfCare, en.selfCare.length, `${p}.selfCare`)
  })
  section('triggerPoints', tps, t.triggerPoints, (tp, id, p) => {
    const en = tpById.get(id)!
    text(tp.name, `${p}.name`)
    text(tp.location, `${p}.location`)
    if (en.note) text(tp.note, `${p}.note`)
  })
  section('conditions', dataset.conditions, t.conditions, (c, _id, p) => {
    text(c.name, `${p}.name`)
    text(c.plainName, `${p}.plainName`)
    text(c.description, `${p}.description`)
    if (!Array.isArray(c.synonyms) || c.synonyms.length === 0) missing(`${p}.synonyms`)
    else c.synonyms.forEach((s, i) => text(s, `${p}.synonyms[${i}]`))
  })
  text(t.therapy?.disclaimer, 'therapy.disclaimer')
  section('therapy.facts', therapyFacts(dataset), t.therapy?.facts, (f, _id, p) => {
    text(f.title, `${p}.title`)
    text(f.text, `${p}.text`)
  })
  return errors
}
