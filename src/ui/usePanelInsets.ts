// Measures what the panels cover of the canvas and publishes it in the layout store (see
// layout-store.ts). A panel counts on the side it is docked to: the side panel on the left,
// the details on the right, a bottom sheet (phones) at the bottom.
import { type RefObject, useEffect } from 'react'
import { type Insets, useLayout } from '../state/layout-store'

function measure(root: HTMLElement): Insets {
  const w = window.innerWidth
  const h = window.innerHeight
  const insets: Insets = { top: 0, right: 0, bottom: 0, left: 0 }
  const top = root.querySelector<HTMLElement>('.tpx-topbar')
  if (top) insets.top = Math.round(top.getBoundingClientRect().bottom)
  for (const el of root.querySelectorAll<HTMLElement>('.tpx-side, .tpx-detail')) {
    const r = el.getBoundingClientRect()
    if (r.width === 0 || r.height === 0) continue
    if (r.width > w * 0.9) insets.bottom = Math.max(insets.bottom, Math.round(h - r.top))
    else if (r.left < w / 2) insets.left = Math.max(insets.left, Math.round(r.right))
    else insets.right = Math.max(insets.right, Math.round(w - r.left))
  }
  return insets
}

export function usePanelInsets(root: RefObject<HTMLElement | null>, deps: readonly unknown[]): void {
  useEffect(() => {
    const el = root.current
    if (!el) return
    const update = (): void => useLayout.getState().setInsets(measure(el))
    update()
    const observer = new ResizeObserver(update)
    for (const panel of el.querySelectorAll('.tpx-topbar, .tpx-side, .tpx-detail')) observer.observe(panel)
    window.addEventListener('resize', update)
    return () => {
      observer.disconnect()
      window.removeEventListener('resize', update)
    }
    // the panels present change with the mode and the selection
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [root, ...deps])
}
