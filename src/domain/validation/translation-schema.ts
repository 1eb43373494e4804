// Schema of a translation file (data/i18n/<lang>.json, issue 13). Its completeness against the
// dataset is checked by translationErrors (src/domain/i18n), after this shape check.
import { z } from '../zod'
import { issuesToErrors, quoted, type DatasetError } from '../dataset'
import { translationErrors, type TranslationFile } from '../i18n'
import { Id, SourceKey, type Dataset } from './schema'

const Text = (max: number) => z.string().min(1).max(max)
const FactText = z.strictObject({ title: Text(160), text: Text(1000) })

export const TranslationFileSchema = z.strictObject({
  lang: z.string().regex(/^[a-z]{2}$/, 'must be a two-letter language code like "es"'),
  sources: z.array(SourceKey).min(1),
  regionGroups: z.record(Id, z.strictObject({ name: Text(120) })),
  regions: z.record(Id, z.strictObject({ name: Text(160), plainName: Text(160) })),
  muscles: z.record(
    Id,
    z.strictObject({
      name: Text(160),
      plainName: Text(200),
      action: Text(400),
      symptoms: z.array(Text(240)),
      selfCare: z.array(Text(800)).optional(),
    }),
  ),
  triggerPoints: z.record(Id, z.strictObject({ name: Text(200), location: Text(800), note: Text(1500).optional() })),
  conditions: z.record(
    Id,
    z.strictObject({ name: Text(160), plainName: Text(160), description: Text(800), synonyms: z.array(Text(100)).min(1) }),
  ),
  therapy: z.strictObject({ disclaimer: Text(1000), facts: z.record(Id, FactText) }),
})

/**
 * A translation file checked against the dataset: its shape (errors with JSON paths), every id
 * translated field by field, and its sources known. `file` names it in messages (`i18n/es.json`).
 */
export function validateTranslation(
  dataset: Dataset,
  raw: unknown,
  lang: string,
  file: string,
): { ok: true; translation: TranslationFile } | { ok: false; errors: DatasetError[] } {
  const parsed = TranslationFileSchema.safeParse(raw)
  if (!parsed.success) return { ok: false, errors: issuesToErrors(file, parsed.error.issues) }
  const t = parsed.data as TranslationFile
  const errors = translationErrors(dataset, t, file)
  if (t.lang !== lang) errors.push({ file, path: 'lang', message: `is ${quoted(t.lang)}, the file name says "${lang}"` })
  const known = new Set(dataset.sources.map((s) => s.id))
  t.sources.forEach((s, i) => {
    if (!known.has(s)) errors.push({ file, path: `sources[${i}]`, message: `unknown source ${quoted(s)}` })
  })
  return errors.length ? { ok: false, errors } : { ok: true, translation: t }
}
