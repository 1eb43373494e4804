// Issue 11: the consult handout on paper (print media, and a real PDF): the body picture shows
// both patterns whole (the head not cut off), no other markers, and both patterns are named in
// their colours.
import { afterAll, describe, expect, it } from 'vitest'
import { mkdirSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { closeBrowser, openApp, screenshot, SCREENSHOT_DIR, waitForPainted, waitForSceneReady } from './browser'
import { settle } from './layout-helpers'

describe('consult handout in print', () => {
  afterAll(closeBrowser)

  it('prints the body picture with both patterns whole, and names them in their colours', async () => {
    const app = await openApp('?mode=consult&tp=upper_trapezius_trp1&side=R&compare=levator_scapulae_upper')
    try {
      const { page } = app
      await waitForSceneReady(page)
      await waitForPainted(page, 'upper_trapezius_trp1:R')
      await settle(page)
      await page.emulateMedia({ media: 'print' })
      await settle(page)
      await screenshot(page, 'print-consult-1280')
      const picture = page.getByTestId('print-picture')
      // the picture: the part of the 3D view with the patterns, nothing cut at its edges
      const stats = await picture.evaluate(async (img: HTMLImageElement) => {
        await img.decode()
        const c = document.createElement('canvas')
        c.width = img.naturalWidth
        c.height = img.naturalHeight
        const ctx = c.getContext('2d')!
        ctx.drawImage(img, 0, 0)
        const d = ctx.getImageData(0, 0, c.width, c.height).data
        let red = 0
        let blue = 0
        let grey = 0
        let edgePaint = 0
        for (let y = 0; y < c.height; y++)
          for (let x = 0; x < c.width; x++) {
            const i = (y * c.width + x) * 4
            const [r, g, b] = [d[i]!, d[i + 1]!, d[i + 2]!]
            const isRed = r > 120 && r - g > 70 && r - b > 70
            const isBlue = b - g > 45 && b - r > 45
            // the markers' blue-grey dots
            const isMarker = Math.abs(r - 0x3d) < 25 && Math.abs(g - 0x5a) < 25 && Math.abs(b - 0x73) < 25
            if (isRed) red++
            if (isBlue) blue++
            if (isMarker) grey++
            const edge = x < 2 || y < 2 || x >= c.width - 2 || y >= c.height - 2
            if (edge && (isRed || isBlue)) edgePaint++
          }
        return { red, blue, grey, edgePaint, width: c.width, height: c.height }
      })
      expect(stats.red, 'red pattern in the picture').toBeGreaterThan(200)
      expect(stats.blue, 'blue pattern in the picture').toBeGreaterThan(50)
      expect(stats.edgePaint, 'paint touching the picture edge (cut off)').toBe(0)
      const text = (await page.getByTestId('handout').textContent()) ?? ''
      expect(text).toMatch(/In red: .*Trapezius/i)
      expect(text).toMatch(/In blue: .*Levator/i)
      // a real PDF of the page, to look at
      mkdirSync(SCREENSHOT_DIR, { recursive: true })
      writeFileSync(resolve(SCREENSHOT_DIR, 'print-consult.pdf'), await page.pdf({ format: 'A4', printBackground: true }))
      await page.emulateMedia({ media: 'screen' })
      expect(app.consoleErrors).toEqual([])
    } finally {
      await app.close()
    }
  })
})
