// Issue 11: turning a tablet (touch, 768x1024 -> 1024x768 -> back) keeps what is shown: the
// selected pattern, the comparison in consult, the address; and after each turn the painted
// body is not covered by the panels (the layout goes from one bottom sheet to side panels and
// back).
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { screenshot, waitForPainted, waitForSceneReady, withApp } from './browser'
import { paintedCoverage, settle } from './layout-helpers'

const PORTRAIT = { width: 768, height: 1024 }
const LANDSCAPE = { width: 1024, height: 768 }
const MIN_VISIBLE = 0.85

async function turnAndCheck(page: Page, name: string, keep: () => Promise<void>): Promise<void> {
  const before = page.url()
  for (const [i, size] of [LANDSCAPE, PORTRAIT].entries()) {
    await page.setViewportSize(size)
    await settle(page)
    const shot = `rotation-${name}-${i}-${size.width}x${size.height}`
    await screenshot(page, shot)
    expect(new URL(page.url()).search, `${shot}: the address`).toBe(new URL(before).search)
    await keep()
    const coverage = await paintedCoverage(page)
    expect(coverage.painted, `${shot}: something painted`).toBeGreaterThan(20)
    expect(coverage.visible / coverage.painted, `${shot}: painted pixels not covered`).toBeGreaterThanOrEqual(MIN_VISIBLE)
  }
}

describe('turning a tablet', () => {
  it('keeps the selection and the comparison, and the body in view, in explore and in consult', async () => {
    await withApp('?tp=upper_trapezius_trp1&side=R', { viewport: PORTRAIT, mobile: true }, async (app) => {
      const { page } = app
      await waitForSceneReady(page)
      await waitForPainted(page, 'upper_trapezius_trp1:R')
      const detail = page.getByTestId('detail-panel')
      await turnAndCheck(page, 'explore', async () => {
        expect(await page.evaluate(() => document.body.dataset.painted)).toBe('upper_trapezius_trp1:R')
        expect(await detail.getByRole('heading', { level: 2 }).isVisible()).toBe(true)
        expect(await detail.textContent()).toMatch(/Upper trapezius TrP1/)
      })

      await page.locator('.tpx-modes [data-mode="consult"]').tap()
      const consult = page.getByTestId('consult')
      await consult.waitFor()
      await consult.getByLabel('Compare with (blue)').selectOption('levator_scapulae_upper')
      await page.waitForFunction(() => new URL(location.href).searchParams.get('compare') === 'levator_scapulae_upper')
      await settle(page)
      await turnAndCheck(page, 'consult', async () => {
        expect(await page.evaluate(() => document.body.dataset.painted)).toBe('upper_trapezius_trp1:R')
        expect(await consult.getByLabel('Pattern (red)').inputValue()).toBe('upper_trapezius_trp1')
        expect(await consult.getByLabel('Compare with (blue)').inputValue()).toBe('levator_scapulae_upper')
        expect(await consult.getByRole('button', { name: 'Swap' }).isEnabled()).toBe(true)
        const url = new URL(page.url())
        expect(url.searchParams.get('mode')).toBe('consult')
        expect(url.searchParams.get('tp')).toBe('upper_trapezius_trp1')
        expect(url.searchParams.get('compare')).toBe('levator_scapulae_upper')
      })
    })
  })
})
