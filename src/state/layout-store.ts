// How much of the 3D canvas the DOM panels cover, in CSS pixels from each window edge: the top
// bar, the side panel (left), the details (right), or the bottom sheet on phones. Written by the
// UI whenever the panels change size; the camera rig may read it to frame the body (or a
// pattern) in the part of the canvas that is actually visible.
import { create } from 'zustand'

export interface Insets {
  top: number
  right: number
  bottom: number
  left: number
}

export interface LayoutState {
  insets: Insets
  setInsets: (insets: Insets) => void
}

const same = (a: Insets, b: Insets): boolean => a.top === b.top && a.right === b.right && a.bottom === b.bottom && a.left === b.left

export const useLayout = create<LayoutState>()((set) => ({
  insets: { top: 0, right: 0, bottom: 0, left: 0 },
  setInsets: (insets) => set((s) => (same(s.insets, insets) ? s : { insets })),
}))
