// Consult on a phone (issue 11): compare two patterns, swap them, print the handout (print
// media), and the shared link, opened in a new context, shows the same patterns from the same
// camera; the QR code drawn in the page decodes (jsQR) to that same link.
import jsQR from 'jsqr'
import { describe, expect, it } from 'vitest'
import { PHONE, screenshot, waitForPainted, waitForSceneReady, withApp } from './browser'
import { paintedCoverage, settle } from './layout-helpers'

describe('consult on a phone', () => {
  it('compares, swaps, prints, shares a link with the camera, and its QR code decodes to it', { timeout: 300_000 }, async () => {
    await withApp('?mode=consult', { viewport: PHONE, mobile: true }, async (app) => {
      const { page } = app
      await waitForSceneReady(page)
      const consult = page.getByTestId('consult')
      await consult.getByLabel('Pattern (red)').selectOption('upper_trapezius_trp1')
      await waitForPainted(page, 'upper_trapezius_trp1:R')
      await consult.getByLabel('Compare with (blue)').selectOption('levator_scapulae_upper')
      await page.waitForFunction(() => location.search.includes('compare=levator_scapulae_upper'))
      await consult.getByRole('button', { name: 'Swap' }).click()
      await waitForPainted(page, 'levator_scapulae_upper:R')
      await settle(page)
      expect(page.url()).toContain('tp=levator_scapulae_upper')
      expect(page.url()).toContain('compare=upper_trapezius_trp1')
      // the camera rests: the link carries it
      await page.getByRole('button', { name: 'Back view' }).click()
      await settle(page)
      await page.waitForFunction(() => new URLSearchParams(location.search).has('cam'))
      const link = page.url()
      const cam = new URL(link).searchParams.get('cam')!

      // the details open over the consult panel and close back to it, the patterns stay
      await consult.getByRole('button', { name: 'Details of the red pattern' }).click()
      await page.getByTestId('detail-panel').getByRole('button', { name: 'Close the details' }).click()
      await page.getByTestId('detail-panel').waitFor({ state: 'detached' })
      expect(page.url()).toBe(link)
      expect(await consult.getByRole('button', { name: 'Print handout' }).isEnabled()).toBe(true)

      // the QR code of the link
      await consult.getByRole('button', { name: 'QR code' }).click()
      const qr = page.getByTestId('share-qr')
      await page.waitForFunction(
        (url) => document.querySelector<HTMLCanvasElement>('[data-testid="share-qr"]')?.dataset.url === url,
        link,
      )
      const pixels = await qr.evaluate((el: HTMLCanvasElement) => {
        const data = el.getContext('2d')!.getImageData(0, 0, el.width, el.height)
        return { data: [...data.data], width: el.width, height: el.height }
      })
      const decoded = jsQR(Uint8ClampedArray.from(pixels.data), pixels.width, pixels.height)
      expect(decoded?.data).toBe(link)

      // the handout on paper: both patterns named in their colours, the note, sources with addresses
      await consult.getByLabel(/Note for the handout/).fill('Stretch twice a day.')
      await page.emulateMedia({ media: 'print' })
      const handout = page.getByTestId('handout')
      expect(await handout.isVisible()).toBe(true)
      const text = (await handout.textContent()) ?? ''
      expect(text).toMatch(/In red: .*Levator/i)
      expect(text).toMatch(/In blue: .*Trapezius/i)
      expect(text).toContain('Stretch twice a day.')
      expect(text).toMatch(/\(https:\/\//)
      expect(text).toMatch(/When not to have it/)
      expect(text).toMatch(/Printed \w+/)
      expect(await page.locator('.tpx-side').isVisible()).toBe(false)
      await screenshot(page, 'consult-print-phone')
      await page.emulateMedia({ media: 'screen' })
      expect(app.consoleErrors).toEqual([])

      // the link opens the same view in a new context
      await withApp(link.slice(link.indexOf('?')), { viewport: PHONE, mobile: true }, async (other) => {
        await waitForSceneReady(other.page)
        await waitForPainted(other.page, 'levator_scapulae_upper:R')
        await settle(other.page)
        const url = new URL(other.page.url())
        expect(url.searchParams.get('compare')).toBe('upper_trapezius_trp1')
        expect(url.searchParams.get('cam')).toBe(cam)
        const position = await other.page.evaluate(() => window.__tpx!.cameraState().position)
        const expected = cam.split(',').map(Number).slice(0, 3)
        position.forEach((v, i) => expect(Math.abs(v - expected[i]!)).toBeLessThan(0.02))
        const coverage = await paintedCoverage(other.page)
        expect(coverage.painted).toBeGreaterThan(20)
        await screenshot(other.page, 'consult-shared-link-phone')
      })
    })
  })
})
