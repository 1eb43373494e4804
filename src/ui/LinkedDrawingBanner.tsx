// A pain drawing that came in a link is the link's, not the person's: it is shown marked as
// such, their own drawing stays saved as it is, and only "Keep this drawing" makes it theirs
// (as one undo step, offered right away). Shown in every mode, since a link opened in explore
// mode still carries the drawing.
import { useState } from 'react'
import { usePain } from '../state/pain-store'
import { useView } from '../state/view-store'
import { useTranslation } from './i18n'

export function LinkedDrawingBanner() {
  const linked = usePain((s) => s.own !== null)
  const mode = useView((s) => s.mode)
  const [kept, setKept] = useState(false)
  const { t } = useTranslation('finder')
  if (kept && !linked)
    return (
      <div className="tpx-linked-banner" role="status" data-testid="linked-kept">
        <p>{t('linked.kept')}</p>
        <button
          type="button"
          onClick={() => {
            usePain.getState().undo()
            setKept(false)
          }}
        >
          {t('linked.undo')}
        </button>
        <button type="button" onClick={() => setKept(false)}>
          {t('linked.ok')}
        </button>
      </div>
    )
  if (!linked) return null
  return (
    <div className="tpx-linked-banner" role="region" aria-label={t('linked.label')} data-testid="linked-drawing">
      <p>
        <strong>{t('linked.came')}</strong> {t('linked.notSaved')}
        {mode === 'find' ? '' : ` ${t('linked.openFinder')}`}
      </p>
      {mode !== 'find' && (
        <button type="button" onClick={() => useView.getState().setMode('find')}>
          {t('linked.show')}
        </button>
      )}
      <button
        type="button"
        className="primary"
        onClick={() => {
          usePain.getState().keepLinked()
          setKept(true)
        }}
      >
        {t('linked.keep')}
      </button>
      <button type="button" onClick={() => usePain.getState().dropLinked()}>
        {t('linked.back')}
      </button>
    </div>
  )
}
