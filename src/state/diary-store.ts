// The pain diary on this device (issue 13): dated entries of the finder's drawing with
// intensity, qualities and a note. Health data: local storage only, never sent anywhere; it
// leaves the device only in a file the person exports or a link they copy.
//
// Saved as the diary document (domain/diary: `{format: 'tpx-diary', version: 1, vertexCount,
// entries}`, the same as an exported file) under the versioned key `tpx.diary.v1`. Saved text
// that cannot be read (damaged, hand-edited, another body model, a newer version) is never lost
// silently: it is moved aside under `tpx.diary.v1.unreadable`, the person is told (a notice),
// and the diary view offers it for download before it is deleted. "Clear my data" removes both.
import { create } from 'zustand'
import {
  type DiaryDocument,
  type DiaryEntry,
  type DiaryError,
  emptyDiary,
  mergeDiaries,
  parseDiaryText,
  removeEntry,
  serializeDiary,
  upsertEntry,
} from '../domain/diary'
import { pushNotice } from './notice-store'
import { reportStorageFailure } from './storage-health'

export const DIARY_KEY = 'tpx.diary.v1'
export const DIARY_UNREADABLE_KEY = 'tpx.diary.v1.unreadable'

export interface UnreadableDiary {
  raw: string
  errors: DiaryError[]
  /** the raw text is safe in storage under DIARY_UNREADABLE_KEY (or the person downloaded it) */
  kept: boolean
}

export type ImportOutcome = { ok: true; added: number; unchanged: number; renamed: number } | { ok: false; errors: DiaryError[] }

export interface DiaryState {
  /** the body model the diary belongs to; 0 until loaded */
  vertexCount: number
  /** oldest first */
  entries: DiaryEntry[]
  unreadable: UnreadableDiary | null
  /** the last deleted entry, for undo */
  deleted: DiaryEntry | null
  /** reads the saved diary for this body model (once) */
  load: (vertexCount: number) => void
  save: (entry: DiaryEntry) => boolean
  remove: (id: string) => void
  undoRemove: () => void
  importText: (text: string) => ImportOutcome
  exportText: () => string
  /** the unreadable data was downloaded or is no longer wanted */
  markBackupDownloaded: () => void
  discardUnreadable: () => void
  clearMyData: () => void
}

const read = (key: string): string | null => {
  try {
    return localStorage.getItem(key)
  } catch {
    return null
  }
}

function write(key: string, text: string): boolean {
  try {
    localStorage.setItem(key, text)
    return true
  } catch {
    reportStorageFailure()
    return false
  }
}

function removeKey(key: string): void {
  try {
    localStorage.removeItem(key)
  } catch {
    /* storage unavailable: nothing was saved there */
  }
}

const documentOf = (s: Pick<DiaryState, 'vertexCount' | 'entries'>): DiaryDocument => ({
  ...emptyDiary(s.vertexCount),
  entries: s.entries,
})

export const useDiary = create<DiaryState>()((set, get) => {
  /** Saves the diary; false when storage refused (it stays in memory, the person is told once). */
  const persist = (entries: DiaryEntry[]): boolean => {
    const s = get()
    set({ entries })
    // unreadable data not yet safe elsewhere sits under the main key: never overwrite it
    if (s.unreadable && !s.unreadable.kept) return false
    if (entries.length === 0) {
      removeKey(DIARY_KEY)
      return true
    }
    return write(DIARY_KEY, JSON.stringify(documentOf({ vertexCount: s.vertexCount, entries })))
  }
  return {
    vertexCount: 0,
    entries: [],
    unreadable: null,
    deleted: null,
    load: (vertexCount) => {
      if (get().vertexCount === vertexCount) return
      set({ vertexCount, entries: [], deleted: null })
      const raw = read(DIARY_KEY)
      const pending = read(DIARY_UNREADABLE_KEY)
      if (raw !== null) {
        const parsed = parseDiaryText(raw, { vertexCount })
        if (parsed.ok) set({ entries: parsed.diary.entries })
        else {
          // put aside, then reset: the raw text stays on the device until the person lets it go
          const kept = write(DIARY_UNREADABLE_KEY, raw)
          if (kept) removeKey(DIARY_KEY)
          set({ unreadable: { raw, errors: parsed.errors, kept } })
          pushNotice('diaryUnreadable')
          return
        }
      }
      if (pending !== null && !get().unreadable) set({ unreadable: { raw: pending, errors: [], kept: true } })
    },
    save: (entry) => persist(upsertEntry(documentOf(get()), entry).entries),
    remove: (id) => {
      const entry = get().entries.find((e) => e.id === id) ?? null
      if (!entry) return
      persist(removeEntry(documentOf(get()), id).entries)
      set({ deleted: entry })
    },
    undoRemove: () => {
      const { deleted } = get()
      if (!deleted) return
      persist(upsertEntry(documentOf(get()), deleted).entries)
      set({ deleted: null })
    },
    importText: (text) => {
      const parsed = parseDiaryText(text, { vertexCount: get().vertexCount })
      if (!parsed.ok) return { ok: false, errors: parsed.errors }
      const merged = mergeDiaries(documentOf(get()), parsed.diary)
      persist(merged.diary.entries)
      return { ok: true, added: merged.added, unchanged: merged.unchanged, renamed: merged.renamed }
    },
    exportText: () => serializeDiary(documentOf(get())),
    markBackupDownloaded: () => {
      const u = get().unreadable
      if (u && !u.kept) {
        set({ unreadable: { ...u, kept: true } })
        // the main key may still hold it (storage refused the copy): now it may be replaced
        persist(get().entries)
      }
    },
    discardUnreadable: () => {
      removeKey(DIARY_UNREADABLE_KEY)
      const u = get().unreadable
      set({ unreadable: null })
      if (u && !u.kept) persist(get().entries)
    },
    clearMyData: () => {
      removeKey(DIARY_KEY)
      removeKey(DIARY_UNREADABLE_KEY)
      set({ entries: [], unreadable: null, deleted: null })
    },
  }
})
