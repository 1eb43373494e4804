// The student's quiz progress (domain/study-progress.ts), kept on this device only: loaded from
// local storage once the dataset is known (ids are checked against it), saved after every
// answer. Saved data that cannot be read is reset with a notice, never crashed on; storage that
// throws (private mode, quota) leaves the progress in memory for the session.
import { reportStorageFailure } from './storage-health'
import { create } from 'zustand'
import { emptyProgress, parseProgress, recordAnswer, serializeProgress, type StudyProgress } from '../domain/study'
import { type NoticeKey, pushNotice } from './notice-store'

export const STUDY_STORAGE_KEY = 'tpx.study.v1'

export const CORRUPT_PROGRESS_NOTICE: NoticeKey = 'corruptProgress'

export interface StudyState {
  progress: StudyProgress
  /** storage has been read (against the dataset's trigger point ids) */
  loaded: boolean
  /** reads the saved progress once; `canonical` maps an alias to its trigger point id */
  load: (tpIds: readonly string[], canonical?: (id: string) => string | undefined) => void
  record: (tpId: string, correct: boolean, now?: number) => void
  /** forgets every answer, here and in storage */
  resetProgress: () => void
}

function removeSaved(): void {
  try {
    localStorage.removeItem(STUDY_STORAGE_KEY)
  } catch {
    /* storage unavailable: nothing was saved there */
  }
}

function save(progress: StudyProgress): void {
  try {
    localStorage.setItem(STUDY_STORAGE_KEY, serializeProgress(progress))
  } catch {
    // not saved: the progress still lives in memory for this visit; the person is told once
    reportStorageFailure()
  }
}

/** The saved progress, or empty; unreadable data is removed and reported. */
export function readSavedProgress(tpIds: readonly string[], canonical?: (id: string) => string | undefined): StudyProgress {
  let raw: string | null
  try {
    raw = localStorage.getItem(STUDY_STORAGE_KEY)
  } catch {
    return emptyProgress()
  }
  if (raw === null) return emptyProgress()
  let data: unknown
  try {
    data = JSON.parse(raw)
  } catch {
    data = undefined
  }
  const parsed = parseProgress(data, tpIds, canonical)
  if (parsed.ok) return parsed.progress
  removeSaved()
  pushNotice(CORRUPT_PROGRESS_NOTICE)
  return emptyProgress()
}

export const useStudy = create<StudyState>()((set, get) => ({
  progress: emptyProgress(),
  loaded: false,
  load: (tpIds, canonical) => {
    if (get().loaded) return
    const progress = readSavedProgress(tpIds, canonical)
    set({ progress, loaded: true })
  },
  record: (tpId, correct, now = Date.now()) => {
    const progress = recordAnswer(get().progress, tpId, correct, now)
    set({ progress })
    save(progress)
  },
  resetProgress: () => {
    removeSaved()
    set({ progress: emptyProgress() })
  },
}))
