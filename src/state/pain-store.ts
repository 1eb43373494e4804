// The finder's pain drawing (issue 6): painted skin as one weight per body vertex, with undo
// and redo (one drag = one step), the brush settings, and persistence on this device only.
//
// The drawing is health data: it is kept in local storage and in the URL fragment (url-sync),
// never sent anywhere, and `clearMyData()` removes every copy. Saved data that cannot be read
// (another body model, a hand-edited value) is dropped with a notice, never crashed on.
//
// The 3D brush (scene) calls beginStroke / paintAt / endStroke; the shader reads `drawing`
// (a Uint8Array, one byte per vertex, use it as a normalized attribute) and re-uploads it
// when `version` changes. During a stroke `drawing` is a draft edited IN PLACE, so a drag
// costs no allocation per pointer move; it becomes an immutable undo step on endStroke.
import { create } from 'zustand'
import * as H from '../domain/pain'
import {
  type RegionVertices,
  type VertexDrawing,
  emptyDrawing,
  isEmpty,
  markRegion,
  mirrorVertexMap,
  mirrorVertices,
  paintInPlace,
  regionCoverage,
  samplesOfDrawing,
  drawingFromSamples,
  unmarkRegion,
} from '../domain/pain'
import { decodePain, encodePain } from '../domain/pain'
import { pushNotice } from './notice-store'

export type PainTool = 'paint' | 'erase' | 'rotate'

/** Brush radius in metres (the scene turns it into the vertices under the brush). */
export const BRUSH_SIZES = { small: 0.015, medium: 0.03, large: 0.06 } as const
export const DEFAULT_BRUSH = BRUSH_SIZES.medium

export const STORAGE_KEY = 'tpx.pain.v1'

/** A region counts as marked (its quick-mark button pressed) from this coverage on. */
export const FULLY_MARKED = 0.99

/** Drawing <-> the text of pain-codec.ts (the same text as the URL fragment's `pain=`). */
export const encodeDrawing = (d: VertexDrawing): string => encodePain(samplesOfDrawing(d))

export function decodeDrawing(text: string, vertexCount: number): VertexDrawing {
  const decoded = decodePain(text)
  if (!decoded.ok) throw new Error(decoded.reason)
  return drawingFromSamples(decoded.samples, vertexCount)
}

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
  toggleRegion: (rv: RegionVertices) => void
  /** mark (or unmark) several zones as one undo step: a region on both sides */
  setRegions: (rvs: readonly RegionVertices[], marked: boolean) => void
  /** replace the drawing (a link pasted into the fragment), as one undo step */
  replaceDrawing: (drawing: VertexDrawing) => void
  /** remove the drawing from this device: memory, undo history and local storage */
  clearMyData: () => void
}

let positionsRef: Float32Array | null = null
let mirrorMap: Uint32Array | null = null

function derive(history: H.History<VertexDrawing>) {
  const drawing = H.current(history)
  return { history, drawing, empty: isEmpty(drawing), canUndo: H.canUndo(history), canRedo: H.canRedo(history) }
}

/** Storage can throw (private mode, quota, disabled cookies): the app works on without it. */
function save(drawing: VertexDrawing, brushSize: number): void {
  try {
    if (isEmpty(drawing)) localStorage.removeItem(STORAGE_KEY)
    else
      localStorage.setItem(
        STORAGE_KEY,
        JSON.stringify({ vertexCount: drawing.length, drawing: encodeDrawing(drawing), brushSize }),
      )
  } catch {
    /* not saved: the drawing still lives in memory and in the URL */
  }
}

interface Saved {
  drawing: VertexDrawing | null
  brushSize: number | null
}

/** Reads the saved drawing; anything unreadable is removed and reported (once). */
export function readSaved(vertexCount: number): Saved {
  let raw: string | null
  try {
    raw = localStorage.getItem(STORAGE_KEY)
  } catch {
    return { drawing: null, brushSize: null }
  }
  if (raw === null) return { drawing: null, brushSize: null }
  try {
    const parsed: unknown = JSON.parse(raw)
    if (typeof parsed !== 'object' || parsed === null || !('drawing' in parsed) || typeof parsed.drawing !== 'string')
      throw new Error('no drawing in saved data')
    // a drawing saved on another body model would paint the wrong skin
    if (!('vertexCount' in parsed) || parsed.vertexCount !== vertexCount) throw new Error('saved for another body model')
    const size =
      'brushSize' in parsed && typeof parsed.brushSize === 'number' && parsed.brushSize > 0 && parsed.brushSize < 0.2
        ? parsed.brushSize
        : null
    return { drawing: decodeDrawing(parsed.drawing, vertexCount), brushSize: size }
  } catch {
    try {
      localStorage.removeItem(STORAGE_KEY)
    } catch {
      /* nothing more to do */
    }
    pushNotice('Your saved pain drawing could not be read, so it was reset. Please mark where it hurts again.')
    return { drawing: null, brushSize: null }
  }
}

export const usePain = create<PainState>()((set, get) => {
  /** A committed change: new undo step, saved. */
  const commit = (history: H.History<VertexDrawing>): void => {
    const s = get()
    set({ ...derive(history), version: s.version + 1 })
    save(H.current(history), s.brushSize)
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
    attachMesh: (positions, initial) => {
      const vertexCount = positions.length / 3
      if (positionsRef === positions && get().vertexCount === vertexCount) return
      positionsRef = positions
      mirrorMap = null
      const saved = readSaved(vertexCount)
      const linked = initial && initial.length === vertexCount ? initial : null
      const drawing = linked ?? saved.drawing ?? emptyDrawing(vertexCount)
      set((s) => ({
        vertexCount,
        ...derive(H.createHistory(drawing)),
        version: s.version + 1,
        brushSize: saved.brushSize ?? s.brushSize,
      }))
      if (linked) save(drawing, get().brushSize)
    },
    setBrushSize: (brushSize) => {
      set({ brushSize })
      save(get().drawing, brushSize)
    },
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
      if (!positionsRef) return
      mirrorMap ??= mirrorVertexMap(positionsRef)
      const map = mirrorMap
      edit((d) => mirrorVertices(d, map))
    },
    toggleRegion: (rv) => edit((d) => (regionCoverage(d, rv) >= FULLY_MARKED ? unmarkRegion(d, rv) : markRegion(d, rv))),
    setRegions: (rvs, marked) => edit((d) => rvs.reduce((acc, rv) => (marked ? markRegion(acc, rv) : unmarkRegion(acc, rv)), d)),
    replaceDrawing: (drawing) => {
      if (drawing.length !== get().vertexCount) return
      edit(() => drawing)
    },
    clearMyData: () => {
      try {
        localStorage.removeItem(STORAGE_KEY)
      } catch {
        /* storage unavailable: nothing was saved there */
      }
      set((s) => ({
        ...derive(H.createHistory(emptyDrawing(s.vertexCount))),
        version: s.version + 1,
        brushSize: DEFAULT_BRUSH,
        tool: 'paint',
      }))
    },
  }
})
