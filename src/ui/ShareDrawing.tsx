// Sharing a pain drawing is the person's choice: "Copy link" puts a link with the drawing on
// the clipboard; the address bar (and so the browser history) never carries it.
import { useState } from 'react'
import { samplesOfDrawing } from '../domain/pain'
import { serializeAppUrl } from '../domain/url'
import { usePain } from '../state/pain-store'
import { useTranslation } from './i18n'

/** The address shown now (url-sync keeps it current), in find mode, with the drawing in the fragment. */
export function shareUrlWithDrawing(): string {
  const params = new URLSearchParams(window.location.search)
  params.set('mode', 'find')
  const { hash } = serializeAppUrl({ pain: samplesOfDrawing(usePain.getState().history.present) })
  return `${window.location.origin}${window.location.pathname}?${params.toString()}${hash}`
}

export function ShareDrawing() {
  const empty = usePain((s) => s.empty)
  const [state, setState] = useState<'idle' | 'copied' | { manual: string }>('idle')
  const { t } = useTranslation('finder')
  if (empty) return null
  const copy = async (): Promise<void> => {
    const url = shareUrlWithDrawing()
    try {
      await navigator.clipboard.writeText(url)
      setState('copied')
    } catch {
      // no clipboard (an insecure page, a refusal): the link to copy by hand
      setState({ manual: url })
    }
  }
  return (
    <div className="tpx-data-actions" data-testid="share-drawing">
      <button type="button" onClick={() => void copy()}>
        {t('share.copy')}
      </button>
      {state === 'copied' && (
        <span role="status" className="small">
          {t('share.copied')}
        </span>
      )}
      {typeof state === 'object' && (
        <label className="small">
          {t('share.manual')}{' '}
          <input readOnly value={state.manual} onFocus={(e) => e.currentTarget.select()} aria-label={t('share.inputLabel')} />
        </label>
      )}
    </div>
  )
}
