// The GPU can take the WebGL context away (a driver reset, too many tabs, a phone saving
// power). Then the canvas shows nothing: the person is told, and the UI switches to its list
// view (the one shown without WebGL) until the context comes back; the body must not be
// reported as painted while nothing is drawn (`data-painted` is cleared, and a selection made
// meanwhile is reported only once drawn). When the browser gives the context back, the 3D view
// returns and is drawn again at once (with a demand-driven frame loop nothing would draw until
// the camera moved), and the paint it shows is reported after that frame.
import { type NoticeKey, pushNotice, useNotices } from '../state/notice-store'
import { signalContextLost } from '../scene/scene-signals'
import { useView } from '../state/view-store'

export const CONTEXT_LOST_NOTICE: NoticeKey = 'contextLost'

/** Watches `canvas`; `redraw` asks for a frame. Returns a function that stops watching. */
export function watchContextLoss(canvas: HTMLCanvasElement, redraw: () => void): () => void {
  const lost = (event: Event): void => {
    event.preventDefault() // lets the browser restore the context
    signalContextLost(true)
    document.body.dataset.webglLost = '1'
    useView.getState().setWebglLost(true)
    pushNotice(CONTEXT_LOST_NOTICE)
  }
  const restored = (): void => {
    delete document.body.dataset.webglLost
    signalContextLost(false)
    useView.getState().setWebglLost(false)
    const notices = useNotices.getState()
    for (const n of notices.notices) if (n.key === CONTEXT_LOST_NOTICE) notices.dismiss(n.id)
    redraw()
  }
  canvas.addEventListener('webglcontextlost', lost)
  canvas.addEventListener('webglcontextrestored', restored)
  return () => {
    canvas.removeEventListener('webglcontextlost', lost)
    canvas.removeEventListener('webglcontextrestored', restored)
  }
}
