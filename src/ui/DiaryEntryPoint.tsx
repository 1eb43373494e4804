// The pain diary's door in "Where does it hurt?" (issue 13): "Save to my diary" and "My pain
// diary". Everything behind it (form, list, chart, import/export, the diary's schema) is a
// separate chunk, fetched on the first press.
import { lazy, Suspense, useState } from 'react'
import { useTranslation } from './i18n'

const DiaryPanel = lazy(() => import('./DiaryPanel'))

export type DiaryPanelView = 'save' | 'diary'

export function DiaryEntryPoint() {
  const { t } = useTranslation('diary')
  const [view, setView] = useState<DiaryPanelView | null>(null)
  return (
    <div className="tpx-diary-door" data-testid="diary-door">
      <div className="tpx-data-actions">
        <button
          type="button"
          className={view === 'save' ? undefined : 'primary'}
          aria-expanded={view === 'save'}
          onClick={() => setView(view === 'save' ? null : 'save')}
        >
          {t('entry.save')}
        </button>
        <button type="button" aria-expanded={view === 'diary'} onClick={() => setView(view === 'diary' ? null : 'diary')}>
          {view === 'diary' ? t('entry.close') : t('entry.open')}
        </button>
      </div>
      {view && (
        <Suspense fallback={null}>
          <DiaryPanel view={view} onView={setView} />
        </Suspense>
      )}
    </div>
  )
}
