// How much of the 3D view the UI panels cover, measured rather than declared: the shell probes a
// grid of points over the canvas with elementFromPoint (panels take pointer events; the UI's
// transparent wrapper does not) and finds, from each edge, the first band that is mostly free.
// The camera then centres and fits the body in the free part (a side panel on a laptop, a
// bottom sheet on a phone) without the UI having to report its layout.
import { useEffect, type RefObject } from 'react'
import { useView, type SceneInsets } from '../state/view-store'

const COLUMNS = 32
const ROWS = 24
/** a row or column counts as free when at least this share of its probes reach the canvas */
const FREE_SHARE = 0.55
/** never inset more than this share of the view: a full-screen dialog is not a layout */
const MAX_INSET = 0.6

export function measureInsets(scene: HTMLElement): SceneInsets {
  const rect = scene.getBoundingClientRect()
  if (rect.width === 0 || rect.height === 0) return { top: 0, right: 0, bottom: 0, left: 0 }
  const free: boolean[][] = []
  for (let j = 0; j < ROWS; j++) {
    const row: boolean[] = []
    for (let i = 0; i < COLUMNS; i++) {
      const x = rect.left + ((i + 0.5) / COLUMNS) * rect.width
      const y = rect.top + ((j + 0.5) / ROWS) * rect.height
      const hit = document.elementFromPoint(x, y)
      row.push(hit !== null && scene.contains(hit))
    }
    free.push(row)
  }
  // Rows are judged only between the side panels and columns only between the bars: with a
  // panel on each side no full row is ever mostly free, and the top bar and the view buttons
  // between the panels would not count (the head of a framed body went under the buttons).
  const share = (cells: boolean[]) => (cells.length === 0 ? 0 : cells.filter(Boolean).length / cells.length)
  const firstFree = (n: number, isFree: (k: number) => boolean) => {
    for (let k = 0; k < n * MAX_INSET; k++) if (isFree(k)) return k
    return 0
  }
  let top = 0
  let bottom = 0
  let left = 0
  let right = 0
  for (let pass = 0; pass < 2; pass++) {
    const rows = free.slice(top, ROWS - bottom)
    const colFree = (i: number) => share(rows.map((row) => row[i]!)) >= FREE_SHARE
    left = firstFree(COLUMNS, colFree)
    right = firstFree(COLUMNS, (k) => colFree(COLUMNS - 1 - k))
    const rowFree = (j: number) => share(free[j]!.slice(left, COLUMNS - right)) >= FREE_SHARE
    top = firstFree(ROWS, rowFree)
    bottom = firstFree(ROWS, (k) => rowFree(ROWS - 1 - k))
  }
  return {
    left: Math.round((left / COLUMNS) * rect.width),
    right: Math.round((right / COLUMNS) * rect.width),
    top: Math.round((top / ROWS) * rect.height),
    bottom: Math.round((bottom / ROWS) * rect.height),
  }
}

/** Keeps the view store's sceneInsets up to date as panels open, close and the window resizes. */
export function useSceneInsets(sceneRef: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const scene = sceneRef.current
    if (!scene) return
    let timer = 0
    // `data-layout-pending` on <body> while a measurement is due: tests wait for the layout
    const update = () => {
      window.clearTimeout(timer)
      document.body.dataset.layoutPending = '1'
      // after the layout has settled (panels animate in, fonts reflow)
      timer = window.setTimeout(() => {
        // while the WebGL context is lost the list view covers the hidden 3D view: the insets
        // of the 3D layout are kept, so the camera has not moved when the view comes back
        if (useView.getState().webglLost) {
          delete document.body.dataset.layoutPending
          return
        }
        const insets = measureInsets(scene)
        useView.getState().setSceneInsets(insets)
        for (const side of ['top', 'right', 'bottom', 'left'] as const)
          scene.style.setProperty(`--free-${side}`, `${insets[side]}px`)
        delete document.body.dataset.layoutPending
      }, 60)
    }
    update()
    // changes inside the 3D view (the canvas's cursor and tooltip) never move a panel
    const observer = new MutationObserver((records) => {
      if (records.some((r) => !scene.contains(r.target))) update()
    })
    observer.observe(document.body, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['class', 'style', 'hidden', 'open'],
    })
    window.addEventListener('resize', update)
    return () => {
      window.clearTimeout(timer)
      observer.disconnect()
      window.removeEventListener('resize', update)
    }
  }, [sceneRef])
}
