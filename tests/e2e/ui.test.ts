// The DOM interface in real Chromium (issue 3): search with typos, the list by body area, the
// detail panel's words, notices for a bad link and for corrupt saved data, the list view when
// WebGL is missing, and the phone layout. Screenshots go to test-results/screenshots/.
import { describe, expect, it } from 'vitest'
import type { BrowserContext } from 'playwright-core'
import { type AppPage, PHONE, screenshot, waitForPainted, waitForSceneReady, withApp } from './browser'
import { markRegion } from './finder-helpers'

const uiReady = (app: AppPage) => app.page.waitForSelector('[data-testid="ui-root"]', { timeout: 60_000 })

describe('ui', () => {
  it('finds sciatica from a typo and leads to gluteus minimus', async () => {
    await withApp('', async (app) => {
      await uiReady(app)
      await app.page.getByRole('searchbox').fill('sciatca')
      const hit = app.page.locator('[data-hit="condition:sciatica"]')
      await hit.waitFor()
      await hit.click()
      const causes = app.page.getByTestId('cause-list')
      await causes.waitFor()
      expect(await causes.locator('h2').textContent()).toMatch(/sciatica/i)
      const first = causes.locator('[data-muscle]').first()
      expect(await first.getAttribute('data-muscle')).toMatch(/^gluteus_minimus/)
      await first.locator('[data-result]').first().click()
      const tpId = await first.locator('[data-result]').first().getAttribute('data-result')
      await waitForSceneReady(app.page)
      await waitForPainted(app.page, `${tpId}:R`)
      expect(app.page.url()).toContain(`tp=${tpId}`)
      await screenshot(app.page, 'ui-sciatica-search')
    })
  })

  it('selects a trigger point from the list by body area and names its zones in plain words', async () => {
    await withApp('', async (app) => {
      await uiReady(app)
      await app.page.locator('[data-area="shoulder"] > summary').click()
      await app.page.locator('[data-tp="upper_trapezius_trp1"]').click()
      const detail = app.page.getByTestId('detail-panel')
      await detail.waitFor()
      const essential = (await detail.getByTestId('essential-zones').textContent()) ?? ''
      const all = (await detail.textContent()) ?? ''
      expect(essential.toLowerCase()).toContain('temple')
      expect(all.toLowerCase()).toMatch(/behind the ear/)
      // sources open in a new tab without giving the page a handle on the app
      const links = detail.locator('.tpx-sources a')
      expect(await links.count()).toBeGreaterThan(0)
      expect(await links.first().getAttribute('target')).toBe('_blank')
      expect(await links.first().getAttribute('rel')).toContain('noopener')
      expect(app.page.url()).toContain('tp=upper_trapezius_trp1')
      // the side switch moves the pattern and the link
      await detail.getByRole('button', { name: 'Left side' }).click()
      await waitForSceneReady(app.page)
      await waitForPainted(app.page, 'upper_trapezius_trp1:L')
      expect(app.page.url()).toContain('side=L')
      await screenshot(app.page, 'ui-detail-upper-trapezius')
    })
  })

  it('ignores an unknown trigger point in the link with a visible notice', async () => {
    await withApp('?tp=not_a_trigger_point&side=Q', async (app) => {
      await uiReady(app)
      const notices = app.page.locator('.tpx-notice')
      await notices.first().waitFor()
      const text = (await notices.allTextContents()).join(' ')
      expect(text).toMatch(/not_a_trigger_point/)
      expect(text).toMatch(/Side/)
      expect(await app.page.getByTestId('detail-panel').count()).toBe(0)
      await notices
        .first()
        .getByRole('button', { name: /dismiss/i })
        .click()
      // every bad value of the link is in the one notice (issue 12): dismissing it clears them all
      expect(await notices.count()).toBe(0)
    })
  })

  it('opens a condition and a muscle from a shared link', async () => {
    await withApp('?condition=sciatica', async (app) => {
      await uiReady(app)
      await app.page.getByTestId('cause-list').waitFor()
      expect(await app.page.getByTestId('cause-list').locator('h2').textContent()).toMatch(/sciatica/i)
      expect(app.page.url()).toContain('condition=sciatica')
      await app.page.goto(app.page.url().replace(/\?.*$/, '?muscle=levator_scapulae'))
      await uiReady(app)
      const detail = app.page.getByTestId('detail-panel')
      await detail.waitFor()
      expect(await detail.textContent()).toMatch(/Levator scapulae/)
    })
  })

  it('resets corrupt saved data with a notice instead of crashing', async () => {
    await withApp('', async (app) => {
      await uiReady(app)
      await app.page.evaluate(() => localStorage.setItem('tpx.pain.v1', '{"vertexCount": 12, "drawing": "garbage'))
      await app.page.reload()
      await uiReady(app)
      const notice = app.page.locator('.tpx-notice', { hasText: 'could not be read' })
      await notice.waitFor()
      expect(await app.page.evaluate(() => localStorage.getItem('tpx.pain.v1'))).toBeNull()
    })
  })

  it('shows a usable list view when WebGL is unavailable', async () => {
    await withApp('', { webgl: false }, async (app) => {
      await uiReady(app)
      await app.page.getByTestId('no-webgl').waitFor()
      expect(await app.page.locator('canvas').count()).toBe(0)
      await app.page.locator('[data-area="hip"] > summary').click()
      const tp = app.page.locator('[data-tp^="gluteus_minimus"]').first()
      await tp.click()
      await app.page.getByTestId('detail-panel').waitFor()
      // find by region list, still without 3D
      await app.page.locator('[data-mode="find"]').click()
      await app.page.getByTestId('quick-marks').waitFor()
      await markRegion(app.page, 'lower_buttock')
      await app.page.getByTestId('finder-results').waitFor()
      await screenshot(app.page, 'ui-no-webgl')
    })
  })

  it('explains treatment and safety in plain words from the dataset', async () => {
    await withApp('', async (app) => {
      await uiReady(app)
      await app.page.getByRole('button', { name: 'Treatment & safety' }).first().click()
      const panel = app.page.getByTestId('therapy-panel')
      await panel.waitFor()
      const text = (await panel.textContent()) ?? ''
      expect(text).toMatch(/10 to 30 seconds/)
      expect(text).toMatch(/24 to\s+48 hours/)
      expect(text).toMatch(/See a doctor now if/)
      expect(text).toMatch(/When not to have it/)
      // focus moves into the dialog when it opens (a modal: it keeps the focus, tests/e2e/history.test.ts)
      await expect
        .poll(() => app.page.evaluate(() => !!document.activeElement?.closest('[data-testid="therapy-panel"]')))
        .toBe(true)
      await app.page.locator('#tpx-therapy-title').focus()
      await app.page.keyboard.press('Escape')
      await panel.waitFor({ state: 'detached' })
      // and focus goes back to the button that opened it
      expect(await app.page.evaluate(() => document.activeElement?.textContent ?? '')).toMatch(/Treatment & safety/)
    })
  })

  it('compares two patterns in consult mode', async () => {
    await withApp('?mode=consult&tp=upper_trapezius_trp1&side=R', async (app) => {
      await uiReady(app)
      await waitForSceneReady(app.page)
      await waitForPainted(app.page, 'upper_trapezius_trp1:R')
      await app.page.getByLabel('Compare with (blue)').selectOption('levator_scapulae_upper')
      await app.page.locator('.tpx-legend', { hasText: 'second pattern' }).waitFor()
      await app.page.getByRole('button', { name: 'Swap' }).click()
      await waitForPainted(app.page, 'levator_scapulae_upper:R')
      expect(await app.page.getByLabel('Compare with (blue)').inputValue()).toBe('upper_trapezius_trp1')
      // the second pattern is in the link, so "Share link" keeps the comparison
      await app.page.waitForFunction(() => new URLSearchParams(location.search).get('compare') === 'upper_trapezius_trp1')
      expect(new URL(app.page.url()).searchParams.get('tp')).toBe('levator_scapulae_upper')
      await screenshot(app.page, 'ui-consult-compare')
    })
  })

  it('quizzes a student on the pattern shown and keeps the answer out of the link', async () => {
    await withApp('?mode=study', async (app) => {
      await uiReady(app)
      const study = app.page.getByTestId('study')
      await study.waitFor()
      const choices = study.locator('[data-choice]')
      expect(await choices.count()).toBe(4)
      expect(app.page.url()).not.toContain('tp=')
      // the pattern is also given in words (no-WebGL list view, screen readers), never the muscle
      const pattern = (await study.getByTestId('study-pattern').textContent()) ?? ''
      expect(pattern).toMatch(/^Pattern \((left|right) side\): main pain in \w/)
      for (const name of await choices.locator('span:not(.sub)').allTextContents()) expect(pattern).not.toContain(name.trim())
      await choices.first().click()
      await study.getByRole('status').waitFor()
      expect(await study.locator('[data-state="right"]').count()).toBe(1)
      expect(await study.textContent()).toMatch(/Score: [01] of 1/)
      await study.getByRole('button', { name: 'Next question' }).click()
      expect(await study.locator('[data-state="right"]').count()).toBe(0)
    })
  })

  it('shows every dataset error with its file and JSON path instead of a white screen', async () => {
    // a copy of the real muscles file with one broken trigger point, served in its place
    const breakMuscles = (context: BrowserContext) =>
      context.route(/\/assets\/muscles-[^/]*\.json$/, async (route) => {
        const response = await route.fetch()
        const data = (await response.json()) as { muscles: { triggerPoints: Record<string, unknown>[] }[] }
        delete data.muscles[0]!.triggerPoints[0]!.location
        data.muscles[1]!.triggerPoints[0]!.essentialZones = 'temple'
        await route.fulfill({ response, json: data })
      })
    await withApp('', { prepare: breakMuscles, expect: 'none' }, async ({ page }) => {
      const alert = page.getByRole('alert')
      await alert.waitFor({ timeout: 60_000 })
      const text = (await alert.textContent()) ?? ''
      expect(text).toContain('muscles.json')
      expect(text).toContain('muscles[0].triggerPoints[0].location')
      expect(text).toContain('muscles[1].triggerPoints[0].essentialZones')
      await screenshot(page, 'ui-dataset-error')
    })
  })

  it('lays the panels out as a bottom sheet on a phone', async () => {
    await withApp('?tp=upper_trapezius_trp1&side=R', { viewport: PHONE, mobile: true }, async (app) => {
      await uiReady(app)
      await waitForSceneReady(app.page)
      await waitForPainted(app.page, 'upper_trapezius_trp1:R')
      const box = await app.page.getByTestId('detail-panel').boundingBox()
      expect(box).not.toBeNull()
      expect(box!.y + box!.height).toBeGreaterThan(PHONE.height - 2)
      expect(box!.width).toBeGreaterThan(PHONE.width - 2)
      // every button is a comfortable touch target
      const small = await app.page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.tpx-ui button')]
          .filter((b) => b.offsetParent !== null)
          .map((b) => ({ text: b.textContent, h: b.getBoundingClientRect().height, w: b.getBoundingClientRect().width }))
          .filter((b) => b.h < 44 || b.w < 44),
      )
      expect(small).toEqual([])
      // the short labels shown on a phone are the buttons' names, not their tooltips
      const modes = app.page.getByRole('navigation', { name: 'Mode' })
      for (const name of ['Explore', 'Where it hurts', 'Consult', 'Study'])
        expect(await modes.getByRole('button', { name, exact: true }).count()).toBe(1)
      await screenshot(app.page, 'ui-phone-detail')
    })
  })
})
