// Undo/redo of the pain drawing as data (STYLE.md section 3): `past / present / future`, pure
// functions, no mutation. A brush drag changes the drawing many times a second, yet a person
// expects one undo to take back the whole drag: the drag edits a `draft`, and only its end
// commits one step. Values are never copied here, so drawings must be treated as immutable.

export interface History<T> {
  past: T[]
  present: T
  future: T[]
  /** the drawing while a stroke is in progress (shown live, not yet a step) */
  draft: T | null
}

/** Undo steps kept; older ones are dropped so a long session does not grow without bound. */
export const HISTORY_LIMIT = 100

export const createHistory = <T>(initial: T): History<T> => ({ past: [], present: initial, future: [], draft: null })

/** What to show: the stroke in progress if there is one, else the present. */
export const current = <T>(h: History<T>): T => h.draft ?? h.present

/** One step. Committing the very same value is no step (a tap that changed nothing). */
export function commit<T>(h: History<T>, next: T, limit: number = HISTORY_LIMIT): History<T> {
  if (next === h.present) return h.draft === null ? h : { ...h, draft: null }
  const past = [...h.past, h.present]
  return { past: past.length > limit ? past.slice(past.length - limit) : past, present: next, future: [], draft: null }
}

export const canUndo = <T>(h: History<T>): boolean => h.past.length > 0 && h.draft === null
export const canRedo = <T>(h: History<T>): boolean => h.future.length > 0 && h.draft === null

export function undo<T>(h: History<T>): History<T> {
  if (!canUndo(h)) return h
  return { past: h.past.slice(0, -1), present: h.past[h.past.length - 1]!, future: [h.present, ...h.future], draft: null }
}

export function redo<T>(h: History<T>): History<T> {
  if (!canRedo(h)) return h
  return { past: [...h.past, h.present], present: h.future[0]!, future: h.future.slice(1), draft: null }
}

/** Pointer down: start a stroke from what is shown. */
export const beginStroke = <T>(h: History<T>): History<T> => ({ ...h, draft: current(h) })

/** Pointer move: change the stroke's drawing (starts a stroke if none is open). */
export const updateStroke = <T>(h: History<T>, edit: (draft: T) => T): History<T> => ({ ...h, draft: edit(current(h)) })

/** Pointer up: the whole drag becomes one undo step (none if it changed nothing). */
export const endStroke = <T>(h: History<T>, limit: number = HISTORY_LIMIT): History<T> =>
  h.draft === null ? h : commit(h, h.draft, limit)

/** Pointer cancel (a second finger turned the drag into a rotate): drop the stroke. */
export const cancelStroke = <T>(h: History<T>): History<T> => (h.draft === null ? h : { ...h, draft: null })

/** One-shot edit (quick mark, mirror, clear): begin, edit and end in one step. */
export const applyEdit = <T>(h: History<T>, edit: (value: T) => T, limit: number = HISTORY_LIMIT): History<T> =>
  commit(h, edit(current(h)), limit)
