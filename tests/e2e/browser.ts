// Real headless Chromium for the e2e suite (Debian's /usr/bin/chromium through playwright-core,
// WebGL through SwiftShader). If the browser cannot start the suite FAILS: a skipped e2e run
// would pass CI without anything having been looked at.
import { mkdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { expect, inject } from 'vitest'

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
export const CHROMIUM_ARGS = [
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
]
export const SCREENSHOT_DIR = resolve(import.meta.dirname, '../../test-results/screenshots')

let browserPromise: Promise<Browser> | null = null

/** One browser per test file, closed after it by `closeBrowser()` (e2e-setup.ts). */
export function getBrowser(): Promise<Browser> {
  browserPromise ??= chromium
    .launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true })
    .catch((error: unknown) => {
      browserPromise = null
      throw new Error(
        `Chromium could not start from ${CHROMIUM_PATH} (install Debian's chromium: apt-get install -y chromium). ` +
          `The e2e suite never skips. Cause: ${error instanceof Error ? error.message : String(error)}`,
      )
    })
  return browserPromise
}

export async function closeBrowser(): Promise<void> {
  const pending = browserPromise
  browserPromise = null
  if (pending) await (await pending).close()
}

export interface OpenAppOptions {
  viewport?: { width: number; height: number }
  /** false: the page sees no WebGL (getContext returns null), to test the list view */
  webgl?: boolean
  /** phone-like: touch events, mobile viewport meta honoured */
  mobile?: boolean
  /** true: the page's Content-Security-Policy is not enforced (only to inject a test tool such as axe-core) */
  bypassCSP?: boolean
  /** JavaScript run in the page before the app (to simulate a broken device, say) */
  initScript?: string
  /** run on the fresh context before the page opens (to serve a changed file with `context.route`, say) */
  prepare?: (context: BrowserContext) => Promise<unknown>
  /** another server than the suite's (the landmark page is built and served on its own) */
  baseUrl?: string
  /**
   * true (the default): the page asks for reduced motion, as a person may in their settings, so
   * camera moves and CSS transitions reach their end at once instead of 750 ms of frames drawn
   * in software WebGL for every framing; false for a test of the motion itself.
   */
  reducedMotion?: boolean
}

export interface AppPage {
  page: Page
  context: BrowserContext
  /** every request whose origin is not the app's (they are also aborted: no test needs the network) */
  offOrigin: string[]
  /** console errors, uncaught exceptions and failed same-origin requests */
  consoleErrors: string[]
  /** saves test-results/screenshots/<name>.png of the page */
  shot: (name: string) => Promise<Buffer>
  close: () => Promise<void>
}

export const DESKTOP = { width: 1280, height: 800 }
export const PHONE = { width: 390, height: 844 }

/** Opens `path` (relative to the app, e.g. `?tp=upper_trapezius_trp1&side=R`) in a fresh context. */
export async function openApp(path = '', options: OpenAppOptions = {}): Promise<AppPage> {
  const baseUrl = options.baseUrl ?? inject('baseUrl')
  const origin = new URL(baseUrl).origin
  const browser = await getBrowser()
  const context = await browser.newContext({
    viewport: options.viewport ?? DESKTOP,
    deviceScaleFactor: 1,
    isMobile: options.mobile ?? false,
    hasTouch: options.mobile ?? false,
    bypassCSP: options.bypassCSP ?? false,
    reducedMotion: options.reducedMotion === false ? 'no-preference' : 'reduce',
  })
  const offOrigin: string[] = []
  const consoleErrors: string[] = []
  await context.route(
    (url) => url.origin !== origin,
    async (route) => {
      offOrigin.push(route.request().url())
      await route.abort()
    },
  )
  if (options.webgl === false) {
    await context.addInitScript(() => {
      const original = HTMLCanvasElement.prototype.getContext
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
        if (type.startsWith('webgl') || type === 'experimental-webgl') return null
        return (original as (...a: unknown[]) => RenderingContext | null).call(this, type, ...rest)
      } as typeof original
    })
  }
  if (options.initScript) await context.addInitScript(options.initScript)
  if (options.prepare) await options.prepare(context)
  const page = await context.newPage()
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`console: ${message.text()}`)
  })
  page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`))
  page.on('requestfailed', (request) => {
    if (new URL(request.url()).origin === origin)
      consoleErrors.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`)
  })
  page.on('response', (response) => {
    if (response.status() >= 400) consoleErrors.push(`HTTP ${response.status()}: ${response.url()}`)
  })
  await page.goto(new URL(path, baseUrl).toString())
  return { page, context, offOrigin, consoleErrors, shot: (name) => screenshot(page, name), close: () => context.close() }
}

export interface WithAppOptions extends OpenAppOptions {
  /**
   * What must hold once the test body has passed: 'clean' (the default) no console error and no
   * request off the origin; 'origin' only the latter (for a test that provokes errors); 'none'.
   */
  expect?: 'clean' | 'origin' | 'none'
}

/**
 * The e2e fixture: opens the app at `path` in a fresh context (viewport, touch, WebGL as the
 * options say), runs `body`, checks what `options.expect` asks, and always closes the context,
 * whether the body passed or threw. The browser itself is closed after each file (e2e-setup.ts).
 */
export async function withApp<T>(path: string, body: (app: AppPage) => Promise<T>): Promise<T>
export async function withApp<T>(path: string, options: WithAppOptions, body: (app: AppPage) => Promise<T>): Promise<T>
export async function withApp<T>(
  path: string,
  optionsOrBody: WithAppOptions | ((app: AppPage) => Promise<T>),
  maybeBody?: (app: AppPage) => Promise<T>,
): Promise<T> {
  const options = typeof optionsOrBody === 'function' ? {} : optionsOrBody
  const body = typeof optionsOrBody === 'function' ? optionsOrBody : maybeBody!
  const app = await openApp(path, options)
  try {
    const result = await body(app)
    expectClean(app, options.expect)
    return result
  } finally {
    await app.close()
  }
}

/** What `withApp` checks after a test: no request off the origin and (with 'clean', the default) no console error. */
export function expectClean(app: AppPage, check: WithAppOptions['expect'] = 'clean'): void {
  if (check !== 'none') expect(app.offOrigin, 'requests that left the origin').toEqual([])
  if (check === 'clean') expect(app.consoleErrors, 'console errors').toEqual([])
}

/**
 * Goes to `path` (relative to the page's address, e.g. `?tp=infraspinatus_upper&side=L`) in the
 * running app without a reload, as Back and Forward do: the address changes in place
 * (history.pushState) and the app reads it (popstate). A test that visits many links in a row
 * pays for one page load, not one each.
 */
export async function goInApp(page: Page, path: string): Promise<void> {
  await page.evaluate((href) => {
    history.pushState(null, '', href)
    dispatchEvent(new PopStateEvent('popstate'))
  }, new URL(path, page.url()).toString())
}

/**
 * Waits until the app is ready to be used and looked at: the first frame with the body drawn
 * (`data-scene-ready="1"` on <body>), the data loaded and the panels shown (`data-status`),
 * the camera fitted to the part the panels leave free (no `data-layout-pending`), and the
 * picking tree built (`data-bvh-ready="1"`), so clicks and the visibility answers of
 * `window.__tpx` take hidden skin into account. Then one more frame, so the picture is current.
 */
export async function waitForSceneReady(page: Page, timeout = 60_000): Promise<void> {
  await page.waitForFunction(
    () => {
      const d = document.body.dataset
      return d.sceneReady === '1' && d.status === 'ready' && d.bvhReady === '1' && d.layoutPending !== '1' && !!window.__tpx
    },
    undefined,
    { timeout, polling: 50 },
  )
  await nextFrames(page)
}

/** Resolves after two animation frames: whatever was invalidated has been drawn. */
export async function nextFrames(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))))
}

/**
 * Runs `action` (a click, a key press) and waits until its `type` event has reached `window`
 * (every handler of the page has run) and two frames have been drawn since, so a test can then
 * assert that the action changed nothing, without sleeping.
 */
export async function afterEvent(page: Page, type: string, action: () => Promise<void>): Promise<void> {
  await page.evaluate((t) => {
    const w = window as unknown as { __tpxEvent?: Promise<void> }
    w.__tpxEvent = new Promise<void>((resolve) => window.addEventListener(t, () => resolve(), { once: true }))
  }, type)
  await action()
  await page.evaluate(() => (window as unknown as { __tpxEvent: Promise<void> }).__tpxEvent)
  await nextFrames(page)
}

/** Waits until the frame that shows the painted selection `<tpId>:<side>` ('' = nothing painted). */
export async function waitForPainted(page: Page, expected: string, timeout = 30_000): Promise<void> {
  await page.waitForFunction((value) => document.body.dataset.painted === value, expected, { timeout, polling: 50 })
}

/** Waits until no camera animation runs (after a selection or a view button the camera turns). */
export async function waitForCameraIdle(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction(() => document.body.dataset.cameraMoving !== '1', undefined, { timeout, polling: 50 })
}

/** A link's or a selection's pattern as a person sees it: the scene ready, `<tpId>:<side>` painted, the camera come to rest on it, a frame drawn. */
export async function waitForFramed(page: Page, expected: string): Promise<void> {
  await waitForSceneReady(page)
  await waitForPainted(page, expected)
  await waitForCameraIdle(page)
  await nextFrames(page)
}

/** Milliseconds from navigation start to the first frame with the body drawn. */
export async function firstFrameMs(page: Page): Promise<number> {
  return page.evaluate(() => performance.getEntriesByName('tpx:first-frame')[0]?.startTime ?? NaN)
}

/** Saves test-results/screenshots/<name>.png and returns the PNG. */
export async function screenshot(page: Page, name: string): Promise<Buffer> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  return page.screenshot({ path: resolve(SCREENSHOT_DIR, `${name}.png`) })
}

export type Rgb = [number, number, number]

/** A square of the 3D canvas to read: `radius` CSS px around (x, y) of the viewport. */
export interface PixelSquare {
  x: number
  y: number
  radius?: number
}

/**
 * The 3D canvas's pixels in each square (`radius` CSS px around (x, y) of the viewport, 0 unless
 * told), read from the WebGL drawing buffer (kept by preserveDrawingBuffer), so DOM panels over
 * the canvas do not get in the way. The buffer is copied once for all the squares (a test that
 * checks a few hundred skin points makes one round trip, not one each); pixels outside the
 * canvas read as black.
 */
export async function canvasPixelsAt(page: Page, squares: readonly PixelSquare[]): Promise<Rgb[][]> {
  if (squares.length === 0) return []
  return page.evaluate((squares) => {
    const canvas = document.querySelector<HTMLCanvasElement>('canvas[data-engine], canvas')
    if (!canvas) throw new Error('no canvas on the page')
    const rect = canvas.getBoundingClientRect()
    const sx = canvas.width / rect.width
    const sy = canvas.height / rect.height
    const boxes = squares.map(({ x, y, radius = 0 }) => ({
      size: Math.max(1, Math.round((2 * radius + 1) * sx)),
      left: Math.round((x - radius - rect.left) * sx),
      top: Math.round((y - radius - rect.top) * sy),
    }))
    // one copy of the part of the buffer that holds every square
    const x0 = Math.max(0, Math.min(...boxes.map((b) => b.left)))
    const y0 = Math.max(0, Math.min(...boxes.map((b) => b.top)))
    const x1 = Math.min(canvas.width, Math.max(...boxes.map((b) => b.left + b.size)))
    const y1 = Math.min(canvas.height, Math.max(...boxes.map((b) => b.top + b.size)))
    const width = Math.max(1, x1 - x0)
    const height = Math.max(1, y1 - y0)
    const copy = document.createElement('canvas')
    copy.width = width
    copy.height = height
    const ctx = copy.getContext('2d', { willReadFrequently: true })
    if (!ctx) throw new Error('no 2d context')
    ctx.drawImage(canvas, x0, y0, width, height, 0, 0, width, height)
    const data = ctx.getImageData(0, 0, width, height).data
    return boxes.map(({ size, left, top }) => {
      const out: [number, number, number][] = []
      for (let row = top; row < top + size; row++)
        for (let col = left; col < left + size; col++) {
          if (row < y0 || col < x0 || row >= y0 + height || col >= x0 + width) out.push([0, 0, 0])
          else {
            const i = ((row - y0) * width + (col - x0)) * 4
            out.push([data[i]!, data[i + 1]!, data[i + 2]!])
          }
        }
      return out
    })
  }, squares)
}

/** The 3D canvas's pixels in a square of `radius` CSS px around (x, y) of the viewport (see canvasPixelsAt). */
export async function canvasPixels(page: Page, x: number, y: number, radius = 0): Promise<Rgb[]> {
  return (await canvasPixelsAt(page, [{ x, y, radius }]))[0]!
}

/** Painted red: clearly more red than green and blue (skin is warm too, but far less saturated). */
export const isPaintRed = ([r, g, b]: Rgb): boolean => r > 120 && r - g > 70 && r - b > 70

export const fraction = <T>(items: readonly T[], test: (item: T) => boolean): number =>
  items.length === 0 ? 0 : items.filter(test).length / items.length
