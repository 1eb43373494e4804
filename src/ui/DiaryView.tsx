// The pain diary (issue 13): entries newest first with a small body picture, pain over time,
// up to two entries laid over the body (before and after), delete with undo, export to a file
// and import from one (merged, nothing lost; a bad file is refused with what is wrong and
// where), and one entry as a link for the consult.
import { useEffect, useMemo, useRef, useState } from 'react'
import { isoDayOf, newestFirst } from '../domain/diary'
import { useData } from '../state/data-store'
import { type ImportOutcome, useDiary } from '../state/diary-store'
import { OVERLAY_COLORS, type OverlayLayer, useDiaryView } from '../state/diary-view-store'
import { useLang } from '../state/lang-store'
import { DiaryChart } from './DiaryChart'
import { DiaryConsultLink } from './DiaryConsultLink'
import { DiaryThumbnail } from './DiaryThumbnail'
import { downloadText, drawingOfEntry, formatDay } from './diary-format'
import { useTranslation } from './i18n'

export interface DiaryViewProps {
  /** said once on opening: the entry just saved */
  message: string | null
}

export function DiaryView({ message }: DiaryViewProps) {
  const { t } = useTranslation('diary')
  const lang = useLang((s) => s.lang)
  const entries = useDiary((s) => s.entries)
  const unreadable = useDiary((s) => s.unreadable)
  const deleted = useDiary((s) => s.deleted)
  const body = useData((s) => s.body)
  const [shown, setShown] = useState<string[]>([])
  const [imported, setImported] = useState<ImportOutcome | null>(null)
  const [linkFor, setLinkFor] = useState<string | null>(null)
  const file = useRef<HTMLInputElement>(null)
  const list = useMemo(() => newestFirst(entries), [entries])
  // oldest first: the earlier one is "before" (first colour)
  const overlay = useMemo(() => entries.filter((e) => shown.includes(e.id)), [entries, shown])

  useEffect(() => {
    if (!body) return
    const vertexCount = body.mesh.positions.length / 3
    const layers: OverlayLayer[] = []
    overlay.forEach((e, i) => {
      const drawing = drawingOfEntry(e, vertexCount)
      if (drawing) layers.push({ id: e.id, slot: i === 0 ? 0 : 1, drawing })
    })
    useDiaryView.getState().setLayers(layers)
  }, [overlay, body])
  useEffect(() => () => useDiaryView.getState().setLayers([]), [])

  const toggle = (id: string): void => setShown((v) => (v.includes(id) ? v.filter((x) => x !== id) : [...v, id].slice(-2)))

  const onFile = async (f: File | undefined): Promise<void> => {
    if (!f) return
    let text: string
    try {
      text = await f.text()
    } catch (e) {
      setImported({ ok: false, errors: [{ path: '(root)', message: e instanceof Error ? e.message : 'cannot be read' }] })
      return
    }
    setImported(useDiary.getState().importText(text))
  }

  const day = (d: string) => formatDay(d, lang)

  return (
    <section className="tpx-diary" aria-labelledby="tpx-diary-title" data-testid="diary">
      <h3 id="tpx-diary-title">{t('view.title')}</h3>
      {message && (
        <p role="status" className="small tpx-diary-ok" data-testid="diary-saved">
          {message}
        </p>
      )}
      {unreadable && (
        <div className="tpx-diary-warn" role="alert" data-testid="diary-unreadable">
          <p>
            <strong>{t('unreadable.title')}</strong>
          </p>
          <p className="small">{t('unreadable.text')}</p>
          <div className="tpx-data-actions">
            <button
              type="button"
              className="primary"
              onClick={() => {
                downloadText(unreadable.raw, `pain-diary-unreadable-${isoDayOf(new Date())}.txt`, 'text/plain')
                useDiary.getState().markBackupDownloaded()
              }}
            >
              {t('unreadable.download')}
            </button>
            <button type="button" onClick={() => useDiary.getState().discardUnreadable()}>
              {t('unreadable.discard')}
            </button>
          </div>
        </div>
      )}
      <p className="small muted">{t('view.intro')}</p>
      <div className="tpx-data-actions">
        <button
          type="button"
          disabled={entries.length === 0}
          data-testid="diary-export"
          onClick={() => downloadText(useDiary.getState().exportText(), `pain-diary-${isoDayOf(new Date())}.json`)}
        >
          {t('view.export')}
        </button>
        <button type="button" data-testid="diary-import" onClick={() => file.current?.click()}>
          {t('view.import')}
        </button>
        <input
          ref={file}
          type="file"
          accept="application/json,.json"
          hidden
          data-testid="diary-import-file"
          onChange={(e) => {
            void onFile(e.currentTarget.files?.[0])
            e.currentTarget.value = ''
          }}
        />
      </div>
      {imported?.ok && (
        <p role="status" className="small tpx-diary-ok" data-testid="diary-imported">
          {t('view.imported', { added: imported.added, unchanged: imported.unchanged, renamed: imported.renamed })}
        </p>
      )}
      {imported && !imported.ok && (
        <div role="alert" className="tpx-diary-warn" data-testid="diary-import-errors">
          <p className="small">{t('view.importFailed')}</p>
          <ul className="small">
            {imported.errors.map((e, i) => (
              <li key={i}>
                <code>{e.path}</code>: {e.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {deleted && (
        <p role="status" className="small row" data-testid="diary-deleted">
          <span>{t('view.deleted', { date: day(deleted.date) })}</span>
          <button type="button" onClick={() => useDiary.getState().undoRemove()}>
            {t('view.undo')}
          </button>
        </p>
      )}
      {entries.length === 0 ? (
        <p className="small">{t('view.empty')}</p>
      ) : (
        <>
          {overlay.length === 0 && <p className="small muted">{t('view.overlayHint')}</p>}
          <DiaryChart entries={entries} lang={lang} />
          <h4 className="tpx-diary-list-title">{t('view.list')}</h4>
          <ul className="tpx-diary-list" data-testid="diary-list">
            {list.map((e) => {
              const slot = overlay.findIndex((o) => o.id === e.id)
              return (
                <li key={e.id} data-testid="diary-item" data-entry-id={e.id} data-date={e.date}>
                  <div className="tpx-diary-item">
                    {body && <DiaryThumbnail entry={e} body={body} label={t('view.thumbnail', { date: day(e.date) })} />}
                    <div className="tpx-diary-meta">
                      <p>
                        <strong>{day(e.date)}</strong>
                      </p>
                      <p className="tpx-diary-pain" data-intensity={e.intensity}>
                        {t('view.pain', { value: e.intensity })}
                      </p>
                      {e.qualities.length > 0 && <p className="small">{e.qualities.map((q) => t(`quality.${q}`)).join(', ')}</p>}
                      {e.note && (
                        <p className="small tpx-diary-note">
                          <bdi>{e.note}</bdi>
                        </p>
                      )}
                    </div>
                  </div>
                  <div className="tpx-data-actions">
                    <button type="button" aria-pressed={slot >= 0} data-testid="diary-show" onClick={() => toggle(e.id)}>
                      {slot >= 0 && (
                        <span
                          className="tpx-diary-swatch"
                          style={{ background: OVERLAY_COLORS[slot === 0 ? 0 : 1] }}
                          aria-hidden="true"
                        />
                      )}
                      {t('view.show')}
                    </button>
                    <button
                      type="button"
                      aria-expanded={linkFor === e.id}
                      data-testid="diary-consult"
                      onClick={() => setLinkFor(linkFor === e.id ? null : e.id)}
                    >
                      {t('view.consult')}
                    </button>
                    <button type="button" data-testid="diary-delete" onClick={() => useDiary.getState().remove(e.id)}>
                      {t('view.delete')}
                    </button>
                  </div>
                  {linkFor === e.id && <DiaryConsultLink entry={e} onClose={() => setLinkFor(null)} />}
                </li>
              )
            })}
          </ul>
          {/* after the list, sticky at the bottom of the panel: in sight while the list scrolls */}
          {overlay.length > 0 && (
            <div className="tpx-diary-legend" data-testid="diary-legend">
              <span className="small">{t('view.onBody')}</span>
              {overlay.map((e, i) => (
                <span key={e.id} className="small tpx-diary-legend-item">
                  <span className="tpx-diary-swatch" style={{ background: OVERLAY_COLORS[i === 0 ? 0 : 1] }} aria-hidden="true" />
                  {overlay.length === 1 ? day(e.date) : t(i === 0 ? 'view.before' : 'view.after', { date: day(e.date) })}
                </span>
              ))}
              <button type="button" onClick={() => setShown([])}>
                {t('view.hide')}
              </button>
            </div>
          )}
        </>
      )}
    </section>
  )
}
