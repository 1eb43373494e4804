import { describe, expect, it } from 'vitest'
import { isPatternPaint, printCrop } from '../../../src/ui/print-picture'

function picture(width: number, height: number, paint: [number, number, [number, number, number]][]): Uint8ClampedArray {
  const data = new Uint8ClampedArray(width * height * 4)
  for (let i = 0; i < width * height; i++) data.set([227, 198, 177, 255], i * 4) // skin
  for (const [x, y, rgb] of paint) data.set([...rgb, 255], (y * width + x) * 4)
  return data
}

describe('printCrop', () => {
  it('keeps the free part when all paint lies inside it', () => {
    const data = picture(100, 80, [[50, 40, [209, 36, 42]]])
    expect(printCrop(data, 100, 80, { x: 20, y: 10, width: 60, height: 60 })).toEqual({ x: 20, y: 10, width: 60, height: 60 })
  })

  it('grows to take in a pattern reaching behind a panel, with a margin, within the picture', () => {
    const red: [number, number, number] = [209, 36, 42]
    const blue: [number, number, number] = [29, 95, 196]
    const data = picture(100, 80, [
      [40, 30, red],
      [90, 35, blue],
      [60, 50, red],
    ])
    const crop = printCrop(data, 100, 80, { x: 30, y: 20, width: 40, height: 40 }, 0.1)
    // paint box x 40..90, y 30..50; margin 10% of 50 = 5
    expect(crop).toEqual({ x: 30, y: 20, width: 65, height: 40 })
    expect(crop.x + crop.width).toBeLessThanOrEqual(100)
  })

  it('tells paint from skin, floor and the grey-blue markers', () => {
    expect(isPatternPaint(209, 36, 42)).toBe(true)
    expect(isPatternPaint(29, 95, 196)).toBe(true)
    expect(isPatternPaint(227, 198, 177)).toBe(false)
    expect(isPatternPaint(61, 90, 115)).toBe(false)
    expect(isPatternPaint(200, 200, 200)).toBe(false)
  })
})
