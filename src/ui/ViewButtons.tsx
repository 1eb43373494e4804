import { type CameraView, useView } from '../state/view-store'
import { MusclesToggle } from './MusclesToggle'

const VIEWS: readonly { id: CameraView; label: string }[] = [
  { id: 'front', label: 'Front' },
  { id: 'back', label: 'Back' },
  { id: 'left', label: 'Left' },
  { id: 'right', label: 'Right' },
]

/** One-click camera views (the body's left and right, as a therapist says them). */
export function ViewButtons() {
  const requestView = useView((s) => s.requestView)
  return (
    <div className="tpx-views" role="group" aria-label="Turn the body">
      {VIEWS.map((v) => (
        <button key={v.id} type="button" onClick={() => requestView(v.id)} aria-label={`${v.label} view`}>
          {v.label}
        </button>
      ))}
      <MusclesToggle />
    </div>
  )
}
