import { describe, expect, it } from 'vitest'
import { pushVarint, readVarint } from '../../../../src/domain/pain'

describe('varints of the link codecs', () => {
  it('reads back what it writes, one after another', () => {
    const values = [0, 1, 127, 128, 300, 16_383, 16_384, 2 ** 31, 2 ** 40 + 5]
    const out: number[] = []
    for (const v of values) pushVarint(out, v)
    expect(out.slice(0, 5)).toEqual([0, 1, 127, 128, 1])
    let pos = 0
    for (const v of values) {
      const [read, next] = readVarint(out, pos, out.length, 8)
      expect(read).toBe(v)
      pos = next
    }
    expect(pos).toBe(out.length)
  })

  it('refuses a varint cut off by the end or longer than allowed', () => {
    expect(() => readVarint([128, 128], 0, 2, 8)).toThrow('truncated')
    expect(() => readVarint([128, 1], 0, 1, 8)).toThrow('truncated')
    expect(() => readVarint([255, 255, 255, 255, 255, 1], 0, 6, 5)).toThrow('varint too long')
    expect(readVarint([255, 255, 255, 255, 1], 0, 5, 5)).toEqual([2 ** 28 + (2 ** 28 - 1), 5])
  })
})
