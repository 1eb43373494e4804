// "A new version is ready: Reload": shown when the service worker has installed a newer build
// (src/app/service-worker.ts). The running session is never swapped under the user; Later
// keeps it, and the new version starts with the next visit.
import { useEffect, useSyncExternalStore } from 'react'
import { applyUpdate, dismissUpdate, serviceWorkerState, startServiceWorker, subscribeServiceWorker } from '../app/service-worker'
import './UpdateNotice.css'

export function UpdateNotice() {
  useEffect(startServiceWorker, [])
  const { needRefresh } = useSyncExternalStore(subscribeServiceWorker, serviceWorkerState)
  if (!needRefresh) return null
  return (
    <div className="tpx-update no-print" role="status" aria-live="polite" data-update-notice>
      <p>A new version is ready.</p>
      <button type="button" onClick={applyUpdate}>
        Reload
      </button>
      <button type="button" onClick={dismissUpdate}>
        Later
      </button>
    </div>
  )
}
