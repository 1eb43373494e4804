// The interface's own words in the person's language (issue 13). The dataset's words (names,
// places, treatment facts) are translated in data/i18n/ and laid over the dataset
// (src/app/language.ts); these are the words of the app itself: buttons, headings, notices.
//
// One JSON file per language and namespace in src/locales/<lang>/<ns>.json. English is bundled
// (it is the reference every other language is checked against); the others are separate
// chunks, fetched only when chosen and precached by the service worker for offline use. A
// namespace is a feature (common, diary, ...), so features add words without touching others.
// tests/unit/locales checks that every language has every key, with the same placeholders.
import i18next from 'i18next'
import { initReactI18next, useTranslation } from 'react-i18next'
import { DEFAULT_LANG, type Lang } from '../../domain/i18n'
import { useLang } from '../../state/lang-store'

const english = import.meta.glob<Record<string, unknown>>('../../locales/en/*.json', { eager: true, import: 'default' })
const others = import.meta.glob<Record<string, unknown>>(['../../locales/*/*.json', '!../../locales/en/*.json'], {
  import: 'default',
})

/** 'src/locales/es/common.json' -> ['es', 'common'] */
function langAndNamespace(path: string): [string, string] {
  const m = /locales\/([^/]+)\/([^/]+)\.json$/.exec(path)
  if (!m) throw new Error(`not a locale file: ${path}`)
  return [m[1]!, m[2]!]
}

export const NAMESPACES = Object.keys(english).map((p) => langAndNamespace(p)[1])

const loaded = new Set<string>([DEFAULT_LANG])

async function loadLanguage(lang: Lang): Promise<void> {
  if (loaded.has(lang)) return
  const files = Object.entries(others).filter(([p]) => langAndNamespace(p)[0] === lang)
  await Promise.all(
    files.map(async ([path, load]) => {
      const [, ns] = langAndNamespace(path)
      i18next.addResourceBundle(lang, ns, await load(), true, true)
    }),
  )
  loaded.add(lang)
}

void i18next.use(initReactI18next).init({
  lng: DEFAULT_LANG,
  fallbackLng: DEFAULT_LANG,
  ns: NAMESPACES,
  defaultNS: 'common',
  resources: {
    [DEFAULT_LANG]: Object.fromEntries(Object.entries(english).map(([p, r]) => [langAndNamespace(p)[1], r])),
  },
  // React escapes what it renders; i18next escaping on top would show "&amp;"
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
})

async function follow(lang: Lang): Promise<void> {
  try {
    await loadLanguage(lang)
  } catch {
    // the chunk could not be fetched (offline before it was ever cached): stay in English;
    // src/app/language.ts already tells the person the words could not be loaded
  }
  if (useLang.getState().lang === lang) await i18next.changeLanguage(lang)
}

// the page's language and title follow the interface words (screen readers pick their voice
// by <html lang>; the dataset's words set it too, in src/app/language.ts)
i18next.on('languageChanged', (lang) => {
  if (typeof document === 'undefined') return
  document.documentElement.lang = lang
  document.title = i18next.t('brand')
})

void follow(useLang.getState().lang)
useLang.subscribe((s, p) => {
  if (s.lang !== p.lang) void follow(s.lang)
})

export { i18next, useTranslation }
