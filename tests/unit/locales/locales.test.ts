// Every language has every interface word (issue 13): a key missing in Spanish would show
// English in the middle of a Spanish screen, and a placeholder dropped in translation would
// lose the number it was meant to show.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { LANGUAGES } from '../../../src/domain/i18n'

const ROOT = join(import.meta.dirname, '../../../src/locales')
const PLURAL = /_(zero|one|two|few|many|other)$/

type Tree = { [key: string]: string | Tree }

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k
    if (typeof v === 'string') out.set(key, v)
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv)
  }
  return out
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]).sort()
/** 'items_one' and 'items_other' are one key in languages with other plural rules */
const base = (key: string) => key.replace(PLURAL, '')

function read(lang: string, ns: string): Map<string, string> {
  return flatten(JSON.parse(readFileSync(join(ROOT, lang, `${ns}.json`), 'utf8')) as Tree)
}

const namespaces = readdirSync(join(ROOT, 'en')).map((f) => f.replace(/\.json$/, ''))

describe('interface words', () => {
  it('has a folder for each language and nothing else', () => {
    expect(readdirSync(ROOT).sort()).toEqual([...LANGUAGES].sort())
  })

  for (const lang of LANGUAGES.filter((l) => l !== 'en')) {
    for (const ns of namespaces) {
      it(`${lang}/${ns}.json has every English key with the same placeholders`, () => {
        const en = read('en', ns)
        const other = read(lang, ns)
        const problems: string[] = []
        const otherBases = new Set([...other.keys()].map(base))
        for (const [key, text] of en) {
          if (!otherBases.has(base(key))) problems.push(`${ns}.${key}: missing`)
          else if (!PLURAL.test(key) && other.has(key)) {
            if (placeholders(other.get(key)!).join() !== placeholders(text).join())
              problems.push(`${ns}.${key}: placeholders ${placeholders(other.get(key)!)} vs ${placeholders(text)}`)
          }
        }
        const enBases = new Set([...en.keys()].map(base))
        for (const key of other.keys()) if (!enBases.has(base(key))) problems.push(`${ns}.${key}: not in English`)
        for (const [key, text] of other) if (!text.trim()) problems.push(`${ns}.${key}: empty`)
        expect(problems).toEqual([])
      })
    }
  }
})
