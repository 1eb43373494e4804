import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { BRUSH_SIZES, DEFAULT_BRUSH, usePain } from '../../../src/state/pain-store'
import { CORRUPT_DRAWING_NOTICE, STORAGE_KEY, encodeDrawing } from '../../../src/state/pain-storage'
import { useNotices } from '../../../src/state/notice-store'
import { installMemoryStorage, type MemoryStorage } from '../../fixtures/memory-storage'

let storage: MemoryStorage
// a fresh positions array each time, so attachMesh always re-reads storage
const mesh = (n: number): Float32Array => Float32Array.from({ length: n * 3 }, (_, i) => (i % 3 === 0 ? (i / 3) * 0.1 - 0.2 : 1))

beforeEach(() => {
  storage = installMemoryStorage()
})
afterEach(() => {
  vi.restoreAllMocks()
  usePain.setState(usePain.getInitialState(), true)
  useNotices.setState(useNotices.getInitialState(), true)
})

const ids = (...v: number[]) => Uint32Array.from(v)
const ws = (...v: number[]) => Float32Array.from(v)

describe('pain store', () => {
  it('paints nothing before the body mesh is attached', () => {
    usePain.getState().paintAt(ids(0), ws(1), false)
    expect(usePain.getState().empty).toBe(true)
  })

  it('makes one drag one undo step, and redo brings it back', () => {
    const s = usePain.getState
    s().attachMesh(mesh(5))
    s().beginStroke()
    s().paintAt(ids(0, 1), ws(1, 1), false)
    s().paintAt(ids(2), ws(0.5), false)
    expect(s().canUndo).toBe(false) // the drag is still in progress
    s().endStroke()
    expect([...s().drawing]).toEqual([255, 255, 128, 0, 0])
    expect(s().drawing[2]).toBe(128)
    s().undo()
    expect(s().empty).toBe(true)
    s().redo()
    expect(s().drawing[2]).toBe(128)
  })

  it('saves the drawing on the device and restores it on the next visit', () => {
    const s = usePain.getState
    s().attachMesh(mesh(5))
    s().paintAt(ids(3), ws(1), false)
    s().endStroke()
    expect(storage.getItem(STORAGE_KEY)).toContain('"drawing"')
    usePain.setState(usePain.getInitialState(), true)
    s().attachMesh(mesh(5))
    expect(s().drawing[3]).toBe(255)
  })

  it('resets corrupt saved state with a notice instead of crashing', () => {
    storage.setItem(STORAGE_KEY, '{"drawing":"1.@@@"')
    usePain.getState().attachMesh(mesh(5))
    expect(usePain.getState().empty).toBe(true)
    expect(storage.getItem(STORAGE_KEY)).toBeNull()
    expect(
      useNotices
        .getState()
        .notices.map((n) => n.key)
        .join(),
    ).toBe(CORRUPT_DRAWING_NOTICE)
  })

  it('resets saved state whose drawing text is damaged', () => {
    storage.setItem(STORAGE_KEY, JSON.stringify({ vertexCount: 5, drawing: '1.@@@' }))
    usePain.getState().attachMesh(mesh(5))
    expect(usePain.getState().empty).toBe(true)
    expect(useNotices.getState().notices).toHaveLength(1)
  })

  it('drops a drawing saved for another body model', () => {
    storage.setItem(STORAGE_KEY, JSON.stringify({ vertexCount: 3, drawing: encodeDrawing(Uint8Array.from([255, 0, 0])) }))
    usePain.getState().attachMesh(mesh(5))
    expect(usePain.getState().empty).toBe(true)
    expect(useNotices.getState().notices).toHaveLength(1)
  })

  it('mirrors the drawing to the twin vertices', () => {
    const s = usePain.getState
    s().attachMesh(mesh(5)) // x = -0.2, -0.1, 0, 0.1, 0.2
    s().paintAt(ids(0), ws(1), false)
    s().endStroke()
    s().mirror()
    expect([...s().drawing]).toEqual([255, 0, 0, 0, 255])
  })

  it('toggles a quick mark on and off, one undo step each', () => {
    const s = usePain.getState
    s().attachMesh(mesh(5))
    const rv = { vertices: ids(1, 2), weights: ws(1, 1) }
    s().toggleRegion(rv)
    expect([...s().drawing]).toEqual([0, 255, 255, 0, 0])
    s().toggleRegion(rv)
    expect(s().empty).toBe(true)
    s().undo()
    expect(s().drawing[1]).toBe(255)
  })

  it('clearMyData removes the drawing, its undo history and the saved copy', () => {
    const s = usePain.getState
    s().attachMesh(mesh(5))
    s().paintAt(ids(1), ws(1), false)
    s().endStroke()
    s().clearMyData()
    expect(s().empty).toBe(true)
    expect(s().canUndo).toBe(false)
    expect(storage.getItem(STORAGE_KEY)).toBeNull()
  })

  it('a linked drawing wins over the saved one', () => {
    storage.setItem(STORAGE_KEY, JSON.stringify({ vertexCount: 5, drawing: encodeDrawing(Uint8Array.from([255, 0, 0, 0, 0])) }))
    usePain.getState().attachMesh(mesh(5), Uint8Array.from([0, 0, 0, 0, 255]))
    expect([...usePain.getState().drawing]).toEqual([0, 0, 0, 0, 255])
  })

  it('restores the saved brush size with the drawing', () => {
    const s = usePain.getState
    s().attachMesh(mesh(5))
    s().setBrushSize(BRUSH_SIZES.large)
    s().paintAt(ids(2), ws(1), false)
    s().endStroke()
    usePain.setState(usePain.getInitialState(), true)
    expect(s().brushSize).toBe(DEFAULT_BRUSH)
    s().attachMesh(mesh(5))
    expect(s().brushSize).toBe(BRUSH_SIZES.large)
    expect(s().drawing[2]).toBe(255)
  })

  it('keeps the saved drawing when settings change before the body is attached', () => {
    storage.setItem(STORAGE_KEY, JSON.stringify({ vertexCount: 5, drawing: encodeDrawing(Uint8Array.from([0, 255, 0, 0, 0])) }))
    usePain.getState().setBrushSize(BRUSH_SIZES.small)
    usePain.getState().setTool('erase')
    expect(storage.getItem(STORAGE_KEY)).not.toBeNull()
    usePain.getState().attachMesh(mesh(5))
    expect([...usePain.getState().drawing]).toEqual([0, 255, 0, 0, 0])
  })

  it('writes the drawing once per stroke, not on every pointer move', () => {
    const s = usePain.getState
    s().attachMesh(mesh(5))
    const writes = vi.spyOn(storage, 'setItem')
    s().beginStroke()
    for (let i = 0; i < 5; i++) s().paintAt(ids(i), ws(1), false)
    expect(writes).not.toHaveBeenCalled()
    s().endStroke()
    expect(writes).toHaveBeenCalledTimes(1)
    s().setTool('rotate')
    expect(writes).toHaveBeenCalledTimes(1)
  })

  it('removes the saved copy when the drawing is undone to nothing', () => {
    const s = usePain.getState
    s().attachMesh(mesh(5))
    s().paintAt(ids(4), ws(1), false)
    s().endStroke()
    expect(storage.getItem(STORAGE_KEY)).not.toBeNull()
    s().undo()
    expect(storage.getItem(STORAGE_KEY)).toBeNull()
  })

  it('paints on when storage refuses to save', () => {
    const s = usePain.getState
    s().attachMesh(mesh(5))
    vi.spyOn(storage, 'setItem').mockImplementation(() => {
      throw new Error('QuotaExceededError')
    })
    s().paintAt(ids(0), ws(1), false)
    s().endStroke()
    expect(s().drawing[0]).toBe(255)
    expect(s().canUndo).toBe(true)
  })

  it('keeps the body positions and their mirror map in the store', () => {
    const s = usePain.getState
    const positions = mesh(5)
    s().attachMesh(positions)
    expect(s().positions).toBe(positions)
    expect(s().mirrorMap).toBeNull()
    s().mirror()
    expect([...s().mirrorMap!]).toEqual([4, 3, 2, 1, 0])
    s().attachMesh(mesh(5))
    expect(s().mirrorMap).toBeNull()
  })
})
