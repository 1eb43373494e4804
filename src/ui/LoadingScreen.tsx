import { useData } from '../state/data-store'

/** Shown until the dataset and the body are ready; progress covers bytes, then derivation. */
export function LoadingScreen() {
  const progress = useData((s) => s.progress)
  const percent = Math.round(progress * 100)
  return (
    <div className="tpx-ui">
      <div className="tpx-screen" role="status" aria-live="polite">
        <div className="tpx-panel">
          <h2>Loading the body and the trigger point charts…</h2>
          <progress className="tpx-progress" max={100} value={percent} aria-label="Loading progress" />
          <p className="muted small">{percent}% · everything runs on this device; nothing you do is sent anywhere.</p>
        </div>
      </div>
    </div>
  )
}
