// Study mode keeps the student's progress on the device: an answer given, the page reloaded,
// the record is still shown; a saved record that cannot be read gives a notice and a fresh start.
import { describe, expect, it } from 'vitest'
import { type AppPage, screenshot, withApp } from './browser'

const KEY = 'tpx.study.v1'

async function studyReady(app: AppPage) {
  await app.page.waitForSelector('[data-testid="ui-root"]', { timeout: 60_000 })
  const study = app.page.getByTestId('study')
  await study.locator('[data-choice]').first().waitFor({ timeout: 60_000 })
  return study
}

describe('study progress', () => {
  it('keeps the progress after a reload, and resets it only after a confirm', async () => {
    await withApp('?mode=study', async (app) => {
      let study = await studyReady(app)
      const progress = study.getByTestId('study-progress')
      expect(await progress.textContent()).toMatch(/Nothing answered yet/)
      const tpId = await app.page.evaluate(() => document.body.dataset.painted ?? '')
      await study.locator('[data-choice]').first().click()
      await study.getByRole('status').waitFor()
      const right = (await study.locator('[data-choice]').first().getAttribute('data-state')) === 'right'
      const text = await progress.textContent()
      expect(text).toMatch(new RegExp(`^Your progress: 1 answered, ${right ? 100 : 0}% right, 0 mastered of \\d{2,}$`))
      const saved = await app.page.evaluate((key) => localStorage.getItem(key), KEY)
      expect(JSON.parse(saved!)).toMatchObject({ version: 1 })
      if (tpId) expect(saved).toContain(tpId.split(':')[0]!)

      await app.page.reload()
      study = await studyReady(app)
      expect(await study.getByTestId('study-progress').textContent()).toBe(text)
      const reset = study.getByRole('button', { name: 'Reset my progress' })
      const box = await reset.boundingBox()
      expect(box!.height).toBeGreaterThanOrEqual(44)
      await reset.click()
      await study.getByRole('button', { name: 'Keep them' }).click()
      expect(await study.getByTestId('study-progress').textContent()).toBe(text)
      await study.getByRole('button', { name: 'Reset my progress' }).click()
      await screenshot(app.page, 'study')
      await study.getByRole('button', { name: 'Yes, reset it' }).click()
      expect(await study.getByTestId('study-progress').textContent()).toMatch(/Nothing answered yet/)
      expect(await app.page.evaluate((key) => localStorage.getItem(key), KEY)).toBeNull()
    })
  })

  it('starts afresh with a notice when the saved progress is corrupt', async () => {
    await withApp(
      '?mode=study',
      {
        initScript: `localStorage.setItem(${JSON.stringify(KEY)}, '{"version":1,"progress":{"x":')`,
      },
      async (app) => {
        const study = await studyReady(app)
        await app.page.locator('.tpx-notice', { hasText: 'study progress could not be read' }).waitFor()
        expect(await study.getByTestId('study-progress').textContent()).toMatch(/Nothing answered yet/)
        expect(await app.page.evaluate((key) => localStorage.getItem(key), KEY)).toBeNull()
        await study.locator('[data-choice]').first().click()
        expect(await study.getByTestId('study-progress').textContent()).toMatch(/^Your progress: 1 answered/)
      },
    )
  })
})
