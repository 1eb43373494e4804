// "Where does it hurt?" in real Chromium (issue 6): a drawing painted on the 3D body with real
// pointer events (mouse down, moves, up over the right temple, behind the ear and the side of
// the neck, found through the scene's landmark projection), the ranking it gives, the overlay
// of the chosen pattern, the drawing kept across a reload, quick marks from the list, the
// condition search and "Clear drawing" (undoable; not "Clear my data"). No request may leave
// the origin.
import { beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { loadBodyFile } from '../../src/data/load-body-node'
import { loadDatasetDir } from '../../src/data/load-dataset-node'
import { compileRegions, createSkinIndex, vertexRegionWeights, zoneKey } from '../../src/domain/geometry'
import { TOO_BROAD_SHARE, emptyDrawing, markRegion as markDrawn, painAreasFromRegions, paintedCover } from '../../src/domain/pain'
import { PHONE, screenshot, waitForCameraIdle, waitForPainted, waitForSceneReady, withApp } from './browser'
import { markRegion, markTempleAndNeck } from './finder-helpers'

import type { ScreenPoint } from '../../src/scene/screen-projection'

async function landmark(page: Page, id: string): Promise<ScreenPoint> {
  const p = await page.evaluate((id) => window.__tpx?.landmarkScreenPosition(id) ?? null, id)
  expect(p, `landmark ${id} is known`).not.toBeNull()
  expect(p!.visible, `landmark ${id} is visible`).toBe(true)
  return p!
}

/** One drag through the landmarks, in small steps, as a finger or a mouse would paint. */
async function paintThrough(page: Page, ids: string[]): Promise<void> {
  const points = []
  for (const id of ids) points.push(await landmark(page, id))
  await page.mouse.move(points[0]!.x, points[0]!.y)
  await page.mouse.down()
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!
    const b = points[i]!
    await page.mouse.move(b.x, b.y, { steps: Math.max(4, Math.round(Math.hypot(b.x - a.x, b.y - a.y) / 8)) })
  }
  await page.mouse.up()
}

/** Turns the body to the `view` side ('Right view', 'Left view'), paints one drag through the landmarks and waits for the ranking. */
async function paintFromView(page: Page, view: string, ids: string[]): Promise<void> {
  await waitForSceneReady(page)
  await page.getByRole('button', { name: view }).click()
  await waitForCameraIdle(page)
  await paintThrough(page, ids)
  await page.getByTestId('finder-results').waitFor()
}

const firstMuscle = (page: Page) =>
  page.locator('[data-testid="finder-results"] [data-muscle]').first().getAttribute('data-muscle')

describe('finder', () => {
  it('ranks upper trapezius first for pain painted on the temple, behind the ear and the side of the neck', async () => {
    await withApp('?mode=find', async (app) => {
      const { page } = app
      await paintFromView(page, 'Right view', ['temple.R', 'mastoid.R', 'neck-lateral.R'])
      const marked = (await page.getByTestId('marked-areas').textContent()) ?? ''
      expect(marked).toMatch(/temple/)
      expect(await firstMuscle(page)).toBe('upper_trapezius')
      const reason = (await page.locator('[data-testid="finder-results"] .why').first().textContent()) ?? ''
      expect(reason.toLowerCase()).toMatch(/temple/)
      // the safety note sits next to the results
      expect(await page.getByTestId('red-flags').textContent()).toMatch(/not a diagnosis/)

      // one drag is one undo step
      await page.getByRole('button', { name: 'Undo' }).click()
      await page.getByTestId('finder-results').waitFor({ state: 'detached' })
      await page.getByRole('button', { name: 'Redo' }).click()
      await page.getByTestId('finder-results').waitFor()

      // choosing the result overlays its pattern on the drawing
      const show = page.locator('[data-testid="finder-results"] [data-result]').first()
      const tpId = await show.getAttribute('data-result')
      await show.click()
      await waitForPainted(page, `${tpId}:R`)
      await waitForCameraIdle(page)
      await screenshot(page, 'finder-painted-temple-neck')

      // the drawing lives on the device only, never in the address bar: a reload keeps it
      expect(page.url()).not.toContain('pain=')
      await page.reload()
      await waitForSceneReady(page)
      await page.getByTestId('finder-results').waitFor()
      expect(await firstMuscle(page)).toBe('upper_trapezius')
    })
  })

  it('ranks a brush drawing of the left temple and side of the neck through skin points: trapezius TrP1, left side', async () => {
    await withApp('?mode=find', async (app) => {
      const { page } = app
      await paintFromView(page, 'Left view', ['temple.L', 'neck-lateral.L'])
      // upper trapezius TrP1 among the first three muscles, on the painted side
      const top3 = await page
        .locator('[data-testid="finder-results"] [data-muscle]')
        .evaluateAll((els) => els.slice(0, 3).map((e) => e.getAttribute('data-muscle')))
      expect(top3).toContain('upper_trapezius')
      const tp = page.locator('[data-testid="finder-results"] .tpx-result-tp', {
        has: page.locator('[data-result="upper_trapezius_trp1"]'),
      })
      expect(await tp.locator('.tp-name').first().getAttribute('data-side')).toBe('L')
      expect(await tp.locator('.tp-name').first().textContent()).toMatch(/left side/i)
      // the painted skin was ranked against the drawn pattern (shares of the drawing), and the
      // reason names the places
      const why = ((await tp.locator('.why').first().textContent()) ?? '').toLowerCase()
      expect(why).toMatch(/main pain area covers \d+% of what you marked/)
      expect(why).toMatch(/temple/)
      await tp.scrollIntoViewIfNeeded()
      await screenshot(page, 'finder-painted-left-temple-neck')
    })
  })

  it('marks areas from the list, mirrors them, searches a condition and clears the data', async () => {
    await withApp('?mode=find', async (app) => {
      const { page } = app
      await page.getByTestId('quick-marks').waitFor()
      // the side is a visible choice, right by default, with a big touch target
      const right = page.locator('[aria-label="Side to mark"] button', { hasText: 'Right' })
      expect(await right.getAttribute('aria-pressed')).toBe('true')
      expect(await page.getByTestId('mark-side-note').textContent()).toMatch(/right side/)
      expect((await right.boundingBox())!.height).toBeGreaterThanOrEqual(44)
      await markTempleAndNeck(page)
      expect(await page.getByTestId('marked-areas').textContent()).toMatch(/\(right\)/)
      expect(await page.getByTestId('marked-areas').textContent()).not.toMatch(/\(left\)/)
      expect(await page.locator('[data-region="temple"]').getAttribute('aria-pressed')).toBe('true')
      expect(await firstMuscle(page)).toBe('upper_trapezius')

      await page.getByRole('button', { name: 'Mirror to the other side' }).click()
      await page.waitForFunction(() => /\(left\)/.test(document.querySelector('[data-testid="marked-areas"]')?.textContent ?? ''))

      // everyday words with a typo lead to the ranked view of a condition
      await page.getByRole('searchbox').fill('jaw pian')
      await page.locator('[data-hit^="condition:"]').first().click()
      await page.getByTestId('cause-list').waitFor()
      expect(await page.locator('[data-testid="cause-list"] [data-muscle]').count()).toBeGreaterThan(0)

      // the finder's own clear button clears the drawing only, says so, and can be undone; it
      // is not "Clear my data" (Treatment & safety), which the finder does not offer as its own
      const finder = page.getByTestId('finder')
      expect(await finder.getByRole('button', { name: 'Clear my data' }).count()).toBe(0)
      const clearDrawing = finder.getByRole('button', { name: 'Clear drawing', exact: true })
      expect(await clearDrawing.count()).toBe(1)
      await clearDrawing.click()
      await page.getByTestId('finder-results').waitFor({ state: 'detached' })
      await finder.getByRole('button', { name: 'Undo', exact: true }).click()
      await page.getByTestId('finder-results').waitFor()
      expect(await page.locator('[data-region="temple"]').getAttribute('aria-pressed')).toBe('true')
      await clearDrawing.click()
      await page.getByTestId('finder-results').waitFor({ state: 'detached' })
      expect(page.url()).not.toContain('pain=')

      // an area picked from the search box goes on the side chosen in the quick marks
      await page.locator('[aria-label="Side to mark"] button', { hasText: 'Left' }).click()
      expect(await page.getByTestId('mark-side-note').textContent()).toMatch(/left side/)
      await page.getByRole('searchbox').fill('temple')
      await page.locator('[data-hit="region:temple"]').first().click()
      await page.getByTestId('finder-results').waitFor()
      expect(await page.getByTestId('marked-areas').textContent()).toMatch(/\(left\)/)
      expect(await page.getByTestId('marked-areas').textContent()).not.toMatch(/\(right\)/)
    })
  })

  it('speaks German in the list view: group names from the data, and Clear drawing with Undo', async () => {
    await withApp('?mode=find&lang=de', { webgl: false }, async (app) => {
      const { page } = app
      const marks = page.getByTestId('quick-marks')
      await marks.waitFor()
      // region group names are data (data/i18n/de.json regionGroups), not interface words
      await marks.locator('summary', { hasText: 'Kopf und Gesicht' }).click()
      await page.locator('[data-region="temple"]').click()
      await page.getByTestId('finder-results').waitFor()
      // the search names a region's group in the same words
      await page.getByRole('searchbox').fill('Schläfe')
      expect(await page.locator('[data-hit="region:temple"]').first().textContent()).toContain('(Kopf und Gesicht)')
      await page.getByRole('searchbox').fill('')
      const finder = page.getByTestId('finder')
      expect(await finder.getByRole('button', { name: 'Meine Daten löschen' }).count()).toBe(0)
      await finder.getByRole('button', { name: 'Zeichnung löschen', exact: true }).click()
      await page.getByTestId('finder-results').waitFor({ state: 'detached' })
      expect(await finder.getByRole('status').filter({ hasText: 'Tagebuch' }).count()).toBe(1)
      await screenshot(page, 'finder-de-cleared-drawing')
      await finder.getByRole('button', { name: 'Rückgängig', exact: true }).click()
      await page.getByTestId('finder-results').waitFor()
      expect(await page.locator('[data-region="temple"]').getAttribute('aria-pressed')).toBe('true')
    })
  })

  it('paints with a finger on a phone (real touch events)', async () => {
    await withApp('?mode=find', { viewport: PHONE, mobile: true }, async (app) => {
      const { page } = app
      await waitForSceneReady(page)
      await waitForCameraIdle(page)
      // a drag down the front of the right thigh, as one finger would draw it, above the sheet
      const a = await landmark(page, 'inguinal-mid.R')
      const b = await landmark(page, 'thigh-anterior-mid.R')
      const sheetTop = (await page.locator('.tpx-side').boundingBox())!.y
      expect(Math.max(a.y, b.y), 'the stroke is above the bottom sheet').toBeLessThan(sheetTop - 50)
      const cdp = await page.context().newCDPSession(page)
      const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number, y: number) =>
        cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y, id: 1 }] })
      await touch('touchStart', a.x, a.y)
      for (let i = 1; i <= 12; i++) await touch('touchMove', a.x + ((b.x - a.x) * i) / 12, a.y + ((b.y - a.y) * i) / 12)
      await touch('touchEnd', b.x, b.y)
      await page.getByTestId('finder-results').waitFor()
      expect((await page.getByTestId('marked-areas').textContent()) ?? '').toMatch(/thigh/)
      await screenshot(page, 'finder-phone-touch')
    })
  })

  it('fits the finder on a phone as a bottom sheet', async () => {
    await withApp('?mode=find', { viewport: PHONE, mobile: true }, async (app) => {
      const { page } = app
      await waitForSceneReady(page)
      await markRegion(page, 'lateral_thigh')
      await page.getByTestId('finder-results').waitFor()
      await screenshot(page, 'finder-phone')
    })
  })
})

// Issue 10: the words about a drawing follow the painted skin, as the ranking does. The same
// quick marks are made in node with the domain (markRegion, paintedCover): the app must name
// the same regions in the same order (largest painted area first), and call the drawing too
// broad exactly when its painted share of the body is over the limit.
describe('finder: what the painted skin covers', () => {
  const want = { head: { names: [] as string[], share: 0 }, headAndLeg: { share: 0 } }
  beforeAll(async () => {
    const loaded = await loadDatasetDir('data')
    if (!loaded.ok) throw new Error('data/ does not validate')
    const { index } = loaded
    const body = await loadBodyFile('public/models/body.glb')
    const regions = compileRegions(index.dataset.regions, body.landmarks, createSkinIndex(body.mesh))
    const weights = vertexRegionWeights(regions, body.mesh)
    let d = emptyDrawing(body.mesh.positions.length / 3)
    const mark = (group: string): void => {
      const ids = index.dataset.regions.filter((r) => r.group === group).map((r) => r.id)
      for (const a of painAreasFromRegions(ids, 'R', index.regionById)) d = markDrawn(d, weights.get(zoneKey(a.region, a.side))!)
    }
    mark('head_face')
    const head = paintedCover(d, body.mesh, weights)
    want.head.share = head.bodyShare
    want.head.names = head.regions.map((r) => {
      const name = index.regionById.get(r.region)!.plainName
      return r.side ? `${name} (${r.side === 'R' ? 'right' : 'left'})` : name
    })
    mark('lower_limb')
    want.headAndLeg.share = paintedCover(d, body.mesh, weights).bodyShare
  }, 60_000)

  it('names the regions the marks paint, largest first, and calls a drawing too broad by its share of the body', async () => {
    // the head alone is many regions on little skin; the head and the whole leg is too much skin
    expect(want.head.names.length).toBeGreaterThan(10)
    expect(want.head.share).toBeLessThan(TOO_BROAD_SHARE)
    expect(want.headAndLeg.share).toBeGreaterThan(TOO_BROAD_SHARE)
    await withApp('?mode=find', async (app) => {
      const { page } = app
      await page.getByTestId('quick-marks').waitFor()
      const markGroup = (name: string) =>
        page.evaluate((name) => {
          const group = [...document.querySelectorAll<HTMLDetailsElement>('[data-testid="quick-marks"] details')].find(
            (g) => g.querySelector('summary')?.textContent === name,
          )!
          group.open = true
          for (const b of group.querySelectorAll<HTMLButtonElement>('[data-region]'))
            if (b.getAttribute('aria-pressed') !== 'true') b.click()
        }, name)
      await markGroup('Head and face')
      const expected = `You marked: ${new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' }).format(want.head.names)}.`
      await page.waitForFunction(
        (expected) => document.querySelector('[data-testid="marked-areas"]')?.textContent === expected,
        expected,
      )
      expect(await page.getByTestId('too-broad').count()).toBe(0)
      expect(await page.locator('[data-testid="finder-results"] [data-muscle]').count()).toBeGreaterThan(0)

      await markGroup('Leg and foot')
      const broad = page.getByTestId('too-broad')
      await broad.waitFor()
      const text = (await broad.textContent()) ?? ''
      expect(text).toMatch(/covers too much of the body/)
      expect(Number(/about (\d+)% of the skin/.exec(text)?.[1])).toBe(Math.round(100 * want.headAndLeg.share))
      await broad.scrollIntoViewIfNeeded()
      await screenshot(page, 'finder-too-broad-share')
    })
  })
})
