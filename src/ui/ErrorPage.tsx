import { useData } from '../state/data-store'
import { useTranslation } from './i18n'

/** A dataset that fails validation (or a file that cannot load): every error with its file and JSON path. */
export function ErrorPage() {
  const errors = useData((s) => s.errors)
  const { t } = useTranslation()
  return (
    <div className="tpx-ui">
      <div className="tpx-screen" role="alert">
        <div className="tpx-panel">
          <h2>{t('error.title')}</h2>
          <p>{t('error.found', { count: errors.length })}</p>
          {/* the validator's own messages: for whoever edits the data files, in English like the files */}
          <ol className="tpx-errors" lang="en">
            {errors.map((e, i) => (
              <li key={i}>
                <strong>{e.file}</strong>: <code>{e.path}</code>: {e.message}
              </li>
            ))}
          </ol>
          <button type="button" className="primary" onClick={() => window.location.reload()}>
            {t('error.reload')}
          </button>
        </div>
      </div>
    </div>
  )
}
