// Signals on <body> for end-to-end tests and the benchmark, set AFTER the frame that shows the
// change has been rendered (R3F after-effect), never when the change is merely requested:
//   data-scene-ready="1"        the first frame with the body drawn
//   data-painted="<tpId>:<side>" the frame that shows that selection painted ('' = none)
//   data-camera-moving="1"      while a camera animation runs (tests wait for it to settle)
// While the WebGL context is lost nothing is drawn, so `data-painted` is '' and a paint signalled
// meanwhile waits for the first frame after the restore.
import { addAfterEffect } from '@react-three/fiber'

let bodyPending = false
let paintedPending: string | null = null
let installed = false
let contextLost = false
const firstFrameCallbacks: (() => void)[] = []

function flush(): void {
  const data = document.body.dataset
  if (bodyPending) {
    bodyPending = false
    data.sceneReady = '1'
    performance.mark('tpx:first-frame')
    // deferred work (BVH build) starts after the browser has shown that frame
    for (const callback of firstFrameCallbacks.splice(0)) setTimeout(callback, 0)
  }
  if (paintedPending !== null && !contextLost) {
    data.painted = paintedPending
    paintedPending = null
  }
}

/** Registers the after-render hook once per page. */
export function installSceneSignals(): void {
  if (installed) return
  installed = true
  addAfterEffect(flush)
}

/** The body is in the scene: the next rendered frame is the first with the body. */
export function signalBodyDrawn(): void {
  if (document.body.dataset.sceneReady !== '1') bodyPending = true
}

/** The paint of `key` (`upper_trapezius_trp1:R`, or '' for nothing) is in the next rendered frame. */
export function signalPainted(key: string): void {
  paintedPending = key
}

/**
 * The WebGL context was lost (true) or restored (false). Lost: `data-painted` becomes '' and what
 * was shown is painted again in the first frame after the restore (unless a newer paint is due).
 */
export function signalContextLost(lost: boolean): void {
  const data = document.body.dataset
  if (lost && !contextLost) {
    paintedPending ??= data.painted ?? null
    data.painted = ''
  }
  contextLost = lost
}

export function signalCameraMoving(moving: boolean): void {
  if (moving) document.body.dataset.cameraMoving = '1'
  else delete document.body.dataset.cameraMoving
}

/** Runs `callback` soon after the first frame with the body (at once if it is already shown). */
export function afterFirstFrame(callback: () => void): () => void {
  if (document.body.dataset.sceneReady === '1') {
    const id = setTimeout(callback, 0)
    return () => clearTimeout(id)
  }
  firstFrameCallbacks.push(callback)
  return () => {
    const i = firstFrameCallbacks.indexOf(callback)
    if (i >= 0) firstFrameCallbacks.splice(i, 1)
  }
}
