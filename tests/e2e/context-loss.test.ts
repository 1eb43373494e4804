// Issue 12: when the GPU takes the WebGL context away, the UI switches to its list view (the one
// shown without WebGL) until the context is restored; then the 3D view returns and is drawn at
// once, and `data-painted` names only what a drawn frame shows (a change made while the
// context was lost is reported after the restore, not before).
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { waitForPainted, waitForSceneReady, withApp } from './browser'

const loseContext = `(() => {
  const canvas = document.querySelector('.scene canvas')
  const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl')
  window.__lose = gl.getExtension('WEBGL_lose_context')
  window.__lose.loseContext()
})()`

/**
 * Every notice whose box overlaps a panel's box (the mode's panel, the details), the view
 * buttons or the legend: a notice must never hide what a panel says, e.g. the heading of the
 * details (issue 12: at 1280x800 the context-lost notice lay over it).
 */
async function noticesOverPanels(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const boxes = (selector: string) =>
      [...document.querySelectorAll<HTMLElement>(selector)]
        .map((el) => ({ el, r: el.getBoundingClientRect() }))
        .filter(({ r }) => r.width > 0 && r.height > 0)
    const name = (el: HTMLElement) => el.dataset.testid ?? el.dataset.noticeKey ?? el.className
    const out: string[] = []
    for (const n of boxes('.tpx-notices > *'))
      for (const p of boxes('.tpx-panel, .tpx-views, .tpx-legend')) {
        const a = n.r
        const b = p.r
        if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
          out.push(
            `${name(n.el)} [${a.left},${a.top},${a.right},${a.bottom}] over ${name(p.el)} [${b.left},${b.top},${b.right},${b.bottom}]`,
          )
      }
    return out
  })
}

const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
]

describe('WebGL context lost', () => {
  it('shows the list view while the context is lost and the 3D view again, drawn, when it is restored', async () => {
    // with the camera's motion, as in the app's default (under reduced motion the 3D view was
    // found still visible while the context was lost: to look at in src, issue 9 report)
    await withApp('?tp=upper_trapezius_trp1&side=R', { reducedMotion: false }, async (app) => {
      const { page } = app
      await waitForSceneReady(page)
      await waitForPainted(page, 'upper_trapezius_trp1:R')
      const ui = page.getByTestId('ui-root')
      expect(await ui.getAttribute('class')).not.toMatch(/list-only/)

      await page.evaluate(loseContext)
      await page.locator('[data-notice]', { hasText: '3D view stopped' }).waitFor()
      await page.waitForFunction(() => document.querySelector('[data-testid="ui-root"]')?.classList.contains('list-only'))
      expect(await page.evaluate(() => document.body.dataset.painted)).toBe('')
      // the body is gone from view, its tools too; the lists and the details are there
      expect(await page.locator('[data-scene]').evaluate((el) => getComputedStyle(el).visibility)).toBe('hidden')
      expect(await page.getByRole('button', { name: 'Front view' }).count()).toBe(0)
      expect(await page.getByRole('searchbox').isVisible()).toBe(true)
      expect(await page.getByTestId('essential-zones').isVisible()).toBe(true)
      // no "this browser cannot show 3D" text: the notice says what happened
      expect(await page.getByTestId('no-webgl').count()).toBe(0)
      expect(await noticesOverPanels(page)).toEqual([])
      await app.shot('context-lost-list-view')

      // a change while nothing is drawn is not reported as painted
      await page.getByRole('button', { name: 'Left side' }).click()
      await page.waitForFunction(() => new URL(location.href).searchParams.get('side') === 'L')
      expect(await page.evaluate(() => document.body.dataset.painted)).toBe('')

      await page.evaluate(() => (window as unknown as { __lose: WEBGL_lose_context }).__lose.restoreContext())
      // drawn again at once (no camera move), showing the selection made meanwhile
      await waitForPainted(page, 'upper_trapezius_trp1:L')
      expect(await ui.getAttribute('class')).not.toMatch(/list-only/)
      expect(await page.locator('[data-scene]').evaluate((el) => getComputedStyle(el).visibility)).toBe('visible')
      await page.locator('[data-notice]', { hasText: '3D view stopped' }).waitFor({ state: 'detached' })
      expect(await page.getByRole('button', { name: 'Front view' }).isVisible()).toBe(true)
      await app.shot('context-restored-3d-view')
    })
  })

  it.each(VIEWPORTS)('no notice covers a panel, in the 3D view or the list view, at $width x $height', async (viewport) => {
    // the comparison is ignored outside consult: a notice in the 3D view from the start
    const path = '?tp=upper_trapezius_trp1&side=R&compare=levator_scapulae_upper'
    await withApp(path, { viewport, mobile: viewport.width < 760 }, async (app) => {
      const { page } = app
      await waitForSceneReady(page)
      await page.locator('[data-notice-key="link.compareIgnored"]').waitFor()
      expect(await noticesOverPanels(page)).toEqual([])
      await app.shot(`context-notice-3d-${viewport.width}x${viewport.height}`)

      await page.evaluate(loseContext)
      await page.locator('[data-notice]', { hasText: '3D view stopped' }).waitFor()
      await page.waitForFunction(() => document.querySelector('[data-testid="ui-root"]')?.classList.contains('list-only'))
      // the details (with their heading) are shown and nothing lies over them
      expect(await page.getByTestId('detail-panel').isVisible()).toBe(true)
      expect(await noticesOverPanels(page)).toEqual([])
      // what lies on the heading's first letters: the heading itself once the list view has
      // settled (polled: the switch to the list view re-lays the panels out over a few frames)
      const onHeading = () =>
        page.locator('#tpx-detail-title').evaluate((el) => {
          const r = el.getBoundingClientRect()
          const hit = document.elementFromPoint(r.left + 4, r.top + r.height / 2)
          if (hit !== null && (hit === el || el.contains(hit))) return 'the heading'
          return hit === null
            ? 'nothing'
            : `${hit.tagName.toLowerCase()}.${hit.className} ${hit.getAttribute('data-testid') ?? ''}`
        })
      await expect.poll(onHeading, { message: 'the heading of the details is on top', timeout: 5_000 }).toBe('the heading')
      await app.shot(`context-lost-${viewport.width}x${viewport.height}`)
    })
  })
})
