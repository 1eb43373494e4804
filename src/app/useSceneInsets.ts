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
  const colFree = (i: number) => free.filter((row) => row[i]).length / ROWS >= FREE_SHARE
  const rowFree = (j: number) => free[j]!.filter(Boolean).length / COLUMNS >= FREE_SHARE
  const firstFree = (n: number, isFree: (k: number) => boolean) => {
    for (let k = 0; k < n * MAX_INSET; k++) if (isFree(k)) return k
    return 0
  }
  const left = firstFree(COLUMNS, colFree)
  const right = firstFree(COLUMNS, (k) => colFree(COLUMNS - 1 - k))
  const top = firstFree(ROWS, rowFree)
  const bottom = firstFree(ROWS, (k) => rowFree(ROWS - 1 - k))
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
        useView.getState().setSceneInsets(measureInsets(scene))
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
