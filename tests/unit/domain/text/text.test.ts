import { describe, expect, it } from 'vitest'
import { clip, escapeUnsafe, printable, quoteInput, stripUnsafe } from '../../../../src/domain/text'

describe('text from outside the app', () => {
  it('escapes control and bidi characters so they are seen, not obeyed', () => {
    expect(escapeUnsafe('a\u001b[2Jb\u202Ec\u0085d\u200Be')).toBe('a\\u001b[2Jb\\u202ec\\u0085d\\u200be')
    expect(escapeUnsafe('line 1\nline 2\ttab', '\n')).toBe('line 1\nline 2\\u0009tab')
    expect(escapeUnsafe('trapèze Ω 頭')).toBe('trapèze Ω 頭')
  })

  it('strips control and bidi characters', () => {
    expect(stripUnsafe('\u202Eevil\u2066x\u0000')).toBe('evilx')
  })

  it('clips long text by code point with an ellipsis', () => {
    expect(clip('abcdef', 4)).toBe('abc…')
    expect(clip('abc', 4)).toBe('abc')
    expect(clip('😀😀😀😀😀', 3)).toBe('😀😀…')
  })

  it('prints a long, hostile value as one short escaped line', () => {
    const hostile = `\u001b]0;pwned\u0007${'x'.repeat(10_000)}`
    const shown = quoteInput(hostile)
    expect(shown.length).toBeLessThan(90)
    // eslint-disable-next-line no-control-regex -- looking for control characters
    expect(shown).not.toMatch(/[\u0000-\u001f]/)
    expect(printable('ok')).toBe('ok')
  })
})
