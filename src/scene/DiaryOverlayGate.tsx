// Loads the diary overlay (DiaryOverlay.tsx) the first time a diary entry is to be shown on the
// body; nothing of it is in the JavaScript of the first frame.
import { lazy, Suspense, useState } from 'react'
import { useDiaryView } from '../state/diary-view-store'

const DiaryOverlay = lazy(() => import('./DiaryOverlay'))

export function DiaryOverlayGate() {
  const wanted = useDiaryView((s) => s.layers.length > 0)
  const [needed, setNeeded] = useState(false)
  if (wanted && !needed) setNeeded(true)
  if (!needed) return null
  return (
    <Suspense fallback={null}>
      <DiaryOverlay />
    </Suspense>
  )
}
