// Issue 13: the finder's own clear button clears the drawing only, and says exactly that in
// every language; "Clear my data" (which also removes the diary and the quiz progress) is a
// different button with different words, so no one confuses the two.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { LANGUAGES } from '../../../src/domain/i18n'

const ROOT = join(import.meta.dirname, '../../../src/locales')
const read = (lang: string, ns: string) => JSON.parse(readFileSync(join(ROOT, lang, `${ns}.json`), 'utf8'))

/** "Clear drawing" in each language: the drawing, named. */
const CLEAR_DRAWING: Record<string, string> = {
  en: 'Clear drawing',
  es: 'Borrar el dibujo',
  de: 'Zeichnung löschen',
  fr: 'Effacer le dessin',
}

const values = (tree: unknown): string[] =>
  typeof tree === 'string' ? [tree] : Object.values(tree as Record<string, unknown>).flatMap(values)

describe('the finder clear button', () => {
  for (const lang of LANGUAGES) {
    it(`says "clear drawing" in ${lang}, never the words of "Clear my data"`, () => {
      const finder = read(lang, 'finder')
      const clearMyData = read(lang, 'safety').myData.clear as string
      expect(finder.tools.clear).toBe(CLEAR_DRAWING[lang])
      expect(finder.tools.clear).not.toBe(clearMyData)
      // no finder word reuses the label of the button that removes everything
      expect(values(finder)).not.toContain(clearMyData)
    })
  }
})
