// "A new version is ready: Reload": shown when the service worker has installed a newer build
// (src/app/service-worker.ts). The running session is never swapped under the user; Later
// keeps it, and the new version starts with the next visit.
import { useEffect, useSyncExternalStore } from 'react'
import { applyUpdate, dismissUpdate, serviceWorkerState, startServiceWorker, subscribeServiceWorker } from '../app/service-worker'
import { useTranslation } from './i18n'
import './UpdateNotice.css'

export function UpdateNotice() {
  useEffect(startServiceWorker, [])
  const { needRefresh } = useSyncExternalStore(subscribeServiceWorker, serviceWorkerState)
  const { t } = useTranslation()
  if (!needRefresh) return null
  return (
    <div className="tpx-update no-print" role="status" aria-live="polite" data-update-notice>
      <p>{t('update.ready')}</p>
      <button type="button" onClick={applyUpdate}>
        {t('update.reload')}
      </button>
      <button type="button" onClick={dismissUpdate}>
        {t('update.later')}
      </button>
    </div>
  )
}
