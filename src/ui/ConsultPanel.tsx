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
      <h2 id="tpx-consult-title">Consult</h2>
      <p className="small muted sheet-hide">
        Show a pattern, compare it with a second one, then share or print it for your patient.
      </p>
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
          Swap
        </button>
        <button type="button" className="primary" disabled={!tpId} onClick={() => window.print()}>
          Print handout
        </button>
        <button type="button" disabled={!tpId} onClick={() => void share()}>
          {shared ? 'Link copied' : 'Share link'}
        </button>
        <button type="button" disabled={!tpId} aria-expanded={showQr && !!tpId} onClick={() => setShowQr((v) => !v)}>
          QR code
        </button>
      </div>
      <p className="small" role="status" data-testid="share-status">
        {shared ? 'The link to this view is copied: paste it in a message to your patient.' : ''}
      </p>
      {showQr && tpId && <ShareQr url={href} />}
      <div style={{ display: 'grid', gap: 10 }}>
        <TpSelect
          label="Pattern (red)"
          value={tpId}
          emptyLabel="Choose a trigger point…"
          onChange={(id) => useSelection.getState().select(id)}
        />
        <TpSelect
          label="Compare with (blue)"
          value={compareTpId}
          emptyLabel="No comparison"
          onChange={(id) => useSelection.getState().setCompare(id)}
        />
        {compareTp && compareMuscle && (
          <p className="small" data-testid="compare-summary">
            <strong>Blue:</strong> {compareMuscle.plainName} ({compareMuscle.name}). Main pain area: {listWords(compareMain)}.
          </p>
        )}
        <label className="tpx-note">
          <span>Note for the handout (printed, never saved)</span>
          <textarea value={note} rows={2} maxLength={600} onChange={(e) => onNote(e.target.value)} />
        </label>
        <div className="row">
          <SideSwitch />
          {tpId && !detailsShown && (
            <button type="button" className="sheet-only" onClick={onShowDetails}>
              Details of the red pattern
            </button>
          )}
        </div>
      </div>
    </section>
  )
}
