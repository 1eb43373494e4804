// The languages the app speaks (issue 13). English is the dataset itself; every other language
// is a translation file data/i18n/<lang>.json keyed by the dataset's ids, checked for
// completeness by the validator (a missing text is an error, never a silent English fallback).
export const LANGUAGES = ['en', 'es', 'de', 'fr'] as const
export type Lang = (typeof LANGUAGES)[number]
export const DEFAULT_LANG: Lang = 'en'

/** Each language's own name, shown in the language switch. */
export const LANGUAGE_NAMES: Record<Lang, string> = { en: 'English', es: 'Español', de: 'Deutsch', fr: 'Français' }

export const isLang = (value: unknown): value is Lang =>
  typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value)

/**
 * The first supported language among the candidates, in order: `['de-AT', 'en-GB']` -> 'de'.
 * Candidates are what the user chose (link, saved choice) before what the browser says.
 */
export function pickLanguage(candidates: readonly (string | null | undefined)[]): Lang {
  for (const c of candidates) {
    if (!c) continue
    const base = c.trim().toLowerCase().split(/[-_]/)[0]
    if (isLang(base)) return base
  }
  return DEFAULT_LANG
}
