// The dataset in the person's language (issue 13). The English dataset is the one source of
// truth; a translation (data/i18n/<lang>.json, fetched only when that language is chosen, and
// precached for offline use) is checked against it and laid over it (localizeDataset), then
// indexed as usual, so every panel, list and search speaks the language without knowing it.
// A translation that cannot be loaded or is incomplete leaves the English words, with a notice.
import esUrl from '../../data/i18n/es.json?url'
import deUrl from '../../data/i18n/de.json?url'
import frUrl from '../../data/i18n/fr.json?url'
import { indexDataset } from '../domain/dataset'
import { DEFAULT_LANG, isLang, LANGUAGE_NAMES, localizeDataset, type Lang } from '../domain/i18n'
import type { PreparedRanking } from '../domain/ranking'
import type { DatasetIndex } from '../domain/dataset'
import type { Dataset } from '../domain/validation'
import { useData } from '../state/data-store'
import { useLang } from '../state/lang-store'
import { pushNotice } from '../state/notice-store'

const TRANSLATION_URLS: Record<Exclude<Lang, 'en'>, string> = { es: esUrl, de: deUrl, fr: frUrl }

let base: { dataset: Dataset; index: DatasetIndex; ranking: PreparedRanking } | null = null
let generation = 0

async function datasetIn(lang: Exclude<Lang, 'en'>, english: Dataset): Promise<Dataset> {
  const res = await fetch(TRANSLATION_URLS[lang])
  if (!res.ok) throw new Error(`HTTP ${res.status}`)
  const raw: unknown = await res.json()
  const { validateTranslation } = await import('../domain/validation')
  const checked = validateTranslation(english, raw, lang, `i18n/${lang}.json`)
  if (!checked.ok)
    throw new Error(`${checked.errors.length} problems, first: ${checked.errors[0]!.path}: ${checked.errors[0]!.message}`)
  return localizeDataset(english, checked.translation)
}

async function apply(lang: Lang): Promise<void> {
  if (!base) return
  const mine = ++generation
  document.documentElement.lang = lang
  const english = base
  if (lang === DEFAULT_LANG) return useData.getState().setDataset(english.dataset, english.index, english.ranking)
  let dataset: Dataset
  try {
    dataset = await datasetIn(lang as Exclude<Lang, 'en'>, english.dataset)
  } catch (e) {
    if (mine !== generation) return
    pushNotice({
      key: 'languageFailed',
      params: { language: LANGUAGE_NAMES[lang], reason: e instanceof Error ? e.message : String(e) },
    })
    return useData.getState().setDataset(english.dataset, english.index, english.ranking)
  }
  if (mine !== generation) return
  // the ranking code comes with the validator and the panels, not before the first frame
  const { prepareRanking } = await import('../domain/ranking')
  if (mine !== generation) return
  useData.getState().setDataset(dataset, indexDataset(dataset), prepareRanking(dataset))
}

/**
 * Called once the English dataset is valid: publishes it in the chosen language (a link's
 * `?lang=` first), and again on every change of language.
 */
export async function startLanguage(english: { dataset: Dataset; index: DatasetIndex; ranking: PreparedRanking }): Promise<void> {
  const first = base === null
  base = english
  const linked = new URLSearchParams(window.location.search).get('lang')?.trim().toLowerCase()
  if (isLang(linked)) useLang.getState().setLang(linked)
  if (first) useLang.subscribe((s, p) => s.lang !== p.lang && void apply(s.lang))
  await apply(useLang.getState().lang)
}
