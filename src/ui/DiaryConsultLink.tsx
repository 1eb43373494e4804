// "Bring to my consult": one diary entry in a link's fragment (domain/diary entry-link.ts, never
// sent to a server), as a link to copy and a QR code to scan from this screen. Consult mode on
// the therapist's device opens it (LinkedEntryBanner). The link to copy carries the drawing in
// full; a drawing too large for a QR code goes into the code in skin cells (entry link version
// 2, domain/diary coarse-drawing.ts), and the panel says how coarse and shows both pictures.
import { useMemo, useState } from 'react'
import type { LoadedBody } from '../data/load-body'
import { type DiaryEntry, decodeEntryLink, encodeEntryLink, entryLinkThatFits } from '../domain/diary'
import { useData } from '../state/data-store'
import { useLang } from '../state/lang-store'
import { DiaryThumbnail } from './DiaryThumbnail'
import { ShareQr } from './ShareQr'
import { useTranslation } from './i18n'

/** QR codes (level M) hold about 2300 bytes; a longer link goes into the code in skin cells. */
export const QR_MAX_URL = 2300

function linkPrefix(lang: string): string {
  const params = new URLSearchParams({ mode: 'consult' })
  if (lang !== 'en') params.set('lang', lang)
  return `${window.location.origin}${window.location.pathname}?${params.toString()}#entry=`
}

export function entryLinkUrl(entry: DiaryEntry, lang: string): string {
  return `${linkPrefix(lang)}${encodeEntryLink(entry)}`
}

/** The link for the QR code: in full when it fits, else in the finest skin cells that fit. */
export function entryQrLink(
  entry: DiaryEntry,
  lang: string,
  body: LoadedBody | null,
): { url: string; cellMm: number | null; coarse: DiaryEntry | null } | null {
  const prefix = linkPrefix(lang)
  if (!body) {
    const url = entryLinkUrl(entry, lang)
    return url.length <= QR_MAX_URL ? { url, cellMm: null, coarse: null } : null
  }
  const fit = entryLinkThatFits(entry, body.mesh, QR_MAX_URL - prefix.length)
  const decoded = fit.cellMm === null ? null : decodeEntryLink(fit.text, body.mesh)
  return { url: prefix + fit.text, cellMm: fit.cellMm, coarse: decoded?.ok ? decoded.entry : null }
}

export interface DiaryConsultLinkProps {
  entry: DiaryEntry
  onClose: () => void
}

export function DiaryConsultLink({ entry, onClose }: DiaryConsultLinkProps) {
  const { t } = useTranslation('diary')
  const lang = useLang((s) => s.lang)
  const body = useData((s) => s.body)
  const url = entryLinkUrl(entry, lang)
  const qr = useMemo(() => entryQrLink(entry, lang, body), [entry, lang, body])
  const [state, setState] = useState<'idle' | 'copied' | 'manual'>('idle')
  const copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(url)
      setState('copied')
    } catch {
      setState('manual')
    }
  }
  return (
    <div className="tpx-diary-link" data-testid="diary-link" data-url={url}>
      <p className="small">
        <strong>{t('link.title')}</strong>
      </p>
      <p className="small muted">{t('link.text')}</p>
      <div className="tpx-data-actions">
        <button type="button" className="primary" onClick={() => void copy()}>
          {t('link.copy')}
        </button>
        <button type="button" onClick={onClose}>
          {t('link.close')}
        </button>
        {state === 'copied' && (
          <span role="status" className="small">
            {t('link.copied')}
          </span>
        )}
      </div>
      {state === 'manual' && (
        <label className="small tpx-diary-field">
          <span>{t('link.manual')}</span>
          <input readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
      {qr?.cellMm && (
        <p className="small" data-testid="diary-qr-coarse" data-cell-mm={qr.cellMm}>
          {t('link.qrCoarse', { cm: new Intl.NumberFormat(lang).format(qr.cellMm / 10) })}
        </p>
      )}
      {qr?.coarse && body && (
        <div className="tpx-diary-qr-compare">
          <figure>
            <DiaryThumbnail entry={entry} body={body} label={t('link.inLink')} />
            <figcaption className="small">{t('link.inLink')}</figcaption>
          </figure>
          <figure>
            <DiaryThumbnail entry={qr.coarse} body={body} label={t('link.inQr')} />
            <figcaption className="small">{t('link.inQr')}</figcaption>
          </figure>
        </div>
      )}
      {qr ? <ShareQr url={qr.url} label={t('link.qrLabel')} /> : <p className="small muted">{t('link.tooLong')}</p>}
    </div>
  )
}
