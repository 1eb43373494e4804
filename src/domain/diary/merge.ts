// Import merges a diary file into the one on the device, by entry id, and never drops what is
// there: an entry already present unchanged is skipped; an entry with a known id but other
// content (edited on another device) is added beside it under a new id, so both are kept.
import { type DiaryEntry, sameEntry, sortEntries } from './entry'
import type { DiaryDocument } from './schema'

export interface MergeResult {
  diary: DiaryDocument
  /** new entries added */
  added: number
  /** entries already there, the same */
  unchanged: number
  /** entries whose id was taken by a different entry: added under a new id */
  renamed: number
}

function freeId(id: string, taken: ReadonlySet<string>): string {
  const base = id.slice(0, 36)
  for (let k = 2; ; k++) {
    const next = `${base}-${k}`
    if (!taken.has(next)) return next
  }
}

export function mergeDiaries(existing: DiaryDocument, incoming: DiaryDocument): MergeResult {
  const byId = new Map(existing.entries.map((e) => [e.id, e]))
  const taken = new Set(byId.keys())
  const out: DiaryEntry[] = [...existing.entries]
  let added = 0
  let unchanged = 0
  let renamed = 0
  for (const e of incoming.entries) {
    const there = byId.get(e.id)
    if (!there) {
      out.push(e)
      taken.add(e.id)
      added++
    } else if (sameEntry(there, e)) unchanged++
    else if (out.some((o) => sameEntry(o, { ...e, id: o.id }) && o.id.startsWith(`${e.id.slice(0, 36)}-`))) unchanged++
    else {
      const id = freeId(e.id, taken)
      taken.add(id)
      out.push({ ...e, id })
      renamed++
    }
  }
  return { diary: { ...existing, entries: sortEntries(out) }, added, unchanged, renamed }
}

/** The diary with one entry added or replaced (same id), oldest first. */
export function upsertEntry(diary: DiaryDocument, entry: DiaryEntry): DiaryDocument {
  return { ...diary, entries: sortEntries([...diary.entries.filter((e) => e.id !== entry.id), entry]) }
}

export function removeEntry(diary: DiaryDocument, id: string): DiaryDocument {
  return { ...diary, entries: diary.entries.filter((e) => e.id !== id) }
}
