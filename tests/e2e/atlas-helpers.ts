// The checks shared by the atlas-patterns-* files (issue 10): each classic pattern is opened by
// its link on the left side at desktop size (one page per file: the first by loading the link,
// the next ones by changing the address in place, as Back and Forward do, so the body model is
// loaded once), framed by the app and screenshotted
// (test-results/screenshots/atlas-<id>-L-*.png, the pictures compared with the charts); skin
// points well inside its essential zone (chosen in node with the domain's patternWeightsAt and
// projected by the running scene, visible ones only) must be solid red on screen, and, where a
// file asks, points clearly outside the pattern near it must not be.
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Vec3 } from '../../src/domain/geometry'
import { compilePattern, patternWeightsAt } from '../../src/domain/pattern'
import { realPatterns, type RealPatterns } from '../fixtures/real-body'
import {
  type AppPage,
  canvasPixelsAt,
  expectClean,
  fraction,
  goInApp,
  isPaintRed,
  nextFrames,
  openApp,
  waitForCameraIdle,
  waitForFramed,
} from './browser'

/** A trigger point, and extra views as numbers of ArrowLeft presses (15 degrees each) after the app's framing. */
export type Classic = readonly [tpId: string, turns?: readonly number[]]

export interface AtlasOptions {
  /** also check that skin clearly outside the pattern (near its essential zone) is not painted */
  outside?: boolean
  /** the least share of the visible essential samples that must be solid red (0.85 unless told) */
  red?: number
  /** how the screenshots' names begin: `<shots>-<id>-L-*.png` ('atlas' unless told) */
  shots?: string
}

interface Sample {
  essential: boolean
  point: Vec3
  normal: Vec3
}

/** At most `most` items, evenly spread over the list. */
const spread = <T>(list: T[], most: number): T[] => list.filter((_, i) => i % Math.max(1, Math.floor(list.length / most)) === 0)

/**
 * Up to 150 skin vertices deep inside the essential zone (weight >= 0.95) of a trigger point's
 * left-side pattern and, with `outside`, up to 80 with no weight at all within 4 cm of that zone.
 */
function samples({ index, body, skin, regions }: RealPatterns, tpId: string, outside: boolean): Sample[] {
  const tp = index.tpById.get(tpId)!
  expect(tp.pattern, `${tpId} has its own pattern`).toBeDefined()
  const pattern = compilePattern(tp, 'L', { landmarks: body.landmarks, skin }, regions, index.regionById)
  const e = pattern.essentialBox
  const { positions: P, normals: N } = body.mesh
  const inside: Sample[] = []
  const clear: Sample[] = []
  for (let v = 0; v < P.length / 3; v++) {
    const point: Vec3 = [P[v * 3]!, P[v * 3 + 1]!, P[v * 3 + 2]!]
    const normal: Vec3 = [N[v * 3]!, N[v * 3 + 1]!, N[v * 3 + 2]!]
    const w = patternWeightsAt(pattern, ...point, ...normal)
    if (w.essential >= 0.95) inside.push({ essential: true, point, normal })
    else if (outside && w.essential + w.spillover === 0 && !point.some((c, k) => c < e[k]! - 0.04 || c > e[k + 3]! + 0.04))
      clear.push({ essential: false, point, normal })
  }
  return [...spread(inside, 150), ...spread(clear, 80)]
}

/** Of the visible samples: how many essential ones are solid red, how many outside ones have no red at all. */
async function onScreen(page: Page, list: Sample[]) {
  const screen = await page.evaluate((pts) => pts.map((s) => window.__tpx!.projectSkinPoint(s.point, s.normal)), list)
  const seen = { red: 0, essential: 0, clear: 0, outside: 0 }
  const visible = list.flatMap((s, i) => (screen[i]!.visible ? [{ s, at: screen[i]! }] : []))
  const pixels = await canvasPixelsAt(
    page,
    visible.map(({ at }) => ({ x: Math.round(at.x), y: Math.round(at.y), radius: 1 })),
  )
  for (let i = 0; i < visible.length; i++) {
    const red = fraction(pixels[i]!, isPaintRed)
    if (visible[i]!.s.essential) {
      seen.essential++
      if (red >= 0.6) seen.red++
    } else {
      seen.outside++
      if (red === 0) seen.clear++
    }
  }
  return seen
}

async function turn(page: Page, presses: number): Promise<void> {
  await page.focus('[data-scene]')
  for (let i = 0; i < presses; i++) await page.keyboard.press('ArrowLeft')
  await waitForCameraIdle(page)
  await nextFrames(page)
}

/** One test per classic pattern: opened by its link (left side) in the file's one page, framed, screenshotted, its pixels checked. */
export function describeClassicPatterns(title: string, classics: readonly Classic[], options: AtlasOptions = {}): void {
  const shots = options.shots ?? 'atlas'
  let loaded: RealPatterns
  let app: AppPage | null = null

  beforeAll(async () => {
    loaded = await realPatterns()
  })
  afterAll(async () => {
    await app?.close()
  })

  describe(title, () => {
    for (const [id, turns = []] of classics) {
      it(`paints ${id} (left) where its pattern lies`, async () => {
        const list = samples(loaded, id, options.outside ?? false)
        expect(list.filter((s) => s.essential).length, 'essential samples on the body').toBeGreaterThan(10)
        const link = `?tp=${id}&side=L`
        if (app) await goInApp(app.page, link)
        else app = await openApp(link)
        const { page } = app
        await waitForFramed(page, `${id}:L`)
        await app.shot(`${shots}-${id}-L-framed`)
        const seen = await onScreen(page, list)
        console.log(`${id}: essential ${seen.red}/${seen.essential} red, outside ${seen.clear}/${seen.outside} clear`)
        expect(seen.essential, 'visible essential samples in the framed view').toBeGreaterThan(10)
        expect(seen.red / seen.essential).toBeGreaterThanOrEqual(options.red ?? 0.85)
        if (seen.outside >= 10) expect(seen.clear / seen.outside).toBeGreaterThanOrEqual(0.85)
        for (const presses of turns) {
          await turn(page, presses)
          await app.shot(`${shots}-${id}-L-turned-${presses * 15}`)
        }
        expectClean(app)
      }, 180_000)
    }
  })
}
