// A pain diary entry from a "Bring to my consult" link (issue 13), shown as the link's: its
// drawing over the body (the first overlay colour) with its day, pain level, qualities and note.
// It is not saved on this device unless the person chooses "Save to my diary" (a therapist's
// tablet must not collect patients' entries by itself).
import { useEffect, useMemo, useState } from 'react'
import { decodeEntryLink } from '../domain/diary'
import { useData } from '../state/data-store'
import { useDiary } from '../state/diary-store'
import { OVERLAY_COLORS, useDiaryView } from '../state/diary-view-store'
import { useLang } from '../state/lang-store'
import { pushNotice } from '../state/notice-store'
import { drawingOfEntry, formatDay } from './diary-format'
import { useTranslation } from './i18n'
import './diary.css'

export default function LinkedEntryBanner() {
  const { t } = useTranslation('diary')
  const lang = useLang((s) => s.lang)
  const text = useDiaryView((s) => s.linkedEntry)
  const body = useData((s) => s.body)
  const [saved, setSaved] = useState(false)
  const vertexCount = body ? body.mesh.positions.length / 3 : 0
  // the body model itself: a QR code's link (version 2) carries the drawing in cells cut from it
  const decoded = useMemo(() => (text && body ? decodeEntryLink(text, body.mesh) : null), [text, body])

  useEffect(() => {
    if (!decoded) return
    if (!decoded.ok) {
      pushNotice({ key: 'entryLinkUnreadable', params: { reason: decoded.reason } })
      useDiaryView.getState().setLinkedEntry(null)
      return
    }
    const drawing = drawingOfEntry(decoded.entry, vertexCount)
    if (drawing) useDiaryView.getState().setLayers([{ id: decoded.entry.id, slot: 0, drawing }])
    return () => useDiaryView.getState().setLayers([])
  }, [decoded, vertexCount, t])

  if (!decoded?.ok) return null
  const e = decoded.entry
  const close = (): void => {
    useDiaryView.getState().setLayers([])
    useDiaryView.getState().setLinkedEntry(null)
  }
  return (
    <div className="tpx-linked-banner tpx-linked-entry" role="region" aria-label={t('linked.title')} data-testid="linked-entry">
      <p>
        <span className="tpx-diary-swatch" style={{ background: OVERLAY_COLORS[0] }} aria-hidden="true" />{' '}
        <strong>{t('linked.title')}</strong>
        {' · '}
        <span data-testid="linked-entry-summary">
          {t('linked.summary', { date: formatDay(e.date, lang), value: e.intensity })}
        </span>
      </p>
      {e.qualities.length > 0 && (
        <p className="small">{t('linked.feels', { list: e.qualities.map((q) => t(`quality.${q}`)).join(', ') })}</p>
      )}
      {e.note && (
        <p className="small">
          <bdi>{t('linked.note', { note: e.note })}</bdi>
        </p>
      )}
      <p className="small muted">{saved ? t('linked.saved') : t('linked.notSaved')}</p>
      {!saved && (
        <button
          type="button"
          className="primary"
          onClick={() => {
            useDiary.getState().load(vertexCount)
            if (useDiary.getState().save(e)) setSaved(true)
          }}
        >
          {t('linked.save')}
        </button>
      )}
      <button type="button" onClick={close}>
        {t('linked.close')}
      </button>
    </div>
  )
}
