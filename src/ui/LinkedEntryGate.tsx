// A diary entry that came in a consult link (`#entry=`): the banner that shows it, and the
// diary code it needs, load only when a link carries one.
import { lazy, Suspense } from 'react'
import { useDiaryView } from '../state/diary-view-store'

const LinkedEntryBanner = lazy(() => import('./LinkedEntryBanner'))

export function LinkedEntryGate() {
  const linked = useDiaryView((s) => s.linkedEntry !== null)
  if (!linked) return null
  return (
    <Suspense fallback={null}>
      <LinkedEntryBanner />
    </Suspense>
  )
}
