import { type CameraView, useView } from '../state/view-store'
import { MusclesToggle } from './MusclesToggle'
import { useTranslation } from './i18n'

const VIEWS: readonly CameraView[] = ['front', 'back', 'left', 'right']

/** One-click camera views (the body's left and right, as a therapist says them). */
export function ViewButtons() {
  const requestView = useView((s) => s.requestView)
  const { t } = useTranslation('explore')
  return (
    <div className="tpx-views" role="group" aria-label={t('views.label')}>
      {VIEWS.map((v) => (
        <button key={v} type="button" onClick={() => requestView(v)} aria-label={t(`views.${v}View`)}>
          {t(`views.${v}`)}
        </button>
      ))}
      <MusclesToggle />
    </div>
  )
}
