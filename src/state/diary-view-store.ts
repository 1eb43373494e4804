// What of the pain diary the body shows, kept apart from the diary itself (diary-store.ts) so
// the scene and the URL sync, which are in the JavaScript of the first frame, do not pull in the
// diary's schema (zod): the drawings laid over the body (two entries compared, or one entry
// from a consult link) and the raw `#entry=` text of a link, read by the diary UI when it loads.
import { create } from 'zustand'

/**
 * The two overlay colours (slot 0: the earlier entry, "before"; slot 1: "after"): yellow-gold
 * and green, apart from the pattern's red, the comparison's blue and the drawing's violet (an
 * orange first tried read as the pattern's red on a phone screen).
 */
export const OVERLAY_COLORS = ['#f5c200', '#0c9a6e'] as const

/** One drawing over the body: `slot` 0 is drawn in the first overlay colour, 1 in the second. */
export interface OverlayLayer {
  /** the entry's id (data attribute for tests, React key) */
  id: string
  slot: 0 | 1
  /** one byte per body vertex, as the pain drawing (domain/pain) */
  drawing: Uint8Array
}

interface DiaryViewState {
  layers: OverlayLayer[]
  /** the `entry=` value of the fragment of the link this page was opened with (consult) */
  linkedEntry: string | null
  setLayers: (layers: OverlayLayer[]) => void
  setLinkedEntry: (text: string | null) => void
}

export const useDiaryView = create<DiaryViewState>()((set) => ({
  layers: [],
  linkedEntry: null,
  setLayers: (layers) => set({ layers }),
  setLinkedEntry: (linkedEntry) => set({ linkedEntry }),
}))
