// The landmark inspection page (landmarks.html) in real Chromium: every camera preset renders the
// body with its landmark dots, and the screenshots (test-results/screenshots/body-<view>.png) are
// what a person checks landmarks against anatomy with (issue 4).
// The page is a developer tool and is not in the production build: this file builds it on its
// own (`vite build --mode landmarks`, into a folder of its own) and serves that with vite preview.
import { rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { resolve } from 'node:path'
import type { Page } from 'playwright-core'
import { build, preview, type PreviewServer } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { VIEWS } from '../../src/app/landmark-viewer/views'
import { withApp } from './browser'

let server: PreviewServer | undefined
let baseUrl = ''
const outDir = resolve(tmpdir(), `tpx-landmarks-${process.pid}`)

beforeAll(async () => {
  const root = resolve(import.meta.dirname, '../..')
  await build({ root, mode: 'landmarks', logLevel: 'warn', build: { outDir, emptyOutDir: true } })
  server = await preview({
    root,
    mode: 'landmarks',
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  })
  const address = server.httpServer.address()
  if (address === null || typeof address === 'string') throw new Error('vite preview did not bind a TCP port')
  baseUrl = `http://127.0.0.1:${address.port}/`
})

afterAll(async () => {
  await server?.close()
  rmSync(outDir, { recursive: true, force: true })
})

/** share of canvas pixels that differ from the page background: the body is drawn */
const drawnShare = (p: Page) =>
  p.evaluate(() => {
    const gl = document.getElementById('scene') as HTMLCanvasElement
    const c = document.createElement('canvas')
    c.width = 90
    c.height = 90
    const ctx = c.getContext('2d')!
    ctx.drawImage(gl, 0, 0, 90, 90)
    const d = ctx.getImageData(0, 0, 90, 90).data
    let drawn = 0
    for (let i = 0; i < d.length; i += 4)
      if (Math.abs(d[i]! - 0xee) + Math.abs(d[i + 1]! - 0xf0) + Math.abs(d[i + 2]! - 0xf2) > 24) drawn++
    return drawn / (90 * 90)
  })

describe('landmarks.html', () => {
  for (const [view, preset] of Object.entries(VIEWS)) {
    it(`renders the ${view} view with the body and its landmarks`, async () => {
      await withApp(`landmarks.html?view=${view}`, { baseUrl, viewport: { width: 900, height: 900 } }, async (app) => {
        const { page } = app
        await page.waitForFunction(() => document.body.dataset.ready, null, { timeout: 60_000 })
        expect(await page.evaluate(() => document.body.dataset.ready)).toBe('1')
        await app.shot(`body-${view}`)
        expect(await drawnShare(page)).toBeGreaterThan(0.08)
        if (preset.labels) {
          const labels = await page.locator('.lm').allTextContents()
          // the close-up shows the landmarks it is framed on
          for (const id of preset.focus) expect(labels, view).toContain(id)
        }
      })
    })
  }
})
