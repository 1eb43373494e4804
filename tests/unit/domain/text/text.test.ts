import { describe, expect, it } from 'vitest'
import { formatPath, quoted } from '../../../../src/domain/dataset'
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
    expect(clip('😀😀😀', 4)).toBe('😀😀😀')
    expect(clip('abc', 0)).toBe('…')
  })

  it('says how long a clipped value was when asked (the one clip of dataset messages too)', () => {
    expect(clip('abcdef', 4, { count: true })).toBe('abc… (6 characters)')
    expect(clip('abc', 4, { count: true })).toBe('abc')
    expect(clip('😀'.repeat(70), 4, { count: true })).toBe('😀😀😀… (70 characters)')
    const huge = 'x'.repeat(1_000_000)
    expect(quoted(huge)).toBe(`"${'x'.repeat(59)}… (1000000 characters)"`)
    expect(formatPath(['muscles', 3, huge])).toBe(`muscles[3]["${'x'.repeat(59)}… (1000000 characters)"]`)
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
