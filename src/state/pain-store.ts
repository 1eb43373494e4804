// The finder's pain drawing (issue 6): painted skin as one weight per body vertex, with undo
// and redo (one drag = one step), the brush settings, and persistence on this device only.
//
// The drawing is health data: it is kept in local storage on this device only (the URL carries
// it only in a link the person copies to share), never sent anywhere, and `clearMyData()`
// removes every copy. A drawing opened from a link is shown apart (`own` keeps theirs) and
// replaces nothing until they choose to keep it. Saved data that cannot be read
// (another body model, a hand-edited value) is dropped with a notice, never crashed on.
//
// The 3D brush (scene) calls beginStroke / paintAt / endStroke; the shader reads `drawing`
// (a Uint8Array, one byte per vertex, use it as a normalized attribute) and re-uploads it
// when `version` changes. During a stroke `drawing` is a draft edited IN PLACE, so a drag
// costs no allocation per pointer move; it becomes an immutable undo step on endStroke.
import { type Mutate, type StoreApi, type UseBoundStore, create } from 'zustand'
import { persist } from 'zustand/middleware'
import type { VertexWeights } from '../domain/geometry'
import * as H from '../domain/pain'
import {
  type VertexDrawing,
  emptyDrawing,
  isEmpty,
  markRegion,
  mirrorVertexMap,
  mirrorVertices,
  paintInPlace,
  regionCoverage,
  unmarkRegion,
} from '../domain/pain'
import { STORAGE_KEY, type SavedPain, painStorage } from './pain-storage'

export type PainTool = 'paint' | 'erase' | 'rotate'

/** Brush radius in metres (the scene turns it into the vertices under the brush). */
export const BRUSH_SIZES = { small: 0.015, medium: 0.03, large: 0.06 } as const
export const DEFAULT_BRUSH = BRUSH_SIZES.medium

/** A region counts as marked (its quick-mark button pressed) from this coverage on. */
export const FULLY_MARKED = 0.99

export interface PainState {
  /** vertices of the body mesh; 0 until the model is attached (nothing can be painted yet) */
  vertexCount: number
  history: H.History<VertexDrawing>
  /** what to show: the stroke in progress or the present drawing */
  drawing: VertexDrawing
  /** bumps on every change of `drawing`, also in-place edits during a stroke */
  version: number
  empty: boolean
  canUndo: boolean
  canRedo: boolean
  brushSize: number
  tool: PainTool
  /** vertex positions of the body mesh the drawing belongs to (null until attached) */
  positions: Float32Array | null
  /** vertex -> its mirror twin, computed on the first mirror() */
  mirrorMap: Uint32Array | null
  /** the body mesh is known: restores the saved drawing, or a linked one (`initial`, from the URL) */
  attachMesh: (positions: Float32Array, initial?: VertexDrawing | null) => void
  setBrushSize: (metres: number) => void
  setTool: (tool: PainTool) => void
  beginStroke: () => void
  /** weights 0..1 per vertex id (a soft brush); erase lowers instead of raising */
  paintAt: (vertexIds: Uint32Array, weights: Float32Array, erase: boolean) => void
  endStroke: () => void
  cancelStroke: () => void
  undo: () => void
  redo: () => void
  clear: () => void
  mirror: () => void
  /** quick mark: tap a region to mark it, tap again to unmark */
  toggleRegion: (rv: VertexWeights) => void
  /** mark (or unmark) several zones as one undo step: a region on both sides */
  setRegions: (rvs: readonly VertexWeights[], marked: boolean) => void
  /** replace the drawing (a link pasted into the fragment), as one undo step */
  replaceDrawing: (drawing: VertexDrawing) => void
  /** remove the drawing from this device: memory, undo history and local storage */
  clearMyData: () => void
  /**
   * The person's own drawing (with its undo history) while a drawing from a link is shown
   * instead; null when their own is shown. Only their own is ever saved: a linked drawing
   * replaces nothing until they keep it (keepLinked), and then as one undo step.
   */
  own: H.History<VertexDrawing> | null
  /** shows a drawing from a link, apart from the person's own (which stays saved as it is) */
  showLinked: (drawing: VertexDrawing) => void
  /** the linked drawing becomes the person's own, saved; undo brings their previous one back */
  keepLinked: () => void
  /** back to the person's own drawing; the linked one is dropped */
  dropLinked: () => void
}

const sameDrawing = (a: VertexDrawing, b: VertexDrawing): boolean => a.length === b.length && a.every((w, i) => w === b[i])

function derive(history: H.History<VertexDrawing>) {
  const drawing = H.current(history)
  return { history, drawing, empty: isEmpty(drawing), canUndo: H.canUndo(history), canRedo: H.canRedo(history) }
}

export const usePain: UseBoundStore<Mutate<StoreApi<PainState>, [['zustand/persist', SavedPain]]>> = create<PainState>()(
  persist(
    (set, get, api) => {
      /** A committed change: a new undo step (persist saves it). */
      const commit = (history: H.History<VertexDrawing>): void => {
        set((s) => ({ ...derive(history), version: s.version + 1 }))
      }
      const edit = (fn: (d: VertexDrawing) => VertexDrawing): void => {
        const s = get()
        if (s.vertexCount === 0) return
        const h = s.history.draft === null ? s.history : H.endStroke(s.history)
        commit(H.applyEdit(h, fn))
      }
      return {
        vertexCount: 0,
        ...derive(H.createHistory(emptyDrawing(0))),
        version: 0,
        brushSize: DEFAULT_BRUSH,
        tool: 'paint',
        positions: null,
        mirrorMap: null,
        own: null,
        attachMesh: (positions, initial) => {
          const vertexCount = positions.length / 3
          if (get().positions === positions && get().vertexCount === vertexCount) return
          // the drawing still fits the old body, so persist writes nothing here
          set({ vertexCount, positions, mirrorMap: null })
          // reads the saved drawing for this body (synchronously: localStorage), see `merge`
          void api.persist.rehydrate()
          // a linked drawing is shown apart from the saved one, never saved in its place
          if (initial && initial.length === vertexCount) get().showLinked(initial)
        },
        setBrushSize: (brushSize) => set({ brushSize }),
        setTool: (tool) => set({ tool }),
        beginStroke: () => {
          const s = get()
          if (s.vertexCount === 0) return
          // the draft is a copy: the present stays untouched for undo
          const h = H.endStroke(s.history)
          set({ ...derive({ ...h, draft: H.current(h).slice() }) })
        },
        paintAt: (vertexIds, weights, erase) => {
          const s = get()
          if (s.vertexCount === 0) return
          if (s.history.draft === null) get().beginStroke()
          const draft = get().history.draft!
          if (paintInPlace(draft, vertexIds, weights, erase))
            set((t) => ({ version: t.version + 1, empty: erase ? isEmpty(draft) : false }))
        },
        endStroke: () => {
          const s = get()
          if (s.history.draft === null) return
          const draft = s.history.draft
          // a drag that changed nothing is no undo step
          const same = draft.length === s.history.present.length && draft.every((w, i) => w === s.history.present[i])
          commit(same ? H.cancelStroke(s.history) : H.endStroke(s.history))
        },
        cancelStroke: () => {
          const s = get()
          if (s.history.draft === null) return
          set({ ...derive(H.cancelStroke(s.history)), version: s.version + 1 })
        },
        undo: () => commit(H.undo(H.endStroke(get().history))),
        redo: () => commit(H.redo(H.endStroke(get().history))),
        clear: () => edit((d) => (isEmpty(d) ? d : emptyDrawing(d.length))),
        mirror: () => {
          const { positions, mirrorMap } = get()
          if (!positions) return
          const map = mirrorMap ?? mirrorVertexMap(positions)
          if (map !== mirrorMap) set({ mirrorMap: map })
          edit((d) => mirrorVertices(d, map))
        },
        toggleRegion: (rv) => edit((d) => (regionCoverage(d, rv) >= FULLY_MARKED ? unmarkRegion(d, rv) : markRegion(d, rv))),
        setRegions: (rvs, marked) =>
          edit((d) => rvs.reduce((acc, rv) => (marked ? markRegion(acc, rv) : unmarkRegion(acc, rv)), d)),
        replaceDrawing: (drawing) => {
          if (drawing.length !== get().vertexCount) return
          if (get().own) get().dropLinked()
          edit(() => drawing)
        },
        showLinked: (drawing) => {
          const s = get()
          if (s.vertexCount === 0 || drawing.length !== s.vertexCount) return
          const own = s.own ?? H.endStroke(s.history)
          // the same drawing as their own (their link opened again): nothing to choose
          if (sameDrawing(own.present, drawing)) {
            set({ ...derive(own), own: null, version: s.version + 1 })
            return
          }
          set({ ...derive(H.createHistory(drawing)), own, version: s.version + 1 })
        },
        keepLinked: () => {
          const s = get()
          if (!s.own) return
          const linked = H.current(H.endStroke(s.history))
          set({ ...derive(H.applyEdit(s.own, () => linked)), own: null, version: s.version + 1 })
        },
        dropLinked: () => {
          const s = get()
          if (!s.own) return
          set({ ...derive(s.own), own: null, version: s.version + 1 })
        },
        clearMyData: () => {
          api.persist.clearStorage()
          set((s) => ({
            own: null,
            ...derive(H.createHistory(emptyDrawing(s.vertexCount))),
            version: s.version + 1,
            brushSize: DEFAULT_BRUSH,
            tool: 'paint',
          }))
        },
      }
    },
    {
      name: STORAGE_KEY,
      storage: painStorage(() => usePain.getState().vertexCount),
      // the body is not known when the store is created: attachMesh hydrates
      skipHydration: true,
      // the committed drawing only: a stroke in progress is saved when it ends
      // and only the person's own: a drawing from a link is never saved unless they keep it
      partialize: (s): SavedPain => ({
        vertexCount: s.vertexCount,
        drawing: (s.own ?? s.history).present,
        brushSize: s.brushSize,
      }),
      // the saved drawing (validated by the storage), or a blank one for the attached body
      merge: (saved, current) => {
        const s = saved as SavedPain | undefined
        return {
          ...current,
          own: null,
          ...derive(H.createHistory(s?.drawing ?? emptyDrawing(current.vertexCount))),
          version: current.version + 1,
          brushSize: s?.brushSize ?? current.brushSize,
        }
      },
    },
  ),
)
