// How the app is being looked at, as opposed to what is selected (selection-store) or what is
// loaded (data-store). The scene reads camera requests from here; the UI writes them.
import { create } from 'zustand'
import type { Frame } from '../domain/geometry'
import type { Side } from '../domain/geometry'
import { type AppMode, type CameraPose, formatCameraPose } from '../domain/url'

export type CameraView = 'front' | 'back' | 'left' | 'right'

/**
 * A one-shot request to the camera rig. The nonce makes a repeated request (press "front"
 * twice after orbiting away) a new value, so the rig animates again.
 */
export interface ViewRequest {
  view: CameraView
  nonce: number
}

/** "Look at this patch of skin": the rig frames its centre from the side its normal faces. */
export interface FrameRequest {
  frame: Frame
  nonce: number
}

/** CSS pixels of the 3D view covered by UI panels on each edge: the camera frames the rest. */
export interface SceneInsets {
  top: number
  right: number
  bottom: number
  left: number
}

export interface MarkerChoice {
  x: number
  y: number
  options: { tpId: string; side: Side }[]
}

export const NO_INSETS: SceneInsets = { top: 0, right: 0, bottom: 0, left: 0 }

export interface ViewState {
  mode: AppMode
  /** false when the browser cannot create a WebGL context: the UI shows a list view instead */
  webglAvailable: boolean
  /** the GPU took the WebGL context away (until it is restored): the UI shows its list view */
  webglLost: boolean
  viewRequest: ViewRequest | null
  frameRequest: FrameRequest | null
  /** measured by the shell (src/app/useSceneInsets.ts) from the panels over the canvas */
  sceneInsets: SceneInsets
  /** the selected point's X is not drawn: a quiz question before it is answered (it shows where the muscle is) */
  pointHidden: boolean
  /** a tap reached several markers: the UI asks which one (screen position in CSS px) */
  markerChoice: MarkerChoice | null
  /** where the camera rests now (reported by the rig when a move ends): the share link keeps it */
  cameraPose: CameraPose | null
  /** a camera pose to go to (a shared link's `cam=`) */
  poseRequest: { pose: CameraPose; nonce: number } | null
  setCameraPose: (pose: CameraPose) => void
  requestPose: (pose: CameraPose) => void
  setMarkerChoice: (choice: MarkerChoice | null) => void
  setPointHidden: (hidden: boolean) => void
  setMode: (mode: AppMode) => void
  setWebglAvailable: (available: boolean) => void
  setWebglLost: (lost: boolean) => void
  /**
   * Set by the scene: draws the views a printed consult handout needs beyond the one on screen
   * (the blue pattern from where it is best seen, when the screen's view hides most of it), each
   * as a still (a canvas). Synchronous, so it can run as the page is about to print.
   */
  printShooter: (() => HTMLCanvasElement[]) | null
  setPrintShooter: (shooter: (() => HTMLCanvasElement[]) | null) => void
  requestView: (view: CameraView) => void
  requestFrame: (frame: Frame) => void
  setSceneInsets: (insets: SceneInsets) => void
}

let nonce = 0

export const useView = create<ViewState>()((set) => ({
  mode: 'explore',
  webglAvailable: true,
  webglLost: false,
  printShooter: null,
  viewRequest: null,
  frameRequest: null,
  sceneInsets: NO_INSETS,
  pointHidden: false,
  markerChoice: null,
  cameraPose: null,
  poseRequest: null,
  setCameraPose: (pose) =>
    set((s) => (s.cameraPose && formatCameraPose(s.cameraPose) === formatCameraPose(pose) ? s : { cameraPose: pose })),
  requestPose: (pose) => set({ poseRequest: { pose, nonce: ++nonce } }),
  setMarkerChoice: (markerChoice) => set({ markerChoice }),
  setPointHidden: (pointHidden) => set({ pointHidden }),
  setMode: (mode) => set({ mode }),
  setWebglAvailable: (webglAvailable) => set({ webglAvailable }),
  setWebglLost: (webglLost) => set({ webglLost }),
  setPrintShooter: (printShooter) => set({ printShooter }),
  requestView: (view) => set({ viewRequest: { view, nonce: ++nonce } }),
  requestFrame: (frame) => set({ frameRequest: { frame, nonce: ++nonce } }),
  setSceneInsets: (insets) =>
    set((s) => {
      const same = (['top', 'right', 'bottom', 'left'] as const).every((k) => s.sceneInsets[k] === insets[k])
      return same ? s : { sceneInsets: insets }
    }),
}))
