import { useNotices } from '../state/notice-store'
import { LinkedDrawingBanner } from './LinkedDrawingBanner'
import { LinkedEntryGate } from './LinkedEntryGate'
import { useTranslation } from './i18n'
import './trust.css'

/** Dismissable notices (bad link parameters, saved data reset), announced to screen readers. */
export function NoticeList() {
  const notices = useNotices((s) => s.notices)
  const dismiss = useNotices((s) => s.dismiss)
  const { t } = useTranslation('notices')
  return (
    <div className="tpx-notices" aria-live="polite">
      <LinkedDrawingBanner />
      <LinkedEntryGate />
      {notices.map((n) => (
        <div key={n.id} className={`tpx-notice ${n.kind}`} role="status" data-notice={n.kind} data-notice-key={n.key}>
          <div className="tpx-notice-body">
            <p>{t(n.key, n.params ?? {})}</p>
            {n.lines && (
              <ul className="tpx-notice-lines">
                {n.lines.map((l, i) => (
                  <li key={i}>
                    {l.key && t(l.key, l.params ?? {})}
                    {l.input !== undefined && (
                      <>
                        {l.key && ' '}
                        <span className="tpx-link-text" data-link-text="">
                          {t('linkSaid')}{' '}
                          <q>
                            <bdi>{l.input}</bdi>
                          </q>
                        </span>
                      </>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </div>
          <button type="button" aria-label={t('dismiss')} onClick={() => dismiss(n.id)}>
            ✕
          </button>
        </div>
      ))}
    </div>
  )
}
