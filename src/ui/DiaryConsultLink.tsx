// "Bring to my consult": one diary entry in a link's fragment (domain/diary entry-link.ts, never
// sent to a server), as a link to copy and a QR code to scan from this screen. Consult mode on
// the therapist's device opens it (LinkedEntryBanner).
import { useState } from 'react'
import { type DiaryEntry, encodeEntryLink } from '../domain/diary'
import { useLang } from '../state/lang-store'
import { ShareQr } from './ShareQr'
import { useTranslation } from './i18n'

/** QR codes (level M) hold about 2300 bytes; a longer link is offered as a link only. */
export const QR_MAX_URL = 2300

export function entryLinkUrl(entry: DiaryEntry, lang: string): string {
  const params = new URLSearchParams({ mode: 'consult' })
  if (lang !== 'en') params.set('lang', lang)
  return `${window.location.origin}${window.location.pathname}?${params.toString()}#entry=${encodeEntryLink(entry)}`
}

export interface DiaryConsultLinkProps {
  entry: DiaryEntry
  onClose: () => void
}

export function DiaryConsultLink({ entry, onClose }: DiaryConsultLinkProps) {
  const { t } = useTranslation('diary')
  const lang = useLang((s) => s.lang)
  const url = entryLinkUrl(entry, lang)
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
      {url.length <= QR_MAX_URL ? (
        <ShareQr url={url} label={t('link.qrLabel')} />
      ) : (
        <p className="small muted">{t('link.tooLong')}</p>
      )}
    </div>
  )
}
