import { afterEach, describe, expect, it } from 'vitest'
import { useSelection } from '../../../src/state/selection-store'
import { MAX_NOTICES, useNotices } from '../../../src/state/notice-store'

afterEach(() => {
  useSelection.setState(useSelection.getInitialState(), true)
  useNotices.setState(useNotices.getInitialState(), true)
})

describe('selection store', () => {
  it('keeps the side when a trigger point is chosen without one', () => {
    const s = useSelection.getState
    s().select('upper_trapezius_trp1', 'L')
    s().select('levator_scapulae_trp')
    expect(s().side).toBe('L')
    expect(s().tpId).toBe('levator_scapulae_trp')
  })

  it('never compares a pattern with itself', () => {
    const s = useSelection.getState
    s().select('a_trp')
    s().setCompare('a_trp')
    expect(s().compareTpId).toBeNull()
    s().setCompare('b_trp')
    s().select('b_trp')
    expect(s().compareTpId).toBeNull()
  })

  it('asks one question at a time: a condition replaces a region and back', () => {
    const s = useSelection.getState
    s().setRegion('temple')
    s().setCondition('sciatica')
    expect(s().regionId).toBeNull()
    s().setRegion('temple')
    expect(s().conditionId).toBeNull()
  })
})

describe('notice store', () => {
  it('shows the same text once and dismisses by id', () => {
    const n = useNotices.getState
    n().push('link.unknownTp', 'warning', [{ input: 'x' }])
    n().push('link.unknownTp', 'warning', [{ input: 'x' }])
    n().push({ key: 'copyLink', params: { url: 'a' } })
    n().push({ key: 'copyLink', params: { url: 'a' } })
    expect(n().notices).toHaveLength(2)
    n().dismiss(n().notices[1]!.id)
    expect(n().notices).toHaveLength(1)
    n().dismiss(n().notices[0]!.id)
    expect(n().notices).toHaveLength(0)
  })

  it(`keeps at most ${MAX_NOTICES} notices, dropping the oldest`, () => {
    const n = useNotices.getState
    for (let i = 0; i < MAX_NOTICES + 2; i++) n().push({ key: 'copyLink', params: { url: `u${i}` } })
    expect(n().notices.map((x) => x.params?.url)).toEqual(Array.from({ length: MAX_NOTICES }, (_, i) => `u${i + 2}`))
  })
})
