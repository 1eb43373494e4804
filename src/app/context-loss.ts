// The GPU can take the WebGL context away (a driver reset, too many tabs, a phone saving
// power). Then the canvas shows nothing: the person is told, and the lists keep working; the
// body must not be reported as painted while nothing is drawn (`data-painted` is cleared).
// When the browser gives the context back, the scene is drawn again at once (with a
// demand-driven frame loop nothing would draw until the camera moved) and the paint it shows
// is reported again.
import { type NoticeKey, pushNotice, useNotices } from '../state/notice-store'
import { signalPainted } from '../scene/scene-signals'

export const CONTEXT_LOST_NOTICE: NoticeKey = 'contextLost'

/** Watches `canvas`; `redraw` asks for a frame. Returns a function that stops watching. */
export function watchContextLoss(canvas: HTMLCanvasElement, redraw: () => void): () => void {
  let painted: string | undefined
  const lost = (event: Event): void => {
    event.preventDefault() // lets the browser restore the context
    const data = document.body.dataset
    painted = data.painted
    data.painted = ''
    data.webglLost = '1'
    pushNotice(CONTEXT_LOST_NOTICE)
  }
  const restored = (): void => {
    delete document.body.dataset.webglLost
    const notices = useNotices.getState()
    for (const n of notices.notices) if (n.key === CONTEXT_LOST_NOTICE) notices.dismiss(n.id)
    if (painted !== undefined) signalPainted(painted)
    redraw()
  }
  canvas.addEventListener('webglcontextlost', lost)
  canvas.addEventListener('webglcontextrestored', restored)
  return () => {
    canvas.removeEventListener('webglcontextlost', lost)
    canvas.removeEventListener('webglcontextrestored', restored)
  }
}
