import { useSyncExternalStore } from 'react'

/** Fired on window by the URL sync (src/app/url-sync.ts) after it rewrote the address. */
export const URL_CHANGE_EVENT = 'tpx:urlchange'

/** The address as it is now; re-renders when the app rewrites it or Back/Forward moves it. */
export function useHref(): string {
  return useSyncExternalStore(
    (onChange) => {
      window.addEventListener(URL_CHANGE_EVENT, onChange)
      window.addEventListener('popstate', onChange)
      return () => {
        window.removeEventListener(URL_CHANGE_EVENT, onChange)
        window.removeEventListener('popstate', onChange)
      }
    },
    () => window.location.href,
  )
}
