/// <reference types="vite-plugin-pwa/vanillajs" />
// The offline copy: registers the Workbox service worker that vite-plugin-pwa generates
// (vite.config.ts), which precaches the whole build, so after one visit the app, the body model,
// the dataset and every lazy chunk work without a network. A new version never replaces the
// running one behind the user's back: it waits, `needRefresh` turns true and the UI offers a
// reload (src/ui/UpdateNotice.tsx). Registration waits until the app has loaded, so the
// precache download never competes with the first frame. In dev (`npm start`) the virtual
// module registers nothing.
import { registerSW } from 'virtual:pwa-register'
import { useData } from '../state/data-store'

export interface ServiceWorkerState {
  /** a new version is installed and waiting for a reload */
  needRefresh: boolean
  /** everything is precached: the app works offline from now on */
  offlineReady: boolean
}

let state: ServiceWorkerState = { needRefresh: false, offlineReady: false }
const listeners = new Set<() => void>()
let update: ((reloadPage?: boolean) => Promise<void>) | null = null
let started = false

function set(patch: Partial<ServiceWorkerState>): void {
  state = { ...state, ...patch }
  for (const listener of listeners) listener()
}

export const serviceWorkerState = (): ServiceWorkerState => state

export function subscribeServiceWorker(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

let reloading = false
function reload(): void {
  if (reloading) return
  reloading = true
  location.reload()
}

/** Activates the waiting version and reloads the page once it has taken over. */
export function applyUpdate(): void {
  // workbox-window reloads only when a service worker already controlled the page when it
  // registered; on a first visit (controlled later, through clientsClaim) it would not, so the
  // takeover is watched here too
  navigator.serviceWorker.addEventListener('controllerchange', reload, { once: true })
  if (update) void update(true)
  else reload()
}

/** Hides the notice for this session; the new version starts with the next visit. */
export function dismissUpdate(): void {
  set({ needRefresh: false })
}

/** Registers the service worker once, after the app has loaded (or failed to). */
export function startServiceWorker(): void {
  if (started || !('serviceWorker' in navigator)) return
  started = true
  const register = () => {
    update = registerSW({
      immediate: true,
      onNeedRefresh: () => set({ needRefresh: true }),
      onNeedReload: reload,
      onOfflineReady: () => set({ offlineReady: true }),
      onRegisterError: (error: unknown) => console.warn('The offline copy could not be installed:', error),
    })
  }
  if (useData.getState().status !== 'loading') register()
  else {
    const stop = useData.subscribe((s) => {
      if (s.status === 'loading') return
      stop()
      register()
    })
  }
}
