// Browser figures of `npm run bench`: time to the first 3D frame, JavaScript loaded before it
// (gzip), and the time from a click on a trigger point in the list to the frame that shows its
// pattern painted. Runs the built app (dist/) in Debian's headless Chromium with SwiftShader.
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { join } from 'node:path'
import { preview } from 'vite'
import { chromium } from 'playwright-core'

const ARGS = [
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
]
const RUNS = 3

export async function benchBrowser(): Promise<Record<string, number>> {
  const server = await preview({
    root: process.cwd(),
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: 0, strictPort: true },
  })
  const address = server.httpServer.address()
  if (address === null || typeof address === 'string') throw new Error('vite preview did not bind a port')
  const base = `http://127.0.0.1:${address.port}/`
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS })
  try {
    const firstFrames: number[] = []
    const paints: number[] = []
    let jsGzip = 0
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
      const page = await context.newPage()
      await page.goto(base)
      await page.waitForFunction(() => document.body.dataset.sceneReady === '1', undefined, { timeout: 60_000 })
      // scripts whose fetch STARTED before the first-frame mark, read from the page's own
      // resource timing (a request listener here would also catch what starts just after)
      const scripts = await page.evaluate(() => {
        const frame = performance.getEntriesByName('tpx:first-frame')[0]?.startTime ?? Infinity
        return performance
          .getEntriesByType('resource')
          .filter((e) => e.startTime <= frame && new URL(e.name).pathname.endsWith('.js'))
          .map((e) => new URL(e.name).pathname)
      })
      firstFrames.push(await page.evaluate(() => performance.getEntriesByName('tpx:first-frame')[0]?.startTime ?? NaN))
      if (run === 0) {
        // what the browser fetched before the first frame, measured as the gzip of the built files
        for (const path of new Set(scripts)) jsGzip += gzipSync(readFileSync(join('dist', path.replace(/^\//, '')))).length
      }
      // select from the list, as a therapist would, and wait for the painted frame
      await page.locator('details[data-area="shoulder"] > summary').click()
      const item = page.locator('[data-tp="upper_trapezius_trp1"]').first()
      await item.scrollIntoViewIfNeeded()
      // timed inside the page (click event to the painted frame), so the test driver's own
      // round trips do not count
      await page.evaluate(() => {
        const w = window as unknown as { __bench: { click: number; painted: number } }
        w.__bench = { click: NaN, painted: NaN }
        document.addEventListener(
          'click',
          () => {
            w.__bench.click = performance.now()
          },
          { capture: true, once: true },
        )
        new MutationObserver((_, observer) => {
          if ((document.body.dataset.painted ?? '').startsWith('upper_trapezius_trp1:')) {
            w.__bench.painted = performance.now()
            observer.disconnect()
          }
        }).observe(document.body, { attributes: true, attributeFilter: ['data-painted'] })
      })
      await item.click()
      await page.waitForFunction(() => (document.body.dataset.painted ?? '').startsWith('upper_trapezius_trp1:'), undefined, {
        timeout: 30_000,
      })
      paints.push(
        await page.evaluate(() => {
          const b = (window as unknown as { __bench: { click: number; painted: number } }).__bench
          return b.painted - b.click
        }),
      )
      await context.close()
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN
    return { firstFrameMs: median(firstFrames), jsBeforeFirstFrameGzipBytes: jsGzip, selectToPaintedFrameMs: median(paints) }
  } finally {
    await browser.close()
    await server.close()
  }
}
