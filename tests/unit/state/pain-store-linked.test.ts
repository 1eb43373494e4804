// A drawing from a link never replaces the saved one without a choice and an undo (issue 12);
// storage that refuses to save is reported once.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { usePain } from '../../../src/state/pain-store'
import { STORAGE_KEY } from '../../../src/state/pain-storage'
import { useNotices } from '../../../src/state/notice-store'
import { resetStorageHealth, STORAGE_FAILED_NOTICE } from '../../../src/state/storage-health'
import { useStudy } from '../../../src/state/study-store'
import { installMemoryStorage, type MemoryStorage } from '../../fixtures/memory-storage'

let storage: MemoryStorage
const mesh = (n: number): Float32Array => Float32Array.from({ length: n * 3 }, (_, i) => (i % 3 === 0 ? (i / 3) * 0.1 - 0.2 : 1))
const s = usePain.getState
const paint = (v: number) => {
  s().paintAt(Uint32Array.from([v]), Float32Array.from([1]), false)
  s().endStroke()
}
const linked = Uint8Array.from([0, 0, 0, 255, 255])

beforeEach(() => {
  storage = installMemoryStorage()
  resetStorageHealth()
})
afterEach(() => {
  vi.restoreAllMocks()
  usePain.setState(usePain.getInitialState(), true)
  useNotices.setState(useNotices.getInitialState(), true)
})

describe('a drawing from a link', () => {
  it('is shown apart from the saved drawing, which stays saved as it was', () => {
    s().attachMesh(mesh(5))
    paint(0)
    const own = storage.getItem(STORAGE_KEY)
    expect(own).not.toBeNull()
    s().showLinked(linked)
    expect([...s().drawing]).toEqual([...linked])
    expect(s().own).not.toBeNull()
    expect(storage.getItem(STORAGE_KEY)).toBe(own)
    // editing the linked drawing saves nothing either
    paint(1)
    expect(storage.getItem(STORAGE_KEY)).toBe(own)
    s().dropLinked()
    expect([...s().drawing]).toEqual([255, 0, 0, 0, 0])
    expect(s().own).toBeNull()
    expect(storage.getItem(STORAGE_KEY)).toBe(own)
  })

  it('attached with the body (a link opened in any mode) replaces nothing saved', () => {
    s().attachMesh(mesh(5))
    paint(2)
    const own = storage.getItem(STORAGE_KEY)
    usePain.setState(usePain.getInitialState(), true)
    s().attachMesh(mesh(5), linked)
    expect([...s().drawing]).toEqual([...linked])
    expect(storage.getItem(STORAGE_KEY)).toBe(own)
    s().dropLinked()
    expect([...s().drawing]).toEqual([0, 0, 255, 0, 0])
  })

  it('“Keep this drawing” saves it as one undo step that brings the previous one back', () => {
    s().attachMesh(mesh(5))
    paint(0)
    const own = storage.getItem(STORAGE_KEY)
    s().showLinked(linked)
    s().keepLinked()
    expect(s().own).toBeNull()
    expect([...s().drawing]).toEqual([...linked])
    expect(storage.getItem(STORAGE_KEY)).not.toBe(own)
    expect(s().canUndo).toBe(true)
    s().undo()
    expect([...s().drawing]).toEqual([255, 0, 0, 0, 0])
    expect(storage.getItem(STORAGE_KEY)).toBe(own)
  })

  it('the person’s own drawing coming back in a link needs no choice', () => {
    s().attachMesh(mesh(5))
    paint(4)
    s().showLinked(Uint8Array.from([0, 0, 0, 0, 255]))
    expect(s().own).toBeNull()
  })

  it('is dropped by clearMyData, with everything saved', () => {
    s().attachMesh(mesh(5))
    paint(0)
    s().showLinked(linked)
    s().clearMyData()
    expect(s().own).toBeNull()
    expect(s().empty).toBe(true)
    expect(storage.getItem(STORAGE_KEY)).toBeNull()
  })
})

describe('storage that refuses to save', () => {
  it('is reported once, for the drawing and the quiz progress alike', () => {
    vi.spyOn(storage, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    })
    s().attachMesh(mesh(5))
    paint(0)
    paint(1)
    useStudy.getState().record('some_tp', true)
    const texts = useNotices.getState().notices.map((n) => n.key)
    expect(texts.filter((t) => t === STORAGE_FAILED_NOTICE)).toHaveLength(1)
  })
})
