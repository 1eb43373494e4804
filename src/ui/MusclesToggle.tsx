// The switch of the "Muscles" view (issue 10), beside the camera views: explore mode only.
import { useMuscles } from '../state/muscle-store'
import { useView } from '../state/view-store'

export function MusclesToggle() {
  const on = useMuscles((s) => s.view)
  const explore = useView((s) => s.mode === 'explore')
  if (!explore) return null
  return (
    <button
      type="button"
      aria-pressed={on}
      onClick={() => useMuscles.getState().setView(!on)}
      data-testid="muscles-toggle"
      title="Show the muscles under the skin"
    >
      Muscles
    </button>
  )
}
