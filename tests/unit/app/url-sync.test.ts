import { afterEach, describe, expect, it } from 'vitest'
import { currentUrlState } from '../../../src/app/url-sync'
import { serializeAppUrl } from '../../../src/domain/url'
import { usePain } from '../../../src/state/pain-store'
import { useSelection } from '../../../src/state/selection-store'
import { useView } from '../../../src/state/view-store'

afterEach(() => {
  usePain.setState(usePain.getInitialState(), true)
  useSelection.setState(useSelection.getInitialState(), true)
  useView.setState(useView.getInitialState(), true)
})

const mesh = (n: number): Float32Array => new Float32Array(n * 3)

describe('url sync', () => {
  it('writes the selected trigger point and its side, and no mode for explore', () => {
    useSelection.getState().select('upper_trapezius_trp1', 'L')
    expect(serializeAppUrl(currentUrlState()).search).toBe('?tp=upper_trapezius_trp1&side=L')
  })

  it('writes the pattern to compare in consult mode only', () => {
    useSelection.getState().select('upper_trapezius_trp1', 'L')
    useSelection.getState().setCompare('masseter_deep')
    expect(currentUrlState().compare).toBeUndefined()
    useView.getState().setMode('consult')
    expect(serializeAppUrl(currentUrlState()).search).toBe('?tp=upper_trapezius_trp1&side=L&compare=masseter_deep&mode=consult')
  })

  it('never puts the pain drawing in the address bar, in any mode (issue 12)', () => {
    usePain.getState().attachMesh(mesh(4))
    usePain.getState().paintAt(Uint32Array.from([2]), Float32Array.from([1]), false)
    usePain.getState().endStroke()
    expect(currentUrlState().pain).toBeUndefined()
    useView.getState().setMode('find')
    const { search, hash } = serializeAppUrl(currentUrlState())
    expect(search).toBe('?mode=find')
    expect(hash).toBe('')
  })
})
