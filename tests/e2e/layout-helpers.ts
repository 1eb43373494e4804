// Measurements shared by the layout, consult and history tests: how much of what is painted on
// the body the panels leave visible, and whether the main actions are on screen and not covered.
import type { Locator, Page } from 'playwright-core'
import { nextFrames, waitForCameraIdle } from './browser'

export interface Coverage {
  /** sampled canvas pixels that are painted (pattern red, comparison blue, drawing purple) */
  painted: number
  /** of those, the ones no panel covers */
  visible: number
}

/**
 * Reads the 3D canvas's drawing buffer on a 4 px grid and counts the strongly coloured pixels
 * (paint: skin, floor and background are warm or grey), then asks the page which of them
 * a person can see: `elementFromPoint` must land in the 3D view, not on a panel.
 */
export async function paintedCoverage(page: Page, step = 4): Promise<Coverage> {
  return page.evaluate((step) => {
    const canvas = document.querySelector<HTMLCanvasElement>('.scene canvas')
    const scene = document.querySelector('[data-scene]')
    if (!canvas || !scene) throw new Error('no 3D view')
    const rect = canvas.getBoundingClientRect()
    const w = Math.floor(rect.width / step)
    const h = Math.floor(rect.height / step)
    const copy = document.createElement('canvas')
    copy.width = w
    copy.height = h
    const ctx = copy.getContext('2d')!
    ctx.imageSmoothingEnabled = false
    ctx.drawImage(canvas, 0, 0, canvas.width, canvas.height, 0, 0, w, h)
    const data = ctx.getImageData(0, 0, w, h).data
    let painted = 0
    let visible = 0
    for (let y = 0; y < h; y++)
      for (let x = 0; x < w; x++) {
        const i = (y * w + x) * 4
        const r = data[i]!
        const g = data[i + 1]!
        const b = data[i + 2]!
        // pattern red; comparison blue and the drawing's purple hatch (skin never has more
        // blue than green; the markers' blue-grey stays under this margin)
        const red = r - g > 70 && r - b > 70
        const blue = b - g > 45
        if (!red && !blue) continue
        painted++
        const hit = document.elementFromPoint(rect.left + (x + 0.5) * step, rect.top + (y + 0.5) * step)
        if (hit && scene.contains(hit)) visible++
      }
    return { painted, visible }
  }, step)
}

/** Where an action is not usable: off screen, or covered by something else at its centre. */
export async function unreachable(page: Page, locators: Locator[]): Promise<string[]> {
  const problems: string[] = []
  const viewport = page.viewportSize()!
  for (const locator of locators) {
    const name = locator.toString()
    if ((await locator.count()) === 0) {
      problems.push(`${name}: missing`)
      continue
    }
    const box = await locator.first().boundingBox()
    if (!box || box.width === 0) {
      problems.push(`${name}: not shown`)
      continue
    }
    if (box.x < 0 || box.y < 0 || box.x + box.width > viewport.width + 1 || box.y + box.height > viewport.height + 1) {
      problems.push(`${name}: outside the viewport ${JSON.stringify(box)}`)
      continue
    }
    const onTop = await locator.first().evaluate((el) => {
      const r = el.getBoundingClientRect()
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)
      return hit !== null && (el === hit || el.contains(hit))
    })
    if (!onTop) problems.push(`${name}: covered`)
  }
  return problems
}

/** After a resize or a panel change: the layout measured, the camera settled, a frame drawn. */
export async function settle(page: Page): Promise<void> {
  // the resize (or mutation) handlers run before the next frame and mark the layout pending
  await nextFrames(page)
  await page.waitForFunction(() => document.body.dataset.layoutPending !== '1', undefined, { polling: 50 })
  await waitForCameraIdle(page)
  await nextFrames(page)
  // a re-frame may start after the measurement
  await waitForCameraIdle(page)
  await nextFrames(page)
}
