// The diary list's small body pictures (issue 13): the body seen from the front and from the
// back, orthographically, on a coarse grid. The silhouette is the grid cells any vertex of the
// body falls in (one path for every thumbnail); an entry's painted vertices mark their cells in
// the front view when their skin faces forward (normal z >= 0), else in the back view, mirrored
// (seen from behind, the body's left, +x, is on the viewer's left). One pass over the painted
// vertices per entry, no rendering: cheap enough for a list of hundreds.
import type { PainSample } from '../pain'

export interface BodyOutline {
  /** cell size, metres */
  cell: number
  cols: number
  rows: number
  minX: number
  maxY: number
  /** SVG path (in cell units, y down) of the silhouette, the same for front and back */
  path: string
}

export const OUTLINE_CELL = 0.025

export function bodyOutline(positions: ArrayLike<number>, cell = OUTLINE_CELL): BodyOutline {
  let minX = Infinity
  let maxX = -Infinity
  let minY = Infinity
  let maxY = -Infinity
  for (let i = 0; i < positions.length; i += 3) {
    const x = positions[i]!
    const y = positions[i + 1]!
    if (x < minX) minX = x
    if (x > maxX) maxX = x
    if (y < minY) minY = y
    if (y > maxY) maxY = y
  }
  if (!(maxX >= minX)) return { cell, cols: 0, rows: 0, minX: 0, maxY: 0, path: '' }
  // symmetric about x = 0 so the mirrored back view lines up with the same outline
  const half = Math.max(Math.abs(minX), Math.abs(maxX))
  minX = -half
  const cols = Math.max(1, Math.ceil((2 * half) / cell))
  const rows = Math.max(1, Math.ceil((maxY - minY) / cell))
  const filled = new Uint8Array(cols * rows)
  for (let i = 0; i < positions.length; i += 3) {
    const c = Math.min(cols - 1, Math.floor((positions[i]! - minX) / cell))
    const r = Math.min(rows - 1, Math.floor((maxY - positions[i + 1]!) / cell))
    filled[r * cols + c] = 1
  }
  let path = ''
  for (let r = 0; r < rows; r++) {
    let c = 0
    while (c < cols) {
      if (!filled[r * cols + c]) {
        c++
        continue
      }
      const start = c
      while (c < cols && filled[r * cols + c]) c++
      path += `M${start} ${r}h${c - start}v1h${start - c}z`
    }
  }
  return { cell, cols, rows, minX, maxY, path }
}

export interface Thumbnail {
  /** painted cells (row * cols + col) of the front view, each once */
  front: number[]
  /** the same for the back view, already mirrored */
  back: number[]
}

/** Where an entry's drawing lies on the two views (region samples are not drawn). */
export function thumbnailOf(
  samples: readonly PainSample[],
  positions: ArrayLike<number>,
  normals: ArrayLike<number>,
  outline: BodyOutline,
): Thumbnail {
  const front = new Set<number>()
  const back = new Set<number>()
  const { cell, cols, rows, minX, maxY } = outline
  for (const s of samples) {
    if (!('vertex' in s)) continue
    const v = s.vertex
    if (3 * v + 2 >= positions.length) continue
    const x = positions[3 * v]!
    const r = Math.min(rows - 1, Math.max(0, Math.floor((maxY - positions[3 * v + 1]!) / cell)))
    const facesFront = (normals[3 * v + 2] ?? 0) >= 0
    const c = Math.min(cols - 1, Math.max(0, Math.floor(((facesFront ? x : -x) - minX) / cell)))
    ;(facesFront ? front : back).add(r * cols + c)
  }
  const sorted = (s: Set<number>) => [...s].sort((a, b) => a - b)
  return { front: sorted(front), back: sorted(back) }
}
