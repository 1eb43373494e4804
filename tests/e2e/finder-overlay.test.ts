// Issue 11: a finder result shown over the user's own drawing keeps the drawing visible. The
// pattern's solid red used to cover the violet drawing completely; now the drawing is drawn
// again over the pattern (its outline and a thin violet hatch), so both read on the body.
import { describe, expect, it } from 'vitest'
import {
  canvasPixels,
  fraction,
  isPaintRed,
  waitForCameraIdle,
  waitForPainted,
  waitForSceneReady,
  withApp,
  type Rgb,
} from './browser'
import { markTempleAndNeck } from './finder-helpers'

/** The drawing's violet (#6a3fc8, lit or in shade): far more blue than green, more blue than red. */
const isDrawingViolet = ([r, g, b]: Rgb): boolean => b - g > 60 && b - r > 25

describe('finder result over the drawing', () => {
  it('shows the pattern red and the drawing violet together where they overlap', async () => {
    await withApp('?mode=find', async (app) => {
      const { page } = app
      await waitForSceneReady(page)
      await markTempleAndNeck(page)

      const show = page.locator('[data-testid="finder-results"] [data-result="upper_trapezius_trp1"]').first()
      await show.click()
      await waitForPainted(page, 'upper_trapezius_trp1:R')
      await waitForCameraIdle(page)
      await app.shot('finder-overlay-drawing-and-pattern')

      // the temple is in the pattern's essential (solid red) zone and in the drawing
      const temple = await page.evaluate(() => window.__tpx?.landmarkScreenPosition('temple.R') ?? null)
      expect(temple?.visible, 'the right temple is in view').toBe(true)
      const pixels = await canvasPixels(page, temple!.x, temple!.y, 14)
      const red = fraction(pixels, isPaintRed)
      const violet = fraction(pixels, isDrawingViolet)
      expect(red, 'pattern red at the temple').toBeGreaterThan(0.3)
      expect(violet, 'drawing violet over the red at the temple').toBeGreaterThan(0.08)
    })
  })
})
