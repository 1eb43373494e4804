import { useNotices } from '../state/notice-store'
import { LinkedDrawingBanner } from './LinkedDrawingBanner'
import { LinkedEntryGate } from './LinkedEntryGate'
import './trust.css'

/** Dismissable notices (bad link parameters, saved data reset), announced to screen readers. */
export function NoticeList() {
  const notices = useNotices((s) => s.notices)
  const dismiss = useNotices((s) => s.dismiss)
  return (
    <div className="tpx-notices" aria-live="polite">
      <LinkedDrawingBanner />
      <LinkedEntryGate />
      {notices.map((n) => (
        <div key={n.id} className={`tpx-notice ${n.kind}`} role="status" data-notice={n.kind}>
          <div className="tpx-notice-body">
            <p>{n.text}</p>
            {n.lines && (
              <ul className="tpx-notice-lines">
                {n.lines.map((l, i) => (
                  <li key={i}>
                    {l.text}
                    {l.input !== undefined && (
                      <>
                        {l.text && ' '}
                        <span className="tpx-link-text" data-link-text="">
                          The link said:{' '}
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
          <button type="button" aria-label="Dismiss this message" onClick={() => dismiss(n.id)}>
            ✕
          </button>
        </div>
      ))}
    </div>
  )
}
