// The language the person reads the app in (issue 13): from a link's `?lang=`, else the choice
// kept on this device, else the browser's languages. Kept on the device (localStorage), like the
// pain drawing; a storage that refuses to save just forgets it.
import { create } from 'zustand'
import { isLang, pickLanguage, type Lang } from '../domain/i18n'

export const LANG_STORAGE_KEY = 'tpx.lang.v1'

function stored(): string | null {
  try {
    return globalThis.localStorage?.getItem(LANG_STORAGE_KEY) ?? null
  } catch {
    return null
  }
}

function browserLanguages(): readonly string[] {
  const nav = globalThis.navigator
  return nav ? (nav.languages?.length ? nav.languages : [nav.language]) : []
}

interface LangState {
  lang: Lang
  /** a person's choice (the switch, or a link): kept on the device */
  setLang: (lang: Lang) => void
}

export const useLang = create<LangState>()((set) => ({
  lang: pickLanguage([stored(), ...browserLanguages()]),
  setLang: (lang) => {
    if (!isLang(lang)) return
    try {
      globalThis.localStorage?.setItem(LANG_STORAGE_KEY, lang)
    } catch {
      // not saved: the choice still holds for this visit
    }
    set({ lang })
  },
}))
