import { useSyncExternalStore } from 'react'

/** The layout with one panel at a time as a bottom sheet (phones, tablets in portrait): the same query as ui.css. */
export const SHEET_LAYOUT = '(max-width: 900px), (max-height: 560px) and (max-width: 1000px)'

/** Whether a CSS media query matches now; re-renders when it starts or stops matching (a tablet turned). */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      if (typeof matchMedia !== 'function') return () => {}
      const list = matchMedia(query)
      list.addEventListener('change', onChange)
      return () => list.removeEventListener('change', onChange)
    },
    () => typeof matchMedia === 'function' && matchMedia(query).matches,
  )
}
