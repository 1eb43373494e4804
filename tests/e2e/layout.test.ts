// Every screen (issue 11): on a phone, two tablets in portrait, a small and a usual laptop and
// a big screen, in each mode with something shown (explore with a pattern, find with results,
// consult comparing two, study after an answer), the painted body is not hidden by the panels
// and the main actions are on screen and not covered. One page per kind of device (touch or
// mouse), resized between the sizes: each load costs seconds in software WebGL.
import { describe, expect, it } from 'vitest'
import { type AppPage, screenshot, waitForPainted, waitForSceneReady, withApp } from './browser'
import { markRegion } from './finder-helpers'
import { paintedCoverage, settle, unreachable } from './layout-helpers'

const TOUCH = [
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
  { width: 820, height: 1180 },
]
const MOUSE = [
  { width: 1024, height: 768 },
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
]
/** at least this share of the painted pixels must be uncovered */
const MIN_VISIBLE = 0.85

type Sizes = typeof TOUCH

async function check(app: AppPage, sizes: Sizes, state: string, actions: () => ReturnType<AppPage['page']['locator']>[]) {
  const { page } = app
  for (const size of sizes) {
    await page.setViewportSize(size)
    await settle(page)
    const name = `layout-${state}-${size.width}x${size.height}`
    await screenshot(page, name)
    const coverage = await paintedCoverage(page)
    expect(coverage.painted, `${name}: something painted`).toBeGreaterThan(20)
    expect(coverage.visible / coverage.painted, `${name}: painted pixels not covered`).toBeGreaterThanOrEqual(MIN_VISIBLE)
    expect(await unreachable(page, actions()), `${name}: main actions`).toEqual([])
  }
}

async function run(mobile: boolean, sizes: Sizes): Promise<void> {
  await withApp('?tp=upper_trapezius_trp1&side=R', { viewport: sizes[0], mobile }, async (app) => {
    const { page } = app
    await waitForSceneReady(page)
    await waitForPainted(page, 'upper_trapezius_trp1:R')
    const detail = page.getByTestId('detail-panel')
    await check(app, sizes, 'explore', () => [
      detail.getByRole('button', { name: 'Close the details' }),
      detail.getByRole('heading', { level: 2 }),
      page.getByRole('button', { name: 'Front view' }),
      page.getByRole('button', { name: 'Back view' }),
      page.locator('.tpx-modes [data-mode="study"]'),
    ])

    await page.locator('.tpx-modes [data-mode="find"]').click()
    await markRegion(page, 'temple')
    await page.getByTestId('finder-results').waitFor()
    await check(app, sizes, 'find', () => [
      page.getByRole('button', { name: 'See results' }),
      page.getByRole('button', { name: 'Undo' }),
    ])

    await page.locator('.tpx-modes [data-mode="consult"]').click()
    const consult = page.getByTestId('consult')
    await consult.waitFor()
    await consult.getByLabel('Pattern (red)').selectOption('upper_trapezius_trp1')
    await consult.getByLabel('Compare with (blue)').selectOption('levator_scapulae_upper')
    await waitForPainted(page, 'upper_trapezius_trp1:R')
    await check(app, sizes, 'consult', () => [
      consult.getByRole('button', { name: 'Swap' }),
      consult.getByRole('button', { name: 'Print handout' }),
      consult.getByRole('button', { name: /Share link|Link ready/ }),
    ])

    // the quiz seeds its questions from the clock: a fixed clock asks the same question on every
    // run (a random one made this check depend on the day's pattern: some are tiny when framed)
    await page.clock.setFixedTime(new Date('2026-12-03T09:00:00Z'))
    await page.locator('.tpx-modes [data-mode="study"]').click()
    const study = page.getByTestId('study')
    await study.locator('[data-choice]').first().waitFor()
    await page.waitForFunction(() => !!document.body.dataset.painted)
    await study.locator('[data-choice]').first().click()
    await check(app, sizes, 'study', () => [
      study.getByRole('button', { name: /Next question/ }),
      study.getByTestId('study-feedback').locator('strong'),
    ])
  })
}

describe('layout on every screen', () => {
  it('touch: phone and tablets in portrait', () => run(true, TOUCH), 600_000)
  it('mouse: laptops and a big screen', () => run(false, MOUSE), 600_000)
})
