// The body picture of the printed consult handout: a still of the 3D view, cut to the part that
// matters. On screen the camera frames the red pattern in the part of the view the panels leave
// free; the blue pattern may reach beyond it (behind a panel). The picture is the free part
// joined with every painted pixel (red, blue) and a margin, so both patterns print whole and
// the panels' parts of the view (and the page's controls) never do. Taken from the canvas's
// drawing buffer (kept by preserveDrawingBuffer) when the page is about to print.
import type { SceneInsets } from '../state/view-store'

export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

/** Strongly coloured paint: pattern red or comparison blue (skin, floor and markers are not). */
export function isPatternPaint(r: number, g: number, b: number): boolean {
  return (r - g > 70 && r - b > 70) || (b - g > 45 && b - r > 45)
}

/**
 * The part of a picture (`width` x `height` pixels of RGBA `data`) to print: the free part of the
 * view (`free`, pixels) joined with the box of every painted pixel grown by `margin` of its
 * size, within the picture.
 */
export function printCrop(data: Uint8ClampedArray, width: number, height: number, free: Rect, margin = 0.12): Rect {
  let x0 = width
  let y0 = height
  let x1 = -1
  let y1 = -1
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4
      if (!isPatternPaint(data[i]!, data[i + 1]!, data[i + 2]!)) continue
      if (x < x0) x0 = x
      if (x > x1) x1 = x
      if (y < y0) y0 = y
      if (y > y1) y1 = y
    }
  let left = free.x
  let top = free.y
  let right = free.x + free.width
  let bottom = free.y + free.height
  if (x1 >= 0) {
    const m = margin * Math.max(x1 - x0, y1 - y0, 1)
    left = Math.min(left, x0 - m)
    top = Math.min(top, y0 - m)
    right = Math.max(right, x1 + m)
    bottom = Math.max(bottom, y1 + m)
  }
  left = Math.max(0, Math.floor(left))
  top = Math.max(0, Math.floor(top))
  right = Math.min(width, Math.ceil(right))
  bottom = Math.min(height, Math.ceil(bottom))
  return { x: left, y: top, width: Math.max(1, right - left), height: Math.max(1, bottom - top) }
}

/** A PNG data URL of a still (`source`), cut to `free` (pixels) joined with its paint; null if unreadable. */
export function cropForPrint(source: HTMLCanvasElement, free: Rect | null): string | null {
  if (source.width === 0 || source.height === 0) return null
  const copy = document.createElement('canvas')
  copy.width = source.width
  copy.height = source.height
  const ctx = copy.getContext('2d')
  if (!ctx) return null
  ctx.drawImage(source, 0, 0)
  const pixels = ctx.getImageData(0, 0, copy.width, copy.height).data
  const crop = printCrop(pixels, copy.width, copy.height, free ?? { x: copy.width / 2, y: copy.height / 2, width: 0, height: 0 })
  const out = document.createElement('canvas')
  out.width = crop.width
  out.height = crop.height
  out.getContext('2d')?.drawImage(copy, crop.x, crop.y, crop.width, crop.height, 0, 0, crop.width, crop.height)
  return out.toDataURL('image/png')
}

/** The 3D view on screen cut for print (the free part and all paint), or null when there is no readable view. */
export function takePrintPicture(insets: SceneInsets): string | null {
  const canvas = document.querySelector<HTMLCanvasElement>('.scene canvas')
  if (!canvas) return null
  const rect = canvas.getBoundingClientRect()
  if (rect.width === 0 || rect.height === 0) return null
  const sx = canvas.width / rect.width
  const sy = canvas.height / rect.height
  return cropForPrint(canvas, {
    x: insets.left * sx,
    y: insets.top * sy,
    width: canvas.width - (insets.left + insets.right) * sx,
    height: canvas.height - (insets.top + insets.bottom) * sy,
  })
}
