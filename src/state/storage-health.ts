// Local storage can refuse to save (quota full, storage blocked, some private modes). The app
// works on without it, but a person must know that their drawing and quiz progress will not be
// there next time: the first failed write says so, once per visit.
import { type NoticeKey, pushNotice } from './notice-store'

export const STORAGE_FAILED_NOTICE: NoticeKey = 'storageFailed'

let told = false

/** Call where a write to local storage threw. */
export function reportStorageFailure(): void {
  if (told) return
  told = true
  pushNotice(STORAGE_FAILED_NOTICE)
}

/** For tests. */
export function resetStorageHealth(): void {
  told = false
}
