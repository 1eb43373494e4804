// Languages (issue 13) in real Chromium: `?lang=es` / `?lang=de` show a pattern's panel and the
// search in that language (the dataset's words: names, places, conditions); patients' own words
// find the condition ("dolor de cabeza", "Kopfschmerzen"); the switch changes the language and
// the link keeps it. The interface's own words (top bar, mode tabs, panels, the finder, the
// safety dialog) are in that language too, with no English word of the en locale files left in
// what is shown, and a switch at runtime changes them without a reload.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { PHONE, screenshot, waitForPainted, waitForSceneReady, withApp } from './browser'
import { markTempleAndNeck } from './finder-helpers'

const LOCALES = join(import.meta.dirname, '../../src/locales')
type Tree = { [key: string]: string | Tree }
const leaves = (tree: Tree, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[`${prefix}${k}`, v]] : leaves(v, `${prefix}${k}.`)))
const locale = (lang: string): Map<string, string> =>
  new Map(
    readdirSync(join(LOCALES, lang)).flatMap((f) =>
      leaves(JSON.parse(readFileSync(join(LOCALES, lang, f), 'utf8')) as Tree).map(([k, v]) => [`${f}:${k}`, v] as const),
    ),
  )

/**
 * The English interface words that must not show in `lang`: every phrase of the en files (the
 * text between placeholders) that the language says differently, at least two letters long
 * ("Arm", "Hand" and "OK" are the same in German, so they are not English there).
 */
function englishChrome(lang: string): string[] {
  const en = locale('en')
  const other = locale(lang)
  const phrases = new Set<string>()
  for (const [key, text] of en) {
    const base = key.replace(/_(one|other)$/, '')
    const theirs = [...other].filter(([k]) => k.replace(/_(one|other|many)$/, '') === base).map(([, v]) => v)
    for (const piece of text.split(/\{\{[^}]+\}\}/)) {
      const phrase = piece.trim().replace(/^[^\p{L}]+|[^\p{L}.?!:…]+$/gu, '')
      if ((phrase.match(/\p{L}/gu) ?? []).length < 2 || theirs.some((v) => v.includes(phrase))) continue
      phrases.add(phrase)
    }
  }
  return [...phrases]
}

/** What the page shows and says: visible text and labels, without the sources' own (English) titles. */
function shownText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const out: string[] = []
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement
      if (!el || el.closest('.tpx-sources, script, style, option')) continue
      if (el.checkVisibility() && n.textContent?.trim()) out.push(n.textContent.trim())
    }
    for (const el of document.body.querySelectorAll('[aria-label], [title], [placeholder]'))
      for (const a of ['aria-label', 'title', 'placeholder']) if (el.getAttribute(a)) out.push(el.getAttribute(a)!)
    return out.join('\n')
  })
}

async function expectNoEnglish(page: Page, lang: string, where: string): Promise<void> {
  const text = await shownText(page)
  const left = englishChrome(lang).filter((phrase) =>
    new RegExp(`(?<!\\p{L})${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`, 'u').test(text),
  )
  expect(left, `English interface words in ${where} (${lang})`).toEqual([])
}

const WORDS = {
  es: {
    brand: 'Explorador de puntos gatillo',
    tabs: ['Explorar', 'Dónde duele', 'Consulta', 'Estudio'],
    refers: 'Adónde envía el dolor',
    legend: 'zona principal de dolor',
    finder: '¿Dónde le duele?',
    results: 'Puntos gatillo que pueden explicarlo',
    // the finder ranks the painted skin: its reason speaks of shares of what was marked
    why: /zona principal de dolor abarca el \d+\s?% de lo que ha marcado/,
    safety: 'Tratamiento y seguridad',
    therapy: 'Tratamiento y seguridad',
    hold: /segundos/,
    doctor: 'Consulte al médico de inmediato si',
  },
  de: {
    brand: 'Triggerpunkt-Explorer',
    tabs: ['Erkunden', 'Wo es wehtut', 'Beratung', 'Lernen'],
    refers: 'Wohin der Schmerz ausstrahlt',
    legend: 'Hauptschmerzbereich',
    finder: 'Wo tut es weh?',
    results: 'Triggerpunkte, die es erklären können',
    why: /Hauptschmerzbereich deckt \d+\s?% dessen ab, was Sie markiert haben/,
    safety: 'Behandlung und Sicherheit',
    therapy: 'Behandlung & Sicherheit',
    hold: /Sekunden/,
    doctor: 'Gehen Sie sofort zur Ärztin oder zum Arzt, wenn',
  },
} as const

describe('languages', () => {
  it('shows a pattern in Spanish from ?lang=es, and finds "dolor de cabeza"', async () => {
    await withApp('?tp=upper_trapezius_trp1&side=R&lang=es', { viewport: PHONE, mobile: true }, async ({ page }) => {
      await waitForSceneReady(page)
      await waitForPainted(page, 'upper_trapezius_trp1:R')
      const detail = page.getByTestId('detail-panel')
      await detail.getByText('músculo de la parte alta del hombro', { exact: false }).first().waitFor()
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('es')
      expect(await page.getByTestId('essential-zones').textContent()).toContain('sien')
      await screenshot(page, 'i18n-es-phone-pattern')
      expect(page.url()).toContain('lang=es')
    })
  })

  for (const lang of ['es', 'de'] as const) {
    it(`speaks ${lang} in the top bar, the tabs, a pattern's panel, the finder and the safety dialog on a phone`, async () => {
      const words = WORDS[lang]
      await withApp(`?tp=upper_trapezius_trp1&side=R&lang=${lang}`, { viewport: PHONE, mobile: true }, async ({ page }) => {
        await waitForSceneReady(page)
        await waitForPainted(page, 'upper_trapezius_trp1:R')
        const detail = page.getByTestId('detail-panel')
        await detail.getByRole('heading', { name: words.refers }).waitFor()
        expect(await page.locator('.tpx-topbar .brand').textContent()).toBe(words.brand)
        expect(await page.locator('.tpx-modes button .short').allTextContents()).toEqual(words.tabs)
        // every tab shows its whole name on a phone (long words wrap inside the tab, none is cut)
        const clipped = await page
          .locator('.tpx-modes, .tpx-modes button')
          .evaluateAll((els) => els.filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => e.textContent))
        expect(clipped).toEqual([])
        expect(await page.locator('.tpx-legend').textContent()).toContain(words.legend)
        await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang)
        await expectNoEnglish(page, lang, 'explore with a pattern')
        await screenshot(page, `i18n-${lang}-phone-explore`)

        // the safety dialog
        // (on a phone the top bar has no room for its button: the pattern's panel has one)
        await detail.getByRole('button', { name: words.therapy }).click()
        const dialog = page.getByTestId('therapy-panel')
        await dialog.getByRole('heading', { name: words.safety }).waitFor()
        const text = (await dialog.textContent()) ?? ''
        expect(text).toMatch(words.hold)
        expect(text).toContain(words.doctor)
        await expectNoEnglish(page, lang, 'the safety dialog')
        await screenshot(page, `i18n-${lang}-phone-safety`)
        await page.keyboard.press('Escape')
        await dialog.waitFor({ state: 'detached' })

        // the finder with a ranked drawing: two areas marked from the list
        await page.locator('[data-mode="find"]').click()
        await page.getByTestId('quick-marks').waitFor()
        expect(await page.locator('#tpx-finder-title').textContent()).toBe(words.finder)
        await markTempleAndNeck(page)
        const results = page.getByTestId('finder-results')
        await results.getByRole('heading', { name: words.results }).waitFor()
        expect(await results.locator('.why').first().textContent()).toMatch(words.why)
        await expectNoEnglish(page, lang, 'the finder with results')
        await results.scrollIntoViewIfNeeded()
        await screenshot(page, `i18n-${lang}-phone-finder`)
      })
    })
  }

  it('switches the interface words at runtime, without a reload', async () => {
    await withApp('?tp=upper_trapezius_trp1&side=R', async ({ page }) => {
      await waitForPainted(page, 'upper_trapezius_trp1:R')
      const detail = page.getByTestId('detail-panel')
      await detail.getByRole('heading', { name: 'Where it refers pain' }).waitFor()
      await page.evaluate(() => ((window as unknown as { __sameDocument: number }).__sameDocument = 1))
      await page.getByLabel('Language').selectOption('de')
      await detail.getByRole('heading', { name: WORDS.de.refers }).waitFor()
      expect(await page.locator('.tpx-modes button .long').first().textContent()).toBe('Erkunden')
      expect(await page.locator('.tpx-topbar .brand').textContent()).toBe(WORDS.de.brand)
      await expectNoEnglish(page, 'de', 'explore after switching')
      await page.getByLabel('Sprache').selectOption('es')
      await detail.getByRole('heading', { name: WORDS.es.refers }).waitFor()
      expect(await page.locator('.tpx-modes button .long').first().textContent()).toBe('Explorar')
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('es')
      await expectNoEnglish(page, 'es', 'explore after switching')
      expect(await page.evaluate(() => (window as unknown as { __sameDocument?: number }).__sameDocument)).toBe(1)
    })
  })

  it('finds headache from "dolor de cabeza" (es) and "Kopfschmerzen" (de), typos tolerated', async () => {
    for (const [lang, query, expected] of [
      ['es', 'dolor de cabeza', /dolor de cabeza/i],
      ['de', 'Kopfschmerzen', /kopfschmerz/i],
      ['de', 'Ischias', /ischias/i],
      ['es', 'ciatica', /ciática/i],
    ] as const) {
      await withApp(`?lang=${lang}`, async ({ page }) => {
        await expect.poll(() => page.evaluate(() => document.documentElement.lang), { timeout: 30_000 }).toBe(lang)
        const box = page.locator('input[type="search"]').first()
        await box.fill(query)
        const results = page.getByTestId('search-results')
        await expect.poll(async () => (await results.textContent()) ?? '', { timeout: 15_000 }).toMatch(expected)
        if (lang === 'de' && query === 'Kopfschmerzen') await screenshot(page, 'i18n-de-desktop-search')
      })
    }
  })

  it('switches language with the visible switch, keeps it in the link and on the device', async () => {
    await withApp('?tp=upper_trapezius_trp1&side=R', async ({ page }) => {
      await waitForPainted(page, 'upper_trapezius_trp1:R')
      await page.getByTestId('detail-panel').getByText('muscle on the top of the shoulder', { exact: false }).first().waitFor()
      await page.getByLabel('Language').selectOption('de')
      await page.getByTestId('detail-panel').getByText('Muskel oben auf der Schulter', { exact: false }).first().waitFor()
      // the interface words too (their chunks loaded) before the reload
      await page.locator('.tpx-topbar .brand', { hasText: WORDS.de.brand }).waitFor()
      await expect.poll(() => page.url()).toContain('lang=de')
      expect(await page.evaluate(() => localStorage.getItem('tpx.lang.v1'))).toBe('de')
      await page.reload()
      await page.getByTestId('detail-panel').getByText('Muskel oben auf der Schulter', { exact: false }).first().waitFor()
      await screenshot(page, 'i18n-de-desktop-pattern')
    })
  })
})

describe('French', () => {
  // French typography: a no-break space before ? and :, a typographic apostrophe
  const FR = {
    brand: 'Explorateur de points gâchettes',
    tabs: ['Explorer', 'Où ça fait mal', 'Séance', 'Étude'],
    refers: 'Où il envoie la douleur',
    plain: 'muscle du dessus de l’épaule',
    legend: 'zone de douleur principale',
    finder: 'Où avez-vous mal\u00a0?',
    results: 'Points gâchettes qui peuvent l’expliquer',
    why: /zone de douleur principale couvre \d+\s?% de ce que vous avez marqué/,
  }

  // "Front" is English chrome (the view button) but also the French word for forehead, a region
  // name of the French dataset: words the French data itself uses are French, not English left over.
  const frData = JSON.parse(readFileSync(join(import.meta.dirname, '../../data/i18n/fr.json'), 'utf8')) as {
    regions: Record<string, { name: string; plainName: string }>
  }
  const frWords = new Set(Object.values(frData.regions).flatMap((r) => [r.name, r.plainName]))
  async function expectNoEnglishFr(page: Page, where: string): Promise<void> {
    const text = await shownText(page)
    const left = englishChrome('fr')
      .filter((phrase) => !frWords.has(phrase))
      .filter((phrase) => new RegExp(`(?<!\\p{L})${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`, 'u').test(text))
    expect(left, `English interface words in ${where} (fr)`).toEqual([])
  }

  /** Buttons, tabs, headings and labels whose words do not fit their box (cut or overflowing). */
  const overflowing = (page: Page) =>
    page.locator('button, [role="tab"], h1, h2, h3, label, .tpx-legend, .tpx-topbar .brand').evaluateAll((els) =>
      els
        // (a visually hidden heading, 1px wide for screen readers only, is not cut)
        .filter((e) => (e as HTMLElement).checkVisibility() && e.clientWidth > 1 && e.scrollWidth > e.clientWidth + 1)
        .map((e) => `${e.tagName.toLowerCase()}.${e.className}: ${e.textContent?.trim().slice(0, 40)}`),
    )

  it('speaks French from ?lang=fr on a phone: the interface, a pattern, the finder; no word cut', async () => {
    await withApp('?tp=upper_trapezius_trp1&side=R&lang=fr', { viewport: PHONE, mobile: true }, async ({ page }) => {
      await waitForSceneReady(page)
      await waitForPainted(page, 'upper_trapezius_trp1:R')
      const detail = page.getByTestId('detail-panel')
      await detail.getByRole('heading', { name: FR.refers }).waitFor()
      await detail.getByText(FR.plain, { exact: false }).first().waitFor()
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('fr')
      expect(await page.locator('.tpx-topbar .brand').textContent()).toBe(FR.brand)
      expect(await page.locator('.tpx-modes button .short').allTextContents()).toEqual(FR.tabs)
      expect(await page.locator('.tpx-legend').textContent()).toContain(FR.legend)
      expect(await page.getByTestId('essential-zones').textContent()).toContain('tempe')
      await expectNoEnglishFr(page, 'explore with a pattern')
      expect(await overflowing(page), 'words cut or overflowing in explore').toEqual([])
      await screenshot(page, 'i18n-fr-phone-explore')

      await page.locator('[data-mode="find"]').click()
      await page.getByTestId('quick-marks').waitFor()
      expect(await page.locator('#tpx-finder-title').textContent()).toBe(FR.finder)
      await markTempleAndNeck(page)
      const results = page.getByTestId('finder-results')
      await results.getByRole('heading', { name: FR.results }).waitFor()
      expect(await results.locator('.why').first().textContent()).toMatch(FR.why)
      await expectNoEnglishFr(page, 'the finder with results')
      expect(await overflowing(page), 'words cut or overflowing in the finder').toEqual([])
      await results.scrollIntoViewIfNeeded()
      await screenshot(page, 'i18n-fr-phone-finder')
      expect(page.url()).toContain('lang=fr')
    })
  })

  it('finds headache from "mal de tête" and sciatica from "sciatqiue" (a typo) in French', async () => {
    for (const [query, expected] of [
      ['mal de tête', /maux de tête/i],
      ['sciatqiue', /sciatique/i],
    ] as const) {
      await withApp('?lang=fr', async ({ page }) => {
        await expect.poll(() => page.evaluate(() => document.documentElement.lang), { timeout: 30_000 }).toBe('fr')
        await page.locator('input[type="search"]').first().fill(query)
        const results = page.getByTestId('search-results')
        await expect.poll(async () => (await results.textContent()) ?? '', { timeout: 15_000 }).toMatch(expected)
        if (query === 'mal de tête') await screenshot(page, 'i18n-fr-desktop-search')
      })
    }
  })
})
