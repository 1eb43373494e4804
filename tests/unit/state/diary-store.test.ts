import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type DiaryEntry, emptyDiary, serializeDiary } from '../../../src/domain/diary'
import { encodePain } from '../../../src/domain/pain'
import { DIARY_KEY, DIARY_UNREADABLE_KEY, useDiary } from '../../../src/state/diary-store'
import { useNotices } from '../../../src/state/notice-store'
import { installMemoryStorage, type MemoryStorage } from '../../fixtures/memory-storage'

const N = 500
let storage: MemoryStorage

const entry = (id: string, date: string, intensity = 4): DiaryEntry => ({
  id,
  date,
  intensity,
  qualities: ['sharp'],
  note: 'after work',
  drawing: encodePain([{ vertex: 3, weight: 1 }]),
})

beforeEach(() => {
  storage = installMemoryStorage()
})
afterEach(() => {
  useDiary.setState(useDiary.getInitialState(), true)
  useNotices.setState(useNotices.getInitialState(), true)
})

describe('diary store', () => {
  it('saves entries under the versioned key as a diary document and reads them back', () => {
    useDiary.getState().load(N)
    useDiary.getState().save(entry('bbbb', '2026-02-01'))
    useDiary.getState().save(entry('aaaa', '2026-01-01'))
    const saved = JSON.parse(storage.getItem(DIARY_KEY)!)
    expect(saved).toMatchObject({ format: 'tpx-diary', version: 1, vertexCount: N })
    useDiary.setState(useDiary.getInitialState(), true)
    useDiary.getState().load(N)
    expect(useDiary.getState().entries.map((e) => e.id)).toEqual(['aaaa', 'bbbb'])
  })

  it('deletes an entry and brings it back on undo', () => {
    const s = useDiary.getState
    s().load(N)
    s().save(entry('aaaa', '2026-01-01'))
    s().remove('aaaa')
    expect(s().entries).toEqual([])
    expect(storage.getItem(DIARY_KEY)).toBeNull()
    s().undoRemove()
    expect(s().entries.map((e) => e.id)).toEqual(['aaaa'])
  })

  it('puts unreadable saved data aside with a notice instead of losing it', () => {
    storage.setItem(DIARY_KEY, '{"format":"tpx-diary","version":1,"entries":[{"id":')
    useDiary.getState().load(N)
    const s = useDiary.getState()
    expect(s.entries).toEqual([])
    expect(s.unreadable?.raw).toContain('"entries":[{"id":')
    expect(storage.getItem(DIARY_UNREADABLE_KEY)).toBe(s.unreadable?.raw)
    expect(storage.getItem(DIARY_KEY)).toBeNull()
    expect(useNotices.getState().notices).toHaveLength(1)
    // still offered on the next visit, until deleted
    useDiary.setState(useDiary.getInitialState(), true)
    useDiary.getState().load(N)
    expect(useDiary.getState().unreadable?.raw).toBe(s.unreadable?.raw)
    useDiary.getState().discardUnreadable()
    expect(storage.getItem(DIARY_UNREADABLE_KEY)).toBeNull()
  })

  it('never overwrites unreadable data that could not be put aside', () => {
    const raw = 'not json'
    storage.setItem(DIARY_KEY, raw)
    const setItem = storage.setItem
    storage.setItem = (k, v) => {
      if (k === DIARY_UNREADABLE_KEY) throw new Error('quota')
      setItem(k, v)
    }
    useDiary.getState().load(N)
    expect(useDiary.getState().unreadable?.kept).toBe(false)
    useDiary.getState().save(entry('aaaa', '2026-01-01'))
    expect(storage.getItem(DIARY_KEY)).toBe(raw)
    useDiary.getState().markBackupDownloaded()
    expect(JSON.parse(storage.getItem(DIARY_KEY)!).entries).toHaveLength(1)
  })

  it('imports a file by merging, and refuses a bad one without touching the diary', () => {
    const s = useDiary.getState
    s().load(N)
    s().save(entry('aaaa', '2026-01-01'))
    const file = serializeDiary({ ...emptyDiary(N), entries: [entry('aaaa', '2026-01-01'), entry('cccc', '2026-01-03')] })
    expect(s().importText(file)).toEqual({ ok: true, added: 1, unchanged: 1, renamed: 0 })
    const bad = s().importText(JSON.stringify({ ...emptyDiary(N), entries: [{ ...entry('dddd', '2026-01-04'), intensity: 12 }] }))
    expect(bad).toMatchObject({ ok: false, errors: [{ path: 'entries[0].intensity' }] })
    expect(s().entries.map((e) => e.id)).toEqual(['aaaa', 'cccc'])
    expect(JSON.parse(s().exportText()).entries).toHaveLength(2)
  })

  it('removes everything on clear my data', () => {
    storage.setItem(DIARY_UNREADABLE_KEY, 'x')
    useDiary.getState().load(N)
    useDiary.getState().save(entry('aaaa', '2026-01-01'))
    useDiary.getState().clearMyData()
    expect(storage.items.size).toBe(0)
    expect(useDiary.getState().entries).toEqual([])
  })
})
