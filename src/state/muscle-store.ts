// The muscle layer's state (issue 10): whether the "Muscles" view is on, the muscle picked in it
// (a tap on the body or the list) and which muscles the camera shows now (the scene measures
// it, the panel lists it). The selected trigger point's own muscle needs nothing here: the
// scene draws it from the selection.
import { create } from 'zustand'
import type { Side } from '../domain/geometry'

export interface MuscleInView {
  muscleId: string
  /** the side(s) facing the camera, nearest the centre of the view first */
  sides: Side[]
}

export interface MuscleState {
  view: boolean
  picked: { muscleId: string; side: Side } | null
  inView: MuscleInView[]
  setView: (on: boolean) => void
  pick: (muscleId: string | null, side?: Side) => void
  setInView: (list: MuscleInView[]) => void
}

const sameList = (a: readonly MuscleInView[], b: readonly MuscleInView[]): boolean =>
  a.length === b.length && a.every((m, i) => m.muscleId === b[i]!.muscleId && m.sides.join() === b[i]!.sides.join())

export const useMuscles = create<MuscleState>()((set) => ({
  view: false,
  picked: null,
  inView: [],
  setView: (view) => set(view ? { view } : { view, picked: null, inView: [] }),
  pick: (muscleId, side = 'R') => set({ picked: muscleId ? { muscleId, side } : null }),
  setInView: (inView) => set((s) => (sameList(s.inView, inView) ? s : { inView })),
}))
