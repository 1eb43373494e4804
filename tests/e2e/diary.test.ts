// The pain diary in real Chromium (issue 13): three entries saved on different (mocked) days,
// kept across a reload, two laid over the body in their two colours, exported to a file (checked
// against the diary's own schema), removed by "Clear my data", imported back (everything there
// again), a corrupt file refused with its error, unreadable saved data offered for download,
// and one entry carried by a consult link into consult mode on another device. Screenshots of
// the list, the overlay and the chart at 1280x800 and on a 390x844 phone.
import { readFileSync } from 'node:fs'
import jsQR from 'jsqr'
import { afterAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { loadBodyFile } from '../../src/data/load-body-node'
import { emptyDiary, parseDiaryText, serializeDiary } from '../../src/domain/diary'
import { encodePain, samplesOfDrawing } from '../../src/domain/pain'
import { strokesDrawing } from '../fixtures/strokes-drawing'
import { closeBrowser, openApp, PHONE, screenshot, waitForCameraIdle, waitForSceneReady, type AppPage } from './browser'
import { markRegion } from './finder-helpers'

const DIARY_KEY = 'tpx.diary.v1'
/** the overlay colours (diary-view-store OVERLAY_COLORS) as they look over the skin */
const isGold = ([r, g, b]: number[]) => r! > 160 && g! > 90 && r! - b! > 110
const isGreen = ([r, g, b]: number[]) => g! > 110 && g! - r! > 40 && g! - b! > 5

function expectClean(app: AppPage): void {
  expect(app.offOrigin, 'requests that left the origin').toEqual([])
  expect(app.consoleErrors, 'console errors').toEqual([])
}

async function saveEntry(page: Page, day: string, regions: string[], intensity: number, qualities: string[], note: string) {
  await page.clock.setFixedTime(new Date(`${day}T09:30:00`))
  const clear = page.getByRole('button', { name: 'Clear drawing', exact: true })
  if (await clear.isEnabled()) await clear.click()
  for (const r of regions) await markRegion(page, r)
  await page.getByRole('button', { name: 'Save to my diary' }).click()
  const form = page.getByTestId('diary-form')
  // the day defaults to today (the mocked clock)
  expect(await form.getByTestId('diary-date').inputValue()).toBe(day)
  await form.getByTestId('diary-intensity').fill(String(intensity))
  for (const q of qualities) await form.getByLabel(q).check()
  await form.getByTestId('diary-note').fill(note)
  await form.getByTestId('diary-save').click()
  await page.getByTestId('diary-saved').waitFor()
}

/** Counts gold and green pixels of the whole 3D view (the WebGL drawing buffer). */
async function overlayColours(page: Page): Promise<{ gold: number; green: number }> {
  const pixels = await page.evaluate(() => {
    const canvas = document.querySelector('canvas')!
    const copy = document.createElement('canvas')
    copy.width = Math.round(canvas.width / 2)
    copy.height = Math.round(canvas.height / 2)
    const ctx = copy.getContext('2d')!
    ctx.drawImage(canvas, 0, 0, copy.width, copy.height)
    return Array.from(ctx.getImageData(0, 0, copy.width, copy.height).data)
  })
  let gold = 0
  let green = 0
  for (let i = 0; i < pixels.length; i += 4) {
    const p = [pixels[i]!, pixels[i + 1]!, pixels[i + 2]!]
    if (isGold(p)) gold++
    if (isGreen(p)) green++
  }
  return { gold, green }
}

const items = (page: Page) =>
  page
    .getByTestId('diary-item')
    .evaluateAll((els) =>
      els.map((e) => `${e.getAttribute('data-date')}:${e.querySelector('[data-intensity]')?.getAttribute('data-intensity')}`),
    )

let exported = ''

describe('pain diary', () => {
  afterAll(closeBrowser)

  it('saves three days, keeps them over a reload, overlays two, exports, clears, imports them back and refuses a corrupt file', async () => {
    const app = await openApp('?mode=find')
    try {
      const { page } = app
      await waitForSceneReady(page)
      await saveEntry(page, '2026-11-20', ['anterior_thigh'], 7, ['Aching', 'Burning'], 'After the long walk')
      await saveEntry(page, '2026-11-25', ['anterior_thigh', 'pectoral'], 5, ['Aching'], '')
      await saveEntry(page, '2026-12-01', ['pectoral'], 3, ['Tingling'], 'Much better \u202Etoday')
      expect(await items(page)).toEqual(['2026-12-01:3', '2026-11-25:5', '2026-11-20:7'])
      // the note is kept without its bidi override
      expect(await page.getByTestId('diary-item').first().textContent()).toContain('Much better today')

      await page.reload()
      await waitForSceneReady(page)
      await page.getByRole('button', { name: 'My pain diary' }).click()
      await page.getByTestId('diary-list').waitFor()
      expect(await items(page)).toEqual(['2026-12-01:3', '2026-11-25:5', '2026-11-20:7'])
      // each thumbnail shows painted skin
      const cells = await page
        .locator('.tpx-diary-thumb')
        .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-painted-cells'))))
      expect(cells.every((n) => n > 3)).toBe(true)

      // before (20 Nov, thigh) and after (1 Dec, chest) on the body
      const first = page.locator('[data-testid="diary-item"][data-date="2026-11-20"]')
      const last = page.locator('[data-testid="diary-item"][data-date="2026-12-01"]')
      const ids = [await first.getAttribute('data-entry-id'), await last.getAttribute('data-entry-id')]
      await last.getByTestId('diary-show').click()
      await first.getByTestId('diary-show').click()
      await page.waitForFunction((v) => document.body.dataset.diaryOverlay === v, ids.join(','))
      await page.getByRole('button', { name: 'Front view' }).click()
      await waitForCameraIdle(page)
      const legend = (await page.getByTestId('diary-legend').textContent()) ?? ''
      expect(legend).toMatch(/Nov 20, 2026 \(before\)/)
      expect(legend).toMatch(/Dec 1, 2026 \(after\)/)
      const colours = await overlayColours(page)
      expect(colours.gold, 'gold pixels of the earlier entry').toBeGreaterThan(200)
      expect(colours.green, 'green pixels of the later entry').toBeGreaterThan(200)
      await screenshot(page, 'diary-overlay-desktop')
      await page.getByTestId('diary-chart').scrollIntoViewIfNeeded()
      await page.getByRole('button', { name: 'Show as a table' }).click()
      expect(await page.getByTestId('diary-table').locator('tbody tr').count()).toBe(3)
      await screenshot(page, 'diary-chart-desktop')

      // export: one JSON file that passes the diary's schema
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('diary-export').click()])
      expect(download.suggestedFilename()).toMatch(/^pain-diary-2026-12-01\.json$/)
      exported = readFileSync((await download.path())!, 'utf8')
      const parsed = parseDiaryText(exported)
      expect(parsed.ok).toBe(true)
      if (!parsed.ok) return
      expect(parsed.diary.entries.map((e) => [e.date, e.intensity, e.qualities, e.note])).toEqual([
        ['2026-11-20', 7, ['aching', 'burning'], 'After the long walk'],
        ['2026-11-25', 5, ['aching'], ''],
        ['2026-12-01', 3, ['tingling'], 'Much better today'],
      ])

      // "Clear my data" removes the diary too
      await page
        .getByRole('button', { name: /Treatment/ })
        .first()
        .click()
      const mine = page.getByTestId('my-data')
      await mine.scrollIntoViewIfNeeded()
      await mine.getByRole('button', { name: 'Clear my data' }).click()
      await mine.getByRole('button', { name: 'Yes, remove them' }).click()
      await mine.getByText('Removed.').waitFor()
      expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('tpx.')))).toEqual([])
      await page.keyboard.press('Escape')
      await page.getByTestId('diary-list').waitFor({ state: 'detached' })
      await page.waitForFunction(() => document.body.dataset.diaryOverlay === undefined)

      // import: everything is back
      await page
        .getByTestId('diary-import-file')
        .setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(exported) })
      expect(await page.getByTestId('diary-imported').textContent()).toMatch(/New entries: 3/)
      expect(await items(page)).toEqual(['2026-12-01:3', '2026-11-25:5', '2026-11-20:7'])
      expect(JSON.parse((await page.evaluate((k) => localStorage.getItem(k), DIARY_KEY))!).entries).toEqual(parsed.diary.entries)

      // a corrupt file is refused with its error, and nothing is lost
      const bad = JSON.parse(exported) as { entries: { intensity: number }[] }
      bad.entries[1]!.intensity = 12
      await page
        .getByTestId('diary-import-file')
        .setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) })
      const errors = page.getByTestId('diary-import-errors')
      await expect.poll(() => errors.textContent(), { timeout: 10_000 }).toMatch(/entries\[1\]\.intensity/)
      await page
        .getByTestId('diary-import-file')
        .setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('my notes') })
      // the file is read asynchronously: the previous file's errors show until then
      await expect.poll(() => errors.textContent(), { timeout: 10_000 }).toMatch(/not a JSON file/)
      expect(await items(page)).toEqual(['2026-12-01:3', '2026-11-25:5', '2026-11-20:7'])
      await errors.scrollIntoViewIfNeeded()
      await screenshot(page, 'diary-import-error-desktop')
      expectClean(app)
    } finally {
      await app.close()
    }
  })

  it('opens one entry from a consult link on another device, as the link’s, saved only on request', async () => {
    expect(exported, 'the first test exported a diary').not.toBe('')
    const seed = `localStorage.getItem('${DIARY_KEY}') === null && localStorage.setItem('${DIARY_KEY}', ${JSON.stringify(exported)})`
    const patient = await openApp('?mode=find', { viewport: PHONE, mobile: true, initScript: seed })
    let url = ''
    let entryId = ''
    try {
      const { page } = patient
      await waitForSceneReady(page)
      await page.getByRole('button', { name: 'My pain diary' }).click()
      const last = page.locator('[data-testid="diary-item"][data-date="2026-12-01"]')
      const first = page.locator('[data-testid="diary-item"][data-date="2026-11-20"]')
      entryId = (await last.getAttribute('data-entry-id'))!
      await page.getByTestId('diary-list').scrollIntoViewIfNeeded()
      await screenshot(page, 'diary-list-phone')
      await first.getByTestId('diary-show').click()
      await last.getByTestId('diary-show').click()
      await page.waitForFunction(() => (document.body.dataset.diaryOverlay ?? '').includes(','))
      await page.getByTestId('diary-legend').scrollIntoViewIfNeeded()
      await screenshot(page, 'diary-overlay-phone')
      await page.getByTestId('diary-chart').scrollIntoViewIfNeeded()
      await screenshot(page, 'diary-chart-phone')
      await last.getByTestId('diary-consult').click()
      const link = page.getByTestId('diary-link')
      url = (await link.getAttribute('data-url'))!
      expect(url).toMatch(/\?mode=consult#entry=1\./)
      await page.getByTestId('share-qr').waitFor()
      await link.scrollIntoViewIfNeeded()
      await screenshot(page, 'diary-consult-link-phone')
      expectClean(patient)
    } finally {
      await patient.close()
    }

    const therapist = await openApp(url.replace(/^https?:\/\/[^/]+\//, ''))
    try {
      const { page } = therapist
      await waitForSceneReady(page)
      const banner = page.getByTestId('linked-entry')
      expect(await banner.getByTestId('linked-entry-summary').textContent()).toBe('Dec 1, 2026: pain 3 of 10')
      expect(await banner.textContent()).toMatch(/Feels: Tingling/)
      expect(await banner.textContent()).toMatch(/Much better today/)
      await page.waitForFunction((id) => document.body.dataset.diaryOverlay === id, entryId)
      // the address bar no longer carries the entry, and nothing was saved
      expect(await page.evaluate(() => window.location.hash)).toBe('')
      expect(await page.evaluate((k) => localStorage.getItem(k), DIARY_KEY)).toBeNull()
      await screenshot(page, 'diary-consult-opened-desktop')
      await banner.getByRole('button', { name: 'Save to my diary' }).click()
      await banner.getByText('Saved to your diary on this device.').waitFor()
      expect(JSON.parse((await page.evaluate((k) => localStorage.getItem(k), DIARY_KEY))!).entries).toHaveLength(1)
      expectClean(therapist)
    } finally {
      await therapist.close()
    }
  })

  it('puts a very large drawing in a QR code in skin cells, says how coarse, in Spanish; the code opens it', async () => {
    const { mesh } = await loadBodyFile()
    const drawing = encodePain(samplesOfDrawing(strokesDrawing(mesh, 200, 7)))
    const entry = { id: 'Large-drawing-1', date: '2026-12-02', intensity: 6, qualities: ['aching' as const], note: '', drawing }
    const diary = serializeDiary({ ...emptyDiary(mesh.positions.length / 3), entries: [entry] })
    // and the page's language at its first frame (public/lang.js runs in <head>, before the app)
    const seed = `localStorage.setItem('${DIARY_KEY}', ${JSON.stringify(diary)});
      requestAnimationFrame(() => { window.__firstFrameLang = document.documentElement.lang })`
    const patient = await openApp('?mode=find&lang=es', { viewport: PHONE, mobile: true, initScript: seed })
    let qrUrl = ''
    try {
      const { page } = patient
      await waitForSceneReady(page)
      expect(await page.evaluate(() => (window as unknown as { __firstFrameLang?: string }).__firstFrameLang)).toBe('es')
      await page.getByRole('button', { name: 'Mi diario del dolor' }).click()
      await page.locator('[data-testid="diary-item"]').getByTestId('diary-consult').click()
      const link = page.getByTestId('diary-link')
      // the link to copy keeps the drawing in full; the QR code carries it in 2 cm cells
      expect(await link.getAttribute('data-url')).toMatch(/#entry=1\./)
      expect((await link.getAttribute('data-url'))!.length).toBeGreaterThan(2300)
      const qr = page.getByTestId('share-qr')
      await page.waitForFunction(() => !!document.querySelector<HTMLElement>('[data-testid="share-qr"]')?.dataset.url)
      qrUrl = (await qr.getAttribute('data-url'))!
      expect(qrUrl).toMatch(/#entry=2\./)
      expect(qrUrl.length).toBeLessThanOrEqual(2300)
      expect(await qr.getAttribute('aria-label')).toBe('Código QR del enlace a esta entrada del diario')
      // the code drawn on the screen reads back as that link
      const pixels = await qr.evaluate((el: HTMLCanvasElement) => {
        const data = el.getContext('2d')!.getImageData(0, 0, el.width, el.height)
        return { data: [...data.data], width: el.width, height: el.height }
      })
      expect(jsQR(Uint8ClampedArray.from(pixels.data), pixels.width, pixels.height)?.data).toBe(qrUrl)
      expect(await page.getByTestId('diary-qr-coarse').getAttribute('data-cell-mm')).toBe('20')
      expect(await page.getByTestId('diary-qr-coarse').textContent()).toContain('unos 2 cm')
      await link.scrollIntoViewIfNeeded()
      await screenshot(page, 'diary-consult-link-large-es-phone')
      expectClean(patient)
    } finally {
      await patient.close()
    }
    const therapist = await openApp(qrUrl.replace(/^https?:\/\/[^/]+\//, ''))
    try {
      const { page } = therapist
      await waitForSceneReady(page)
      await page.getByTestId('linked-entry').waitFor()
      await page.waitForFunction((id) => document.body.dataset.diaryOverlay === id, entry.id)
      await screenshot(page, 'diary-consult-opened-coarse-desktop')
      expectClean(therapist)
    } finally {
      await therapist.close()
    }
  })

  it('puts unreadable saved diary data aside and offers it for download', async () => {
    const app = await openApp('?mode=find', {
      initScript: `localStorage.setItem('${DIARY_KEY}', '{"format":"tpx-diary","entries":[{"broken')`,
    })
    try {
      const { page } = app
      await waitForSceneReady(page)
      await page.getByRole('button', { name: 'My pain diary' }).click()
      const warn = page.getByTestId('diary-unreadable')
      await warn.waitFor()
      expect(await page.locator('[data-notice]').first().textContent()).toMatch(/could not be read/)
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        warn.getByRole('button', { name: 'Download the old data' }).click(),
      ])
      expect(readFileSync((await download.path())!, 'utf8')).toBe('{"format":"tpx-diary","entries":[{"broken')
      await warn.getByRole('button', { name: 'Delete the old data' }).click()
      await warn.waitFor({ state: 'detached' })
      expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('tpx.diary')))).toEqual([])
    } finally {
      await app.close()
    }
  })
})
