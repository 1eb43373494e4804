// Back and Forward (issue 11): each selection is a history entry, Back returns to the one
// before, Forward goes again; keyboard-only selection through the search keeps the focus
// (on the details' heading), Escape closes the details and the search text stays.
import { describe, expect, it } from 'vitest'
import { waitForPainted, waitForSceneReady, withApp } from './browser'

describe('history and keyboard', () => {
  it('Back after two selections returns to the first; Forward to the second', async () => {
    await withApp('', async (app) => {
      const { page } = app
      await waitForSceneReady(page)
      const start = await page.evaluate(() => history.length)
      await page.locator('[data-area="shoulder"] > summary').click()
      await page.locator('[data-tp="upper_trapezius_trp1"]').click()
      await waitForPainted(page, 'upper_trapezius_trp1:R')
      const second = page.locator('[data-area="shoulder"] [data-tp]:not([data-tp="upper_trapezius_trp1"])').first()
      const secondId = await second.getAttribute('data-tp')
      await second.click()
      await waitForPainted(page, `${secondId}:R`)
      expect(page.url()).toContain(`tp=${secondId}`)
      expect(await page.evaluate(() => history.length)).toBe(start + 2)

      await page.goBack()
      await waitForPainted(page, 'upper_trapezius_trp1:R')
      expect(page.url()).toContain('tp=upper_trapezius_trp1')
      expect(await page.getByTestId('detail-panel').locator('h2').textContent()).toMatch(/top of the shoulder/i)
      await page.goForward()
      await waitForPainted(page, `${secondId}:R`)
      expect(page.url()).toContain(`tp=${secondId}`)
      // the side is a step too, and a mode
      await page.getByTestId('detail-panel').getByRole('button', { name: 'Left side' }).click()
      await waitForPainted(page, `${secondId}:L`)
      await page.locator('.tpx-modes [data-mode="consult"]').click()
      await page.getByTestId('consult').waitFor()
      await page.goBack()
      await page.getByTestId('consult').waitFor({ state: 'detached' })
      expect(page.url()).not.toContain('mode=')
      await page.goBack()
      await waitForPainted(page, `${secondId}:R`)
      // back to the start: nothing selected, still in the app
      await page.goBack()
      await page.goBack()
      await waitForPainted(page, '')
      expect(new URL(page.url()).search).toBe('')
    })
  })

  it('keyboard only: search, arrow down, Enter; focus lands on the details; Escape closes them and keeps the search', async () => {
    await withApp('', async (app) => {
      const { page } = app
      await waitForSceneReady(page)
      // the skip links come first
      await page.keyboard.press('Tab')
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to the body')
      await page.keyboard.press('Tab')
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to the list')
      await page.keyboard.press('Enter')
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('tpx-panel')
      await page.keyboard.press('Tab')
      expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search')
      await page.keyboard.type('upper trapezius')
      await page.getByTestId('search-results').waitFor()
      await page.keyboard.press('ArrowDown')
      await page.keyboard.press('Enter')
      await page.getByTestId('detail-panel').waitFor()
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('tpx-detail-title')
      await page.keyboard.press('Escape')
      await page.getByTestId('detail-panel').waitFor({ state: 'detached' })
      expect(await page.getByRole('searchbox').inputValue()).toBe('upper trapezius')
      await page.getByTestId('search-results').waitFor()
      // the focused 3D view shows a ring
      await page.locator('#tpx-scene').focus()
      const ring = await page.evaluate(() => getComputedStyle(document.querySelector('#tpx-scene')!, '::after').borderTopWidth)
      expect(ring).toBe('3px')
    })
  })

  it('the treatment dialog is modal: Tab stays inside, Escape returns focus to its button', async () => {
    await withApp('', { expect: 'none' }, async (app) => {
      const { page } = app
      await page.waitForSelector('[data-testid="ui-root"]', { timeout: 60_000 })
      const opener = page.locator('.therapy-button')
      await opener.focus()
      await page.keyboard.press('Enter')
      const dialog = page.getByTestId('therapy-panel')
      await dialog.waitFor()
      expect(await dialog.getAttribute('aria-modal')).toBe('true')
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press('Tab')
        const inside = await page.evaluate(() => !!document.activeElement?.closest('[data-testid="therapy-panel"]'))
        expect(inside, `Tab ${i + 1} stays in the dialog`).toBe(true)
      }
      await page.keyboard.press('Shift+Tab')
      expect(await page.evaluate(() => !!document.activeElement?.closest('[data-testid="therapy-panel"]'))).toBe(true)
      await page.keyboard.press('Escape')
      await dialog.waitFor({ state: 'detached' })
      expect(await page.evaluate(() => document.activeElement?.classList.contains('therapy-button'))).toBe(true)
    })
  })
})
