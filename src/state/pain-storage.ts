// Where the pain drawing is kept on this device: zustand `persist` storage for pain-store.ts.
//
// The saved text is `{ vertexCount, drawing, brushSize }` under `tpx.pain.v1` (the format the
// app has always written, so drawings saved before keep working), `drawing` being the text of
// pain-codec.ts (the same text as the URL fragment's `pain=`). Saved data that cannot be read
// (invalid JSON, a damaged drawing, another body model, a hand-edited value) is removed and
// reported with a notice, never crashed on. Storage can throw (private mode, quota, disabled
// cookies): the app works on without it, the drawing still lives in memory and in the URL.
import type { PersistStorage, StorageValue } from 'zustand/middleware'
import { type VertexDrawing, decodePain, drawingFromSamples, encodePain, isEmpty, samplesOfDrawing } from '../domain/pain'
import { type NoticeKey, pushNotice } from './notice-store'
import { reportStorageFailure } from './storage-health'

export const STORAGE_KEY = 'tpx.pain.v1'

export const CORRUPT_DRAWING_NOTICE: NoticeKey = 'corruptDrawing'

/** What pain-store persists: the committed drawing (never a stroke in progress) and the brush. */
export interface SavedPain {
  vertexCount: number
  drawing: VertexDrawing
  /** null when the saved one was missing or out of range (the store keeps its own) */
  brushSize: number | null
}

/** Drawing <-> the text of pain-codec.ts (the same text as the URL fragment's `pain=`). */
export const encodeDrawing = (d: VertexDrawing): string => encodePain(samplesOfDrawing(d))

export function decodeDrawing(text: string, vertexCount: number): VertexDrawing {
  const decoded = decodePain(text)
  if (!decoded.ok) throw new Error(decoded.reason)
  return drawingFromSamples(decoded.samples, vertexCount)
}

const validBrush = (v: unknown): v is number => typeof v === 'number' && v > 0 && v < 0.2

/** Parses saved text for a body of `vertexCount` vertices; throws on anything unreadable. */
export function parseSaved(raw: string, vertexCount: number): { drawing: VertexDrawing; brushSize: number | null } {
  const parsed: unknown = JSON.parse(raw)
  if (typeof parsed !== 'object' || parsed === null || !('drawing' in parsed) || typeof parsed.drawing !== 'string')
    throw new Error('no drawing in saved data')
  // a drawing saved on another body model would paint the wrong skin
  if (!('vertexCount' in parsed) || parsed.vertexCount !== vertexCount) throw new Error('saved for another body model')
  const brushSize = 'brushSize' in parsed && validBrush(parsed.brushSize) ? parsed.brushSize : null
  return { drawing: decodeDrawing(parsed.drawing, vertexCount), brushSize }
}

function remove(name: string): void {
  try {
    localStorage.removeItem(name)
  } catch {
    /* storage unavailable: nothing was saved there */
  }
}

/**
 * The storage for `persist`. `vertexCount()` is the body the store is attached to: a saved
 * drawing is only read for it (the store hydrates in attachMesh), and a drawing that does not
 * fit it is never written, so a store that has not seen the body yet never overwrites what the
 * last visit saved.
 */
export function painStorage(vertexCount: () => number): PersistStorage<SavedPain> {
  // what was last written or read: `persist` calls setItem on every change of the store,
  // also on each pointer move of a stroke; the drawing is encoded only when it changed
  let last: { drawing: VertexDrawing; brushSize: number | null } | null = null
  return {
    getItem: (name): StorageValue<SavedPain> | null => {
      const n = vertexCount()
      let raw: string | null
      try {
        raw = localStorage.getItem(name)
      } catch {
        return null
      }
      if (raw === null || n === 0) return null
      try {
        const saved = parseSaved(raw, n)
        last = null
        return { state: { vertexCount: n, drawing: saved.drawing, brushSize: saved.brushSize }, version: 0 }
      } catch {
        remove(name)
        pushNotice(CORRUPT_DRAWING_NOTICE)
        return null
      }
    },
    setItem: (name, { state }) => {
      // a drawing that does not fit the body (not attached yet, or being attached) is not saved
      if (state.vertexCount === 0 || state.drawing.length !== state.vertexCount) return
      if (last && last.drawing === state.drawing && last.brushSize === state.brushSize) return
      last = { drawing: state.drawing, brushSize: state.brushSize }
      try {
        if (isEmpty(state.drawing)) localStorage.removeItem(name)
        else
          localStorage.setItem(
            name,
            JSON.stringify({ vertexCount: state.vertexCount, drawing: encodeDrawing(state.drawing), brushSize: state.brushSize }),
          )
      } catch {
        // not saved: the drawing still lives in memory; the person is told once
        reportStorageFailure()
      }
    },
    removeItem: (name) => {
      last = null
      remove(name)
    },
  }
}
