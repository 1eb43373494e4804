// Picking by touch (issue 11): a tap between two markers a few pixels apart on a phone does not
// guess; it offers the choice, and the one chosen is selected.
import { describe, expect, it } from 'vitest'
import { PHONE, waitForPainted, waitForSceneReady, withApp } from './browser'

describe('markers by touch', () => {
  it('a tap between two close markers on a phone offers the choice', async () => {
    await withApp('', { viewport: PHONE, mobile: true }, async (app) => {
      const { page } = app
      await waitForSceneReady(page)
      const markers = await page.evaluate(() => window.__tpx!.visibleMarkers())
      const sheetTop = await page.locator('.tpx-side').evaluate((el) => el.getBoundingClientRect().top)
      const free = markers.filter((m) => m.y > 130 && m.y < sheetTop - 60 && m.x > 20 && m.x < 370)
      let pair: [(typeof free)[number], (typeof free)[number]] | null = null
      for (const a of free)
        for (const b of free)
          if (a !== b && !pair && Math.hypot(a.x - b.x, a.y - b.y) < 12 && `${a.tpId}:${a.side}` !== `${b.tpId}:${b.side}`)
            pair = [a, b]
      expect(pair, 'two markers closer than 12 px on a phone').not.toBeNull()
      const [a, b] = pair!
      await page.touchscreen.tap((a.x + b.x) / 2, (a.y + b.y) / 2)
      const choice = page.getByTestId('marker-choice')
      await choice.waitFor()
      const options = await choice.locator('[data-option]').evaluateAll((els) => els.map((e) => e.getAttribute('data-option')))
      expect(options.length).toBeGreaterThanOrEqual(2)
      expect(options).toContain(`${a.tpId}:${a.side}`)
      expect(options).toContain(`${b.tpId}:${b.side}`)
      await choice.locator(`[data-option="${b.tpId}:${b.side}"]`).click()
      await waitForPainted(page, `${b.tpId}:${b.side}`)
      await choice.waitFor({ state: 'detached' })
    })
  })
})
