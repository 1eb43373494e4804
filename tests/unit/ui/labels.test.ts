import { describe, expect, it } from 'vitest'
import { BODY_AREAS, listWords, zoneWords } from '../../../src/ui/labels'
import { BodyArea } from '../../../src/domain/validation'
import type { DatasetIndex } from '../../../src/domain/dataset'

const index = {
  regionById: new Map([
    ['mastoid', { plainName: 'behind the ear' }],
    ['sternum', { plainName: 'breastbone' }],
  ]),
} as unknown as DatasetIndex

describe('ui labels', () => {
  it('lists every body area of the schema, head to foot', () => {
    expect(BODY_AREAS.map((a) => a.id)).toEqual(BodyArea.options)
  })

  it('names zones in plain words with their side', () => {
    expect(zoneWords(index, 'mastoid.R')).toBe('behind the ear (right)')
    expect(zoneWords(index, 'sternum')).toBe('breastbone')
    // an id the dataset does not know still reads as words, never blank
    expect(zoneWords(index, 'outer_hip.L')).toBe('outer hip (left)')
  })

  it('joins words as a sentence does', () => {
    expect(listWords([])).toBe('')
    expect(listWords(['temple'])).toBe('temple')
    expect(listWords(['temple', 'jaw', 'neck'])).toBe('temple, jaw and neck')
  })
})
