// Issue 11: the consult handout on paper (print media, and a real PDF): the body picture shows
// both patterns whole (the head not cut off), no other markers, and both patterns are named in
// their colours.
import { describe, expect, it } from 'vitest'
import { mkdirSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { SCREENSHOT_DIR, waitForPainted, waitForSceneReady, withApp } from './browser'
import { settle } from './layout-helpers'

describe('consult handout in print', () => {
  it('prints the body picture with both patterns whole, and names them in their colours', async () => {
    await withApp('?mode=consult&tp=upper_trapezius_trp1&side=R&compare=levator_scapulae_upper', async (app) => {
      const { page } = app
      await waitForSceneReady(page)
      await waitForPainted(page, 'upper_trapezius_trp1:R')
      await settle(page)
      await page.emulateMedia({ media: 'print' })
      await settle(page)
      await app.shot('print-consult-1280')
      const pictures = page.getByTestId('print-picture')
      // the picture: the part of the 3D view with the patterns, nothing cut at its edges
      const all = await pictures.evaluateAll(async (imgs: HTMLImageElement[]) =>
        Promise.all(
          imgs.map(async (img) => {
            await img.decode()
            const c = document.createElement('canvas')
            c.width = img.naturalWidth
            c.height = img.naturalHeight
            const ctx = c.getContext('2d')!
            ctx.drawImage(img, 0, 0)
            const d = ctx.getImageData(0, 0, c.width, c.height).data
            let red = 0
            let blue = 0
            let edgeRed = 0
            let edgeBlue = 0
            for (let y = 0; y < c.height; y++)
              for (let x = 0; x < c.width; x++) {
                const i = (y * c.width + x) * 4
                const [r, g, b] = [d[i]!, d[i + 1]!, d[i + 2]!]
                const isRed = r > 120 && r - g > 70 && r - b > 70
                const isBlue = b - g > 45 && b - r > 45
                if (isRed) red++
                if (isBlue) blue++
                const edge = x < 2 || y < 2 || x >= c.width - 2 || y >= c.height - 2
                if (edge && isRed) edgeRed++
                if (edge && isBlue) edgeBlue++
              }
            return { red, blue, edgeRed, edgeBlue, width: c.width, height: c.height }
          }),
        ),
      )
      // the view on screen shows the upper trapezius from the side; the levator scapulae's
      // pattern (base of the neck, shoulder blade) lies mostly behind: a second picture shows it
      expect(all.length, 'pictures').toBe(2)
      const [shown, blueView] = all as [(typeof all)[0], (typeof all)[0]]
      expect(shown.red, 'red pattern in the first picture').toBeGreaterThan(200)
      expect(blueView.blue, 'blue pattern in the second picture').toBeGreaterThan(shown.blue)
      expect(blueView.blue, 'blue pattern in the second picture').toBeGreaterThan(500)
      // nothing cut off: no paint touches the edges of the view on screen, and the second
      // picture holds the whole blue pattern (the red one may run out of it: it is whole in the first)
      expect(shown.edgeRed + shown.edgeBlue, 'paint touching the first picture edge').toBe(0)
      expect(blueView.edgeBlue, 'blue touching the second picture edge').toBe(0)
      const text = (await page.getByTestId('handout').textContent()) ?? ''
      expect(text).toMatch(/In red: .*Trapezius/i)
      expect(text).toMatch(/In blue: .*Levator/i)
      // a real PDF of the page, to look at
      mkdirSync(SCREENSHOT_DIR, { recursive: true })
      writeFileSync(resolve(SCREENSHOT_DIR, 'print-consult.pdf'), await page.pdf({ format: 'A4', printBackground: true }))
      await page.emulateMedia({ media: 'screen' })
    })
  })
})
