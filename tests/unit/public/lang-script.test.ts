// Issue 13: <html lang> is right before the first paint. public/lang.js, a classic script in the
// page's <head> (the CSP forbids inline scripts), makes the app's own choice (domain pickLanguage
// over ?lang=, the kept choice, the browser's languages) before any module has run.
import { readFileSync } from 'node:fs'
import { runInNewContext } from 'node:vm'
import { describe, expect, it } from 'vitest'
import { LANGUAGES, pickLanguage } from '../../../src/domain/i18n'
import { LANG_STORAGE_KEY } from '../../../src/state/lang-store'

const SCRIPT = readFileSync('public/lang.js', 'utf8')

/** Runs the script in a page with this address, kept choice and browser languages; returns <html lang>. */
function langAfter(search: string, kept: string | null, languages: string[], storageThrows = false): string {
  const html = { lang: 'en' }
  runInNewContext(SCRIPT, {
    URLSearchParams,
    location: { search },
    localStorage: {
      getItem: (k: string) => {
        if (storageThrows) throw new Error('SecurityError')
        return k === LANG_STORAGE_KEY ? kept : null
      },
    },
    navigator: { languages, language: languages[0] ?? '' },
    document: { documentElement: html },
  })
  return html.lang
}

const CASES: [string, string | null, string[]][] = [
  ['?lang=es', null, ['en-US']],
  ['?lang=de&mode=find', 'es', ['en-US']],
  ['?lang=xx', 'de', ['en-US']],
  ['', 'es', ['de-AT', 'en']],
  ['', null, ['de-AT', 'en']],
  ['', null, ['pt-BR', 'es-MX']],
  ['', 'xx', ['fr-FR']],
  ['?mode=find', null, []],
  ['?lang=ES', null, ['en']],
]

describe('public/lang.js', () => {
  it('knows exactly the languages the app speaks', () => {
    const list = /var LANGS = (\[[^\]]*\])/.exec(SCRIPT)?.[1]
    expect(JSON.parse(list!.replace(/'/g, '"'))).toEqual([...LANGUAGES])
  })

  for (const [search, kept, languages] of CASES) {
    it(`chooses as the app does for ${search || '(no query)'}, kept ${kept}, browser ${languages.join(',') || '-'}`, () => {
      const params = new URLSearchParams(search)
      expect(langAfter(search, kept, languages)).toBe(pickLanguage([params.get('lang'), kept, ...languages]))
    })
  }

  it('still follows the link and the browser when storage refuses to be read', () => {
    expect(langAfter('', 'es', ['de-DE'], true)).toBe('de')
    expect(langAfter('?lang=es', null, ['de-DE'], true)).toBe('es')
  })

  it('runs from <head>, before the app, as a same-origin file (no inline script)', () => {
    const html = readFileSync('index.html', 'utf8')
    const head = html.slice(0, html.indexOf('</head>'))
    expect(head).toMatch(/<script src="\.\/lang\.js"><\/script>/)
    expect(head.indexOf('lang.js')).toBeLessThan(html.indexOf('src/main.tsx'))
    // every script of the page has a src: nothing inline for the CSP to refuse
    expect([...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].every((m) => /\bsrc=/.test(m[1]!) && m[2]!.trim() === '')).toBe(
      true,
    )
  })
})
