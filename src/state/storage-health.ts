// Local storage can refuse to save (quota full, storage blocked, some private modes). The app
// works on without it, but a person must know that their drawing and quiz progress will not be
// there next time: the first failed write says so, once per visit.
import { pushNotice } from './notice-store'

export const STORAGE_FAILED_NOTICE =
  'This browser is not saving anything for this page (its storage is full or blocked): your pain drawing and quiz progress will be gone when you close it.'

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
