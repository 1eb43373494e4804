import { describe, expect, it } from 'vitest'
import { indexMarkers, type TpMarker } from '../../../src/state/data-store'

const marker = (tpId: string, side: 'L' | 'R', x: number): TpMarker => ({ tpId, side, point: [x, 1, 0], normal: [0, 0, 1] })

describe('indexMarkers', () => {
  it('finds each side’s marker of a trigger point by its id', () => {
    const markers = { L: [marker('a', 'L', -0.1), marker('b', 'L', -0.2)], R: [marker('a', 'R', 0.1)] }
    const byId = indexMarkers(markers)
    expect(byId.L.get('b')).toBe(markers.L[1])
    expect(byId.R.get('a')).toBe(markers.R[0])
    expect(byId.R.get('b')).toBeUndefined()
  })
})
