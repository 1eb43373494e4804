import { describe, expect, it } from 'vitest'
import * as H from '../../../../src/domain/pain'

describe('pain history', () => {
  it('undoes and redoes committed steps in order', () => {
    let h = H.createHistory('a')
    h = H.commit(h, 'b')
    h = H.commit(h, 'c')
    expect(H.current(H.undo(h))).toBe('b')
    expect(H.current(H.undo(H.undo(h)))).toBe('a')
    expect(H.undo(H.undo(H.undo(h)))).toEqual(H.undo(H.undo(h)))
    expect(H.current(H.redo(H.undo(h)))).toBe('c')
    expect(H.canRedo(h)).toBe(false)
  })

  it('makes one drag one undo step, however many moves it had', () => {
    let h = H.createHistory<number[]>([])
    h = H.beginStroke(h)
    for (let i = 0; i < 5; i++) h = H.updateStroke(h, (d) => [...d, i])
    expect(H.current(h)).toEqual([0, 1, 2, 3, 4])
    expect(h.present).toEqual([])
    expect(H.canUndo(h)).toBe(false)
    h = H.endStroke(h)
    expect(h.past).toHaveLength(1)
    expect(H.current(H.undo(h))).toEqual([])
  })

  it('makes no step for a stroke that changed nothing, and drops a cancelled one', () => {
    const start = H.createHistory([1])
    expect(H.endStroke(H.beginStroke(start)).past).toHaveLength(0)
    const cancelled = H.cancelStroke(H.updateStroke(H.beginStroke(start), (d) => [...d, 2]))
    expect(H.current(cancelled)).toEqual([1])
    expect(cancelled.past).toHaveLength(0)
  })

  it('forgets the redo future when a new step is committed', () => {
    let h = H.commit(H.commit(H.createHistory(0), 1), 2)
    h = H.commit(H.undo(h), 5)
    expect(H.canRedo(h)).toBe(false)
    expect(h.past).toEqual([0, 1])
  })

  it('keeps at most the history limit of undo steps', () => {
    let h = H.createHistory(0)
    for (let i = 1; i <= 10; i++) h = H.applyEdit(h, (v) => v + 1, 3)
    expect(h.past).toEqual([7, 8, 9])
    expect(h.present).toBe(10)
  })
})
