import { describe, expect, it } from 'vitest'
import { formatCameraPose, parseAppUrl, parseCameraPose, serializeAppUrl } from '../../../../src/domain/url'

describe('camera view in the URL (cam=)', () => {
  it('round-trips a pose rounded to centimetres', () => {
    const pose = {
      position: [0.123, 1.456, 2.5] as [number, number, number],
      target: [0, 0.9, -0.01] as [number, number, number],
    }
    const { search } = serializeAppUrl({ tp: 'a', cam: pose })
    expect(search).toBe('?tp=a&cam=0.12%2C1.46%2C2.5%2C0%2C0.9%2C-0.01')
    expect(parseAppUrl(search, '').state.cam).toEqual({ position: [0.12, 1.46, 2.5], target: [0, 0.9, -0.01] })
    expect(formatCameraPose(pose)).toBe('0.12,1.46,2.5,0,0.9,-0.01')
  })

  it.each([
    ['five numbers', '1,2,3,4,5'],
    ['seven numbers', '1,2,3,4,5,6,7'],
    ['not a number', '1,2,x,0,0,0'],
    ['infinite', '1,2,Infinity,0,0,0'],
    ['exponent', '1e3,2,3,0,0,0'],
    ['far away', '1,2,300,0,0,0'],
    ['on its target', '0,1,0,0,1,0'],
    ['empty', ''],
  ])('ignores a bad value (%s) with a notice', (_what, raw) => {
    expect(parseCameraPose(raw)).toBeNull()
    const parsed = parseAppUrl(`?cam=${encodeURIComponent(raw)}`, '')
    expect(parsed.state.cam).toBeUndefined()
    expect(parsed.notices).toHaveLength(1)
    expect(parsed.notices[0]).toMatch(/^Camera view .* was ignored/)
  })
})
