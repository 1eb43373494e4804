// A pain drawing that came in a link is the link's, not the person's: it is shown marked as
// such, their own drawing stays saved as it is, and only "Keep this drawing" makes it theirs
// (as one undo step, offered right away). Shown in every mode, since a link opened in explore
// mode still carries the drawing.
import { useState } from 'react'
import { usePain } from '../state/pain-store'
import { useView } from '../state/view-store'

export function LinkedDrawingBanner() {
  const linked = usePain((s) => s.own !== null)
  const mode = useView((s) => s.mode)
  const [kept, setKept] = useState(false)
  if (kept && !linked)
    return (
      <div className="tpx-linked-banner" role="status" data-testid="linked-kept">
        <p>The drawing from the link is now your drawing, saved on this device.</p>
        <button
          type="button"
          onClick={() => {
            usePain.getState().undo()
            setKept(false)
          }}
        >
          Undo: bring back my drawing
        </button>
        <button type="button" onClick={() => setKept(false)}>
          OK
        </button>
      </div>
    )
  if (!linked) return null
  return (
    <div className="tpx-linked-banner" role="region" aria-label="Drawing from a link" data-testid="linked-drawing">
      <p>
        <strong>This pain drawing came with the link you opened.</strong> It is not saved; your own drawing on this device is kept
        as it was.{mode === 'find' ? '' : ' Open “Where does it hurt?” to see it.'}
      </p>
      {mode !== 'find' && (
        <button type="button" onClick={() => useView.getState().setMode('find')}>
          Show it
        </button>
      )}
      <button
        type="button"
        className="primary"
        onClick={() => {
          usePain.getState().keepLinked()
          setKept(true)
        }}
      >
        Keep this drawing
      </button>
      <button type="button" onClick={() => usePain.getState().dropLinked()}>
        Back to my drawing
      </button>
    </div>
  )
}
