// The side an area is marked on in the finder, shared by the quick-marks list and the search
// box, so tapping "temple" in the list and picking "temple" from a search land on the same side
// (the switch that sets it is shown above the list, see QuickMarks).
import { create } from 'zustand'
import type { Side } from '../domain/geometry'

export type MarkSide = Side | 'both'

export interface MarkSideState {
  side: MarkSide
  setSide: (side: MarkSide) => void
}

export const useMarkSide = create<MarkSideState>()((set) => ({
  side: 'R',
  setSide: (side) => set({ side }),
}))

/** The sides a non-midline area is marked on for a choice. */
export const sidesOf = (side: MarkSide): Side[] => (side === 'both' ? ['L', 'R'] : [side])
