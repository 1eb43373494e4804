// What is selected: a trigger point and the side it is shown on, an optional second pattern
// to compare with (consult mode), and the muscle or condition a list or a link pointed at.
// The scene paints from `tpId` + `side` (+ `compareTpId`); the UI and the URL write here.
import { create } from 'zustand'
import type { Side } from '../domain/geometry'

export interface SelectionState {
  tpId: string | null
  side: Side
  /** a second trigger point drawn beside the first (consult: compare two patterns) */
  compareTpId: string | null
  /** muscle opened in the list or by `?muscle=` (a muscle with several trigger points) */
  muscleId: string | null
  /** condition opened by search or by `?condition=`: its trigger points are listed */
  conditionId: string | null
  /** region picked in the search ("what sends pain to my temple?"): trigger points that refer there */
  regionId: string | null
  /** select a trigger point; the side is kept unless given (a link, a ranked result on the left) */
  select: (tpId: string | null, side?: Side) => void
  setSide: (side: Side) => void
  setCompare: (tpId: string | null) => void
  setMuscle: (muscleId: string | null) => void
  setCondition: (conditionId: string | null) => void
  setRegion: (regionId: string | null) => void
  clear: () => void
}

// Right by default: most charts in the literature are drawn on the right side of the body.
export const DEFAULT_SIDE: Side = 'R'

export const useSelection = create<SelectionState>()((set) => ({
  tpId: null,
  side: DEFAULT_SIDE,
  compareTpId: null,
  muscleId: null,
  conditionId: null,
  regionId: null,
  select: (tpId, side) =>
    set((s) => ({
      tpId,
      side: side ?? s.side,
      // comparing a pattern with itself shows nothing new, and nothing is compared with nothing
      // (the blue pattern would stay drawn while the link drops it)
      compareTpId: s.compareTpId === tpId || tpId === null ? null : s.compareTpId,
    })),
  setSide: (side) => set({ side }),
  setCompare: (compareTpId) => set((s) => ({ compareTpId: compareTpId === s.tpId ? null : compareTpId })),
  setMuscle: (muscleId) => set({ muscleId }),
  // a condition and a region are two ways to ask "which trigger points?": one at a time
  setCondition: (conditionId) => set({ conditionId, regionId: null }),
  setRegion: (regionId) => set({ regionId, conditionId: null }),
  clear: () => set({ tpId: null, compareTpId: null, muscleId: null, conditionId: null, regionId: null }),
}))
