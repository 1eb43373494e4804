// "Clear drawing" in the finder when the body cannot be painted (no WebGL: PaintTools, with its
// own Clear drawing and Undo, is not shown). It clears the drawing only, as one undo step, and
// says so with an Undo beside it. It is not "Clear my data" (Treatment & safety), which removes
// the drawing, the diary and the quiz progress from the device for good.
import { useState } from 'react'
import { usePain } from '../state/pain-store'
import { useTranslation } from './i18n'

export function FinderClearDrawing() {
  const empty = usePain((s) => s.empty)
  const canUndo = usePain((s) => s.canUndo)
  const [cleared, setCleared] = useState(false)
  const { t } = useTranslation('finder')
  return (
    <div className="tpx-data-actions" data-testid="finder-clear">
      <button
        type="button"
        disabled={empty}
        onClick={() => {
          usePain.getState().clear()
          setCleared(true)
        }}
      >
        {t('tools.clear')}
      </button>
      {cleared && empty && (
        <>
          <span role="status" className="small">
            {t('clearDrawing.done')}
          </span>
          <button
            type="button"
            disabled={!canUndo}
            onClick={() => {
              usePain.getState().undo()
              setCleared(false)
            }}
          >
            {t('tools.undo')}
          </button>
        </>
      )}
    </div>
  )
}
