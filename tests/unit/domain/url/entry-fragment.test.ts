import { describe, expect, it } from 'vitest'
import { parseAppUrl, serializeAppUrl } from '../../../../src/domain/url'

describe('#entry= (a pain diary entry in a consult link)', () => {
  it('is read as the link text, beside a drawing, and never written back', () => {
    const parsed = parseAppUrl('?mode=consult', '#entry=1.AbC-_9.1.AAAAAA')
    expect(parsed.state).toEqual({ mode: 'consult', entry: '1.AbC-_9.1.AAAAAA' })
    expect(parsed.notices).toEqual([])
    expect(serializeAppUrl(parsed.state).hash).toBe('')
  })

  it('is dropped with a notice when it holds characters no entry link has', () => {
    const parsed = parseAppUrl('', '#entry=1.abc%20<script>')
    expect(parsed.state.entry).toBeUndefined()
    expect(parsed.notices[0]).toMatch(/diary entry in the link could not be read/)
  })
})
