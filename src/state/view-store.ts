// How the app is being looked at, as opposed to what is selected (selection-store) or what is
// loaded (data-store). The scene reads camera requests from here; the UI writes them.
import { create } from 'zustand'
import { frameOfPoints, type Frame } from '../domain/framing'
import type { Vec3 } from '../domain/vec'

export type Mode = 'explore' | 'find' | 'consult' | 'study'
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

export interface ViewState {
  mode: Mode
  /** false when the browser cannot create a WebGL context: the UI shows a list view instead */
  webglAvailable: boolean
  viewRequest: ViewRequest | null
  frameRequest: FrameRequest | null
  setMode: (mode: Mode) => void
  setWebglAvailable: (available: boolean) => void
  requestView: (view: CameraView) => void
  requestFrame: (frame: Frame) => void
  /** frame a few skin points (a pain drawing, a muscle's trigger points); nothing when empty */
  requestFramePoints: (points: Vec3[], normals: Vec3[]) => void
}

let nonce = 0

export const useView = create<ViewState>()((set) => ({
  mode: 'explore',
  webglAvailable: true,
  viewRequest: null,
  frameRequest: null,
  setMode: (mode) => set({ mode }),
  setWebglAvailable: (webglAvailable) => set({ webglAvailable }),
  requestView: (view) => set({ viewRequest: { view, nonce: ++nonce } }),
  requestFrame: (frame) => set({ frameRequest: { frame, nonce: ++nonce } }),
  requestFramePoints: (points, normals) => {
    const frame = frameOfPoints(points, normals)
    if (frame) set({ frameRequest: { frame, nonce: ++nonce } })
  },
}))
