// Issue 12: "Clear my data" is reachable from every mode, on a phone (390x844, touch) and on a
// laptop: through the Treatment & safety sheet, whose button is in the top bar, and on a phone
// (no room in its top bar: the button used to be hidden there, only the details led to it) at the
// end of the bottom sheet, in every mode.
import { describe, expect, it } from 'vitest'
import { DESKTOP, PHONE, waitForSceneReady, withApp } from './browser'
import { unreachable } from './layout-helpers'

const MODES = ['explore', 'find', 'consult', 'study'] as const

describe('clear my data from every mode', () => {
  for (const [name, viewport, mobile] of [
    ['phone', PHONE, true],
    ['laptop', DESKTOP, false],
  ] as const) {
    it(`opens Treatment & safety from the top bar and clears the data in every mode (${name})`, async () => {
      await withApp('?mode=find', { viewport, mobile }, async (app) => {
        const { page } = app
        await waitForSceneReady(page)
        for (const mode of MODES) {
          // something saved on the device, so there is data to clear
          await page.evaluate(() => localStorage.setItem('tpx.test-marker', '1'))
          await page.goto(new URL(`?mode=${mode}`, page.url()).toString())
          await waitForSceneReady(page)
          const open = page.locator(mobile ? '.tpx-side .sheet-therapy-button' : '.tpx-topbar .therapy-button')
          await app.shot(`clear-data-${name}-${mode}-bar`)
          await open.scrollIntoViewIfNeeded()
          expect(await unreachable(page, [open]), `the Treatment & safety button in ${mode}`).toEqual([])
          if (mobile) await open.tap()
          else await open.click()
          const dialog = page.getByRole('dialog')
          await dialog.waitFor()
          const clear = dialog.getByRole('button', { name: 'Clear my data' })
          await clear.scrollIntoViewIfNeeded()
          expect(await unreachable(page, [clear]), `Clear my data in ${mode}`).toEqual([])
          if (mode === 'find') await app.shot(`clear-data-${name}-${mode}`)
          await clear.click()
          await dialog.getByRole('button', { name: 'Yes, remove them' }).click()
          await dialog.getByRole('status').filter({ hasText: 'Removed' }).waitFor()
          expect(await page.evaluate(() => localStorage.getItem('tpx.test-marker'))).toBeNull()
        }
      })
    })
  }
})
