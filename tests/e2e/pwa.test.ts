// The installable, offline app (issue 13) in real Chromium: after one visit the service worker
// has precached the whole build, and with the network gone a shared link still paints its
// pattern and the finder still ranks a drawing (lazy chunks, workers, dataset and body model
// all come from the precache); the web app manifest is complete and its icons are PNGs of the
// stated sizes; a new version waits for the user ("A new version is ready: Reload").
import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { waitForPainted, waitForSceneReady, withApp } from './browser'
import { markTempleAndNeck } from './finder-helpers'

const DIST = resolve(import.meta.dirname, '../..', process.env.E2E_DIST ?? 'dist')

/** The URLs the built service worker precaches (its Workbox manifest). */
function precacheList(): string[] {
  const sw = readFileSync(resolve(DIST, 'sw.js'), 'utf8')
  return [...sw.matchAll(/\{url:"([^"]+)",revision:/g)].map((m) => m[1]!)
}

/** Waits until the service worker controls the page, i.e. it is installed: everything precached. */
async function waitForOfflineCopy(page: Page): Promise<number> {
  await page.waitForFunction(() => !!navigator.serviceWorker.controller, undefined, { timeout: 60_000, polling: 100 })
  // the number of entries in Workbox's precache
  return page.evaluate(async () => {
    let count = 0
    for (const name of await caches.keys())
      if (name.includes('precache')) count += (await (await caches.open(name)).keys()).length
    return count
  })
}

describe('offline (service worker)', () => {
  it('precaches the whole build: the app, the lazy chunks, the workers, the dataset and the body model', () => {
    const list = precacheList()
    expect(list).toContain('index.html')
    expect(list).toContain('models/body.glb')
    expect(list).toContain('manifest.webmanifest')
    for (const chunk of [
      'FinderPanel',
      'StudyPanel',
      'ConsultPanel',
      'TherapyPanel',
      'search',
      'bvh.worker',
      'region-weights.worker',
    ]) {
      expect(
        list.some((url) => url.startsWith(`assets/${chunk}-`) && url.endsWith('.js')),
        chunk,
      ).toBe(true)
    }
    for (const file of ['regions', 'muscles', 'conditions', 'sources', 'therapy']) {
      expect(
        list.some((url) => url.startsWith(`assets/${file}-`) && url.endsWith('.json')),
        file,
      ).toBe(true)
    }
    expect(new Set(list).size, 'no entry twice').toBe(list.length)
  })

  it('after one visit, paints a shared link and ranks a drawing in the finder with the network off', async () => {
    await withApp('?tp=upper_trapezius_trp1&side=R', async (app) => {
      const { page, context } = app
      await waitForSceneReady(page)
      await waitForPainted(page, 'upper_trapezius_trp1:R')
      expect(await waitForOfflineCopy(page)).toBe(precacheList().length)

      await context.setOffline(true)
      expect(await page.evaluate(() => navigator.onLine)).toBe(false)
      await page.reload()
      await waitForSceneReady(page)
      await waitForPainted(page, 'upper_trapezius_trp1:R')

      // another mode, with its lazy panel and the search engine, still offline
      await page.goto(new URL('?mode=find', page.url()).toString())
      await waitForSceneReady(page)
      await markTempleAndNeck(page)
      expect(await page.locator('[data-testid="finder-results"] [data-muscle]').first().getAttribute('data-muscle')).toBe(
        'upper_trapezius',
      )
    })
  })

  it('announces a new version and reloads into it only when asked', async () => {
    const swPath = resolve(DIST, 'sw.js')
    const original = readFileSync(swPath, 'utf8')
    try {
      await withApp('?tp=upper_trapezius_trp1&side=R', async ({ page }) => {
        await waitForSceneReady(page)
        await waitForOfflineCopy(page)
        expect(await page.locator('[data-update-notice]').count()).toBe(0)

        // a "new build": the same service worker with one precache revision changed (same length,
        // so the static server's idea of the file stays consistent)
        const changed = original.replace(
          /(\{url:"index\.html",revision:"[^"]*)([0-9a-z])"/,
          (_m, head: string, last: string) => `${head}${last === '0' ? '1' : '0'}"`,
        )
        expect(changed).not.toBe(original)
        writeFileSync(swPath, changed)
        await page.evaluate(async () => {
          await (await navigator.serviceWorker.getRegistration())?.update()
        })
        const notice = page.locator('[data-update-notice]')
        await notice.waitFor({ timeout: 60_000 })
        expect(await notice.textContent()).toMatch(/A new version is ready/)
        // the session goes on meanwhile: the old version still controls the page
        expect(await page.evaluate(() => document.body.dataset.painted)).toBe('upper_trapezius_trp1:R')

        const reloaded = page.waitForEvent('framenavigated', { timeout: 60_000 })
        await notice.getByRole('button', { name: 'Reload' }).click()
        await reloaded
        await waitForSceneReady(page)
        await waitForPainted(page, 'upper_trapezius_trp1:R')
        expect(await page.locator('[data-update-notice]').count()).toBe(0)
        expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)).toBeNull()
      })
    } finally {
      writeFileSync(swPath, original)
    }
  })
})

describe('web app manifest', () => {
  it('is linked from the page, complete, and its icons are PNGs of the stated sizes', async () => {
    await withApp('', async (app) => {
      const { page } = app
      const href = await page.locator('link[rel="manifest"]').getAttribute('href')
      expect(href).toBeTruthy()
      const manifestUrl = new URL(href!, page.url())
      expect(manifestUrl.origin).toBe(new URL(page.url()).origin)
      const response = await fetch(manifestUrl)
      expect(response.ok).toBe(true)
      const manifest = (await response.json()) as {
        name: string
        short_name: string
        description: string
        start_url: string
        scope: string
        display: string
        theme_color: string
        background_color: string
        icons: { src: string; sizes: string; type: string; purpose?: string }[]
      }
      expect(manifest.name).toBe('Trigger Point Explorer')
      expect(manifest.short_name.length).toBeGreaterThan(0)
      expect(manifest.short_name.length).toBeLessThanOrEqual(15)
      expect(manifest.description.length).toBeGreaterThan(20)
      expect(manifest.display).toBe('standalone')
      // relative: the app works from any folder
      expect(manifest.start_url).toBe('./')
      expect(manifest.scope).toBe('./')
      expect(new URL(manifest.start_url, manifestUrl).href).toBe(new URL('./', manifestUrl).href)
      // the colours of the page
      const themeColor = await page.locator('meta[name="theme-color"]').getAttribute('content')
      expect(manifest.theme_color).toBe(themeColor)
      expect(manifest.background_color).toBe(
        await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--tpx-bg').trim()),
      )

      const pngs = manifest.icons.filter((icon) => icon.type === 'image/png')
      for (const size of [192, 512])
        expect(
          pngs.some((icon) => icon.sizes === `${size}x${size}`),
          `a ${size} px icon`,
        ).toBe(true)
      expect(
        pngs.some((icon) => icon.purpose?.split(' ').includes('maskable')),
        'a maskable icon',
      ).toBe(true)
      for (const icon of pngs) {
        const url = new URL(icon.src, manifestUrl)
        expect(url.origin).toBe(manifestUrl.origin)
        const res = await fetch(url)
        expect(res.ok, icon.src).toBe(true)
        expect(res.headers.get('content-type')).toMatch(/image\/png/)
        const bytes = Buffer.from(await res.arrayBuffer())
        expect(
          bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
          `${icon.src} is a PNG`,
        ).toBe(true)
        // IHDR: width and height, big-endian, at bytes 16 and 20
        const [w, h] = icon.sizes.split('x').map(Number)
        expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)], icon.src).toEqual([w, h])
      }
    })
  })
})
