// Node: the translation files of a dataset folder (<dir>/i18n/<lang>.json), each checked
// against the dataset. A folder without i18n/ has no translations (a minimal dataset is valid);
// a folder with it must have every language of LANGUAGES, complete (issue 13).
import { existsSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { DatasetError } from '../domain/dataset'
import { DEFAULT_LANG, LANGUAGES, type TranslationFile } from '../domain/i18n'
import { validateTranslation, type Dataset } from '../domain/validation'

export function loadTranslationsDir(
  dir: string,
  dataset: Dataset,
): { translations: Map<string, TranslationFile>; errors: DatasetError[] } {
  const translations = new Map<string, TranslationFile>()
  const errors: DatasetError[] = []
  const folder = join(dir, 'i18n')
  if (!existsSync(folder)) return { translations, errors }
  for (const lang of LANGUAGES) {
    if (lang === DEFAULT_LANG) continue
    const file = `i18n/${lang}.json`
    const path = join(dir, file)
    if (!existsSync(path) || !statSync(path).isFile()) {
      errors.push({ file, path: '(root)', message: 'file is missing (every language of the app needs one)' })
      continue
    }
    let raw: unknown
    try {
      raw = JSON.parse(readFileSync(path, 'utf8'))
    } catch (e) {
      errors.push({ file, path: '(root)', message: `is not valid JSON: ${e instanceof Error ? e.message : String(e)}` })
      continue
    }
    const result = validateTranslation(dataset, raw, lang, file)
    if (result.ok) translations.set(lang, result.translation)
    else errors.push(...result.errors)
  }
  return { translations, errors }
}
