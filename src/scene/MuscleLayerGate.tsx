// Loads the muscle layer (MuscleLayer.tsx and domain/muscle) the first time it is needed: a
// trigger point selected or the "Muscles" view turned on. Nothing of it is in the JavaScript of
// the first frame; once loaded it stays mounted and keeps its compiled muscles.
import { lazy, Suspense, useState } from 'react'
import { useMuscles } from '../state/muscle-store'
import { useSelection } from '../state/selection-store'

const MuscleLayer = lazy(() => import('./MuscleLayer'))

export function MuscleLayerGate() {
  const selected = useSelection((s) => s.tpId !== null)
  const view = useMuscles((s) => s.view)
  const [needed, setNeeded] = useState(false)
  if ((selected || view) && !needed) setNeeded(true)
  if (!needed) return null
  return (
    <Suspense fallback={null}>
      <MuscleLayer />
    </Suspense>
  )
}
