// The muscles on the body (issue 10) in real Chromium: a selected trigger point shows its
// muscle (data-muscle is set after the frame that draws it), a deep one says what lies over it;
// the "Muscles" view lists the muscles in view, names the one chosen (pointer or keyboard) and
// lists its trigger points. Screenshots of the shoulder, the back and the hip at 1280x800 and
// of the shoulder at 390x844.
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { nextFrames, PHONE, screenshot, waitForCameraIdle, waitForPainted, waitForSceneReady, withApp } from './browser'

async function waitForMuscle(page: Page, id: string): Promise<void> {
  await page.waitForFunction((value) => document.body.dataset.muscle === value, id, { timeout: 30_000, polling: 50 })
}

/** The selection `<tpId>:<side>` painted with its muscle drawn, seen from behind: test-results/screenshots/muscle-<muscle>-<side>-back.png */
async function fromBehind(page: Page, painted: string, muscle: string): Promise<void> {
  await waitForSceneReady(page)
  await waitForPainted(page, painted)
  await waitForMuscle(page, muscle)
  await page.click('button[aria-label="Back view"]')
  await nextFrames(page)
  await waitForCameraIdle(page)
  await nextFrames(page)
  await screenshot(page, `muscle-${muscle}-${painted.slice(-1)}-back`)
}

/** Opens the "Muscles" view on a scene that is ready and waits until its muscles are drawn. */
async function openMusclesView(page: Page): Promise<void> {
  await waitForSceneReady(page)
  await page.click('[data-testid="muscles-toggle"]')
  await page.waitForSelector('[data-testid="muscles-panel"]')
  await page.waitForFunction(() => Number(document.body.dataset.muscleView) > 150, undefined, {
    timeout: 60_000,
    polling: 100,
  })
}

async function goTo(page: Page, place: string): Promise<void> {
  await page.click(`[data-place="${place}"]`)
  await nextFrames(page)
  await waitForCameraIdle(page)
  await nextFrames(page)
  // the list of muscles in view is measured once the camera rests (data-muscles-measuring
  // is set while a measurement is due), then shown in the next frames
  await page.waitForFunction(() => document.body.dataset.musclesMeasuring !== '1', undefined, { timeout: 30_000, polling: 50 })
  await page.waitForSelector('[data-testid="muscles-in-view"] button', { timeout: 30_000 })
  await nextFrames(page)
}

describe('muscles', () => {
  it('draws the selected trigger point’s muscle: infraspinatus, then piriformis (deep)', async () => {
    await withApp('?tp=infraspinatus_upper&side=R', async (app) => {
      const { page } = app
      await fromBehind(page, 'infraspinatus_upper:R', 'infraspinatus')
      expect(await page.locator('[data-testid="deep-note"]').count()).toBe(0)

      await page.evaluate(() => {
        history.replaceState(null, '', '?tp=piriformis_lateral&side=R')
        dispatchEvent(new PopStateEvent('popstate'))
      })
      await page.goto(page.url())
      await fromBehind(page, 'piriformis_lateral:R', 'piriformis')
      const note = await page.locator('[data-testid="deep-note"]').textContent()
      expect(note).toMatch(/deep muscle/i)
      expect(note).toMatch(/lies under the/)
    })
  })

  it('shows the muscles in view of the shoulder, the back and the hip; a muscle is named and its trigger points listed', async () => {
    await withApp('', async (app) => {
      const { page } = app
      await openMusclesView(page)

      await goTo(page, 'shoulder')
      await screenshot(page, 'muscles-view-shoulder')
      const shoulder = await page.$$eval('[data-testid="muscles-in-view"] button', (b) => b.map((x) => x.dataset.muscle))
      expect(shoulder).toContain('infraspinatus')
      expect(shoulder.length).toBeGreaterThan(5)

      // keyboard: the list is reachable and a muscle opens with Enter
      await page.focus('[data-testid="muscles-in-view"] button[data-muscle="infraspinatus"]')
      await page.keyboard.press('Enter')
      await page.waitForSelector('[data-testid="picked-muscle"][data-muscle-id="infraspinatus"]')
      const card = await page.locator('[data-testid="picked-muscle"]').textContent()
      expect(card).toMatch(/Infraspinatus/)
      await page.click('[data-testid="picked-muscle"] button[data-tp="infraspinatus_upper"]')
      await waitForPainted(page, 'infraspinatus_upper:R')
      await waitForMuscle(page, 'infraspinatus')

      await goTo(page, 'back')
      await screenshot(page, 'muscles-view-back')
      const back = await page.$$eval('[data-testid="muscles-in-view"] button', (b) => b.map((x) => x.dataset.muscle))
      expect(back).toContain('latissimus_dorsi')

      await goTo(page, 'hip')
      await screenshot(page, 'muscles-view-hip')
      const hip = await page.$$eval('[data-testid="muscles-in-view"] button', (b) => b.map((x) => x.dataset.muscle))
      expect(hip).toContain('gluteus_maximus')

      // a tap on the body names the muscle under it: the gluteus maximus centre on screen
      const at = await page.evaluate(() => window.__tpx!.landmarkScreenPosition('gluteal-mid.R'))
      expect(at?.visible).toBe(true)
      await page.mouse.click(at!.x, at!.y)
      await page.waitForSelector('[data-testid="picked-muscle"][data-muscle-id="gluteus_maximus"]', { timeout: 10_000 })
    })
  })

  it('shows the muscles view on a phone', async () => {
    await withApp('', { viewport: PHONE, mobile: true }, async (app) => {
      const { page } = app
      await openMusclesView(page)
      await goTo(page, 'shoulder')
      await screenshot(page, 'muscles-view-shoulder-phone')
    })
  })
})
