// Consult (therapists): two patterns side by side on the body (the second drawn as the
// comparison), large controls, and a link to share or a handout to print for the patient.
import { useEffect, useState } from 'react'
import { zonesOf } from '../domain/pattern'
import { useData } from '../state/data-store'
import { useNotices } from '../state/notice-store'
import { useSelection } from '../state/selection-store'
import { listWords, regionWords } from './labels'
import { SideSwitch } from './SideSwitch'
import { TpSelect } from './TpSelect'
import { ShareQr } from './ShareQr'
import { useHref } from './useHref'
import { useTranslation } from './i18n'

export interface ConsultPanelProps {
  /** phones and tablets in portrait: the details open over this panel on request */
  onShowDetails: () => void
  detailsShown: boolean
  /** a note for the printed handout: kept in memory only */
  note: string
  onNote: (note: string) => void
}

export function ConsultPanel({ onShowDetails, detailsShown, note, onNote }: ConsultPanelProps) {
  const tpId = useSelection((s) => s.tpId)
  const compareTpId = useSelection((s) => s.compareTpId)
  const side = useSelection((s) => s.side)
  const index = useData((s) => s.index)
  // the link shared is the one in the address bar when it was shared: a later change (another
  // pattern, side or view) needs a new one
  const [shared, setShared] = useState<string | null>(null)
  const [showQr, setShowQr] = useState(false)
  const href = useHref()
  const { t } = useTranslation('consult')
  useEffect(() => {
    setShared(null)
  }, [href])
  const compareTp = compareTpId ? index?.tpById.get(compareTpId) : undefined
  const compareMuscle = compareTpId ? index?.muscleOfTp.get(compareTpId) : undefined
  const compareMain =
    compareTp && index
      ? [...new Set(zonesOf(compareTp, side, index.regionById).essential.map((z) => regionWords(index, z.region)))]
      : []

  const share = async (): Promise<void> => {
    const url = href
    try {
      if (navigator.share) await navigator.share({ title: document.title, url })
      else await navigator.clipboard.writeText(url)
      setShared(url)
    } catch {
      useNotices.getState().push({ key: 'copyLink', params: { url } }, 'info')
    }
  }

  return (
    <section aria-labelledby="tpx-consult-title" data-testid="consult">
      <h2 id="tpx-consult-title">{t('title')}</h2>
      <p className="small muted sheet-hide">{t('intro')}</p>
      {/* the actions first: on a phone the panel is a short sheet, they must not scroll away */}
      <div className="row tpx-consult-actions">
        <button
          type="button"
          disabled={!tpId || !compareTpId}
          onClick={() => {
            const s = useSelection.getState()
            const a = s.tpId
            s.select(s.compareTpId)
            s.setCompare(a)
          }}
        >
          {t('swap')}
        </button>
        <button type="button" className="primary" disabled={!tpId} onClick={() => window.print()}>
          {t('print')}
        </button>
        <button type="button" disabled={!tpId} onClick={() => void share()}>
          {shared ? t('copied') : t('share')}
        </button>
        <button type="button" disabled={!tpId} aria-expanded={showQr && !!tpId} onClick={() => setShowQr((v) => !v)}>
          {t('qr')}
        </button>
      </div>
      <p className="small" role="status" data-testid="share-status">
        {shared ? t('sharedStatus') : ''}
      </p>
      {showQr && tpId && <ShareQr url={href} />}
      <div style={{ display: 'grid', gap: 10 }}>
        <TpSelect
          label={t('pattern')}
          value={tpId}
          emptyLabel={t('choose')}
          onChange={(id) => useSelection.getState().select(id)}
        />
        <TpSelect
          label={t('compare')}
          value={compareTpId}
          emptyLabel={t('noCompare')}
          onChange={(id) => useSelection.getState().setCompare(id)}
        />
        {compareTp && compareMuscle && (
          <p className="small" data-testid="compare-summary">
            <strong>{t('blue')}</strong>{' '}
            {t('compareSummary', { plain: compareMuscle.plainName, muscle: compareMuscle.name, areas: listWords(compareMain) })}
          </p>
        )}
        <label className="tpx-note">
          <span>{t('note')}</span>
          <textarea value={note} rows={2} maxLength={600} onChange={(e) => onNote(e.target.value)} />
        </label>
        <div className="row">
          <SideSwitch />
          {tpId && !detailsShown && (
            <button type="button" className="sheet-only" onClick={onShowDetails}>
              {t('details')}
            </button>
          )}
        </div>
      </div>
    </section>
  )
}
