import { useData } from '../state/data-store'
import { useTranslation } from './i18n'

/** Shown until the dataset and the body are ready; progress covers bytes, then derivation. */
export function LoadingScreen() {
  const progress = useData((s) => s.progress)
  const { t, i18n } = useTranslation()
  const percent = Math.round(progress * 100)
  const shown = new Intl.NumberFormat(i18n.language, { style: 'percent' }).format(percent / 100)
  return (
    <div className="tpx-ui">
      <div className="tpx-screen" role="status" aria-live="polite">
        <div className="tpx-panel">
          <h2>{t('loading.title')}</h2>
          <progress className="tpx-progress" max={100} value={percent} aria-label={t('loading.progress')} />
          <p className="muted small">{t('loading.privacy', { percent: shown })}</p>
        </div>
      </div>
    </div>
  )
}
