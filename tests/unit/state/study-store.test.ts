import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { CORRUPT_PROGRESS_NOTICE, STUDY_STORAGE_KEY, useStudy } from '../../../src/state/study-store'
import { useNotices } from '../../../src/state/notice-store'
import { installMemoryStorage, type MemoryStorage } from '../../fixtures/memory-storage'

const TPS = ['upper_trapezius_trp1', 'soleus_trp1', 'masseter_deep']
let storage: MemoryStorage

beforeEach(() => {
  storage = installMemoryStorage()
})
afterEach(() => {
  useStudy.setState(useStudy.getInitialState(), true)
  useNotices.setState(useNotices.getInitialState(), true)
})

const s = useStudy.getState
const notices = () => useNotices.getState().notices.map((n) => n.key)

describe('study store', () => {
  it('saves after each answer and loads it back on the next visit', () => {
    s().load(TPS)
    s().record('soleus_trp1', true, 1000)
    s().record('soleus_trp1', true, 2000)
    s().record('masseter_deep', false, 3000)
    expect(JSON.parse(storage.getItem(STUDY_STORAGE_KEY)!)).toMatchObject({ version: 1, progress: { soleus_trp1: { seen: 2 } } })
    const before = s().progress
    useStudy.setState(useStudy.getInitialState(), true)
    expect(s().progress).toEqual({})
    s().load(TPS)
    expect(s().progress).toEqual(before)
    expect(notices()).toEqual([])
  })

  it.each([
    ['broken JSON', '{"version":1,"progress":{'],
    ['the wrong shape', JSON.stringify({ version: 1, progress: { soleus_trp1: { seen: 'many' } } })],
    ['a plain number', '42'],
  ])('resets %s with a notice instead of crashing', (_what, raw) => {
    storage.setItem(STUDY_STORAGE_KEY, raw)
    s().load(TPS)
    expect(s().loaded).toBe(true)
    expect(s().progress).toEqual({})
    expect(storage.getItem(STUDY_STORAGE_KEY)).toBeNull()
    expect(notices()).toEqual([CORRUPT_PROGRESS_NOTICE])
    s().record('soleus_trp1', true, 1)
    expect(s().progress.soleus_trp1?.seen).toBe(1)
  })

  it('maps a saved alias to its trigger point and drops points no longer in the dataset, quietly', () => {
    const rec = { seen: 2, correct: 2, lastSeen: 5, streak: 2 }
    storage.setItem(STUDY_STORAGE_KEY, JSON.stringify({ version: 1, progress: { trap_old: rec, removed_trp: rec } }))
    s().load(TPS, (id) => (id === 'trap_old' ? 'upper_trapezius_trp1' : undefined))
    expect(s().progress).toEqual({ upper_trapezius_trp1: rec })
    expect(notices()).toEqual([])
  })

  it('keeps working when storage throws', () => {
    const broken = () => {
      throw new Error('SecurityError')
    }
    Object.defineProperty(globalThis, 'localStorage', {
      value: { getItem: broken, setItem: broken, removeItem: broken },
      configurable: true,
    })
    s().load(TPS)
    s().record('soleus_trp1', false, 1)
    expect(s().progress.soleus_trp1?.streak).toBe(0)
    s().resetProgress()
    expect(s().progress).toEqual({})
  })

  it('resetProgress forgets every answer, here and on the device', () => {
    s().load(TPS)
    s().record('soleus_trp1', true, 1)
    s().resetProgress()
    expect(s().progress).toEqual({})
    expect(storage.getItem(STUDY_STORAGE_KEY)).toBeNull()
    s().record('masseter_deep', true, 2)
    useStudy.setState(useStudy.getInitialState(), true)
    s().load(TPS)
    expect(Object.keys(s().progress)).toEqual(['masseter_deep'])
  })
})
