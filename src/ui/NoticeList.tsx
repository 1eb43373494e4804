import { useNotices } from '../state/notice-store'

/** Dismissable notices (bad link parameters, saved data reset), announced to screen readers. */
export function NoticeList() {
  const notices = useNotices((s) => s.notices)
  const dismiss = useNotices((s) => s.dismiss)
  return (
    <div className="tpx-notices" aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} className={`tpx-notice ${n.kind}`} role="status" data-notice={n.kind}>
          <p>{n.text}</p>
          <button type="button" aria-label="Dismiss this message" onClick={() => dismiss(n.id)}>
            ✕
          </button>
        </div>
      ))}
    </div>
  )
}
