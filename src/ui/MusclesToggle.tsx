// The switch of the "Muscles" view (issue 10), beside the camera views: explore mode only.
import { useMuscles } from '../state/muscle-store'
import { useView } from '../state/view-store'
import { useTranslation } from './i18n'

export function MusclesToggle() {
  const on = useMuscles((s) => s.view)
  const explore = useView((s) => s.mode === 'explore')
  const { t } = useTranslation('explore')
  if (!explore) return null
  return (
    <button
      type="button"
      aria-pressed={on}
      onClick={() => useMuscles.getState().setView(!on)}
      data-testid="muscles-toggle"
      title={t('muscles.toggleTitle')}
    >
      {t('muscles.toggle')}
    </button>
  )
}
