/* eslint-disable no-control-regex -- these tests look for control characters */
import { mulberry32 } from '../../../fixtures/prng'
import { beforeAll, describe, expect, it } from 'vitest'
import { linkText, MAX_LINK_TEXT, parseAppUrl, serializeAppUrl } from '../../../../src/domain/url'
import type { AppUrlState } from '../../../../src/domain/url'
import { indexDataset } from '../../../../src/domain/dataset'
import type { DatasetIndex } from '../../../../src/domain/dataset'
import { validateDataset } from '../../../../src/domain/validation'
import { fixtureFiles } from '../../../fixtures/dataset'

let index: DatasetIndex
beforeAll(() => {
  const r = validateDataset(fixtureFiles())
  if (!r.ok) throw new Error('fixture must be valid')
  index = indexDataset(r.dataset)
})

describe('serializeAppUrl and parseAppUrl', () => {
  it('round-trips a selection, a mode and a pain drawing', () => {
    const state: AppUrlState = {
      tp: 'upper_trapezius_trp1',
      side: 'R',
      muscle: 'masseter',
      condition: 'tmj_disorder',
      mode: 'consult',
      pain: [
        { vertex: 12, weight: 1 },
        { vertex: 40_000, weight: 0.5 },
        { region: 'temple', weight: 0.75 },
      ],
    }
    const { search, hash } = serializeAppUrl(state)
    expect(search).toBe('?tp=upper_trapezius_trp1&side=R&muscle=masseter&condition=tmj_disorder&mode=consult')
    expect(hash).toMatch(/^#pain=1\.[A-Za-z0-9_-]+$/)
    expect(parseAppUrl(search, hash, index)).toEqual({ state, notices: [] })
  })

  it('serializes an empty state to empty strings', () => {
    expect(serializeAppUrl({})).toEqual({ search: '', hash: '' })
    expect(parseAppUrl('', '', index)).toEqual({ state: {}, notices: [] })
  })

  it('resolves aliases to canonical ids', () => {
    const { state, notices } = parseAppUrl('?tp=ut_trp2&muscle=masseter_muscle&condition=tmj', '', index)
    expect(state).toEqual({ tp: 'upper_trapezius_trp2', muscle: 'masseter', condition: 'tmj_disorder' })
    expect(notices).toEqual([])
  })

  it('round-trips a pattern to compare, resolving its alias and dropping an unknown one with a notice', () => {
    const { search } = serializeAppUrl({ tp: 'upper_trapezius_trp1', side: 'L', compare: 'masseter_deep', mode: 'consult' })
    expect(search).toBe('?tp=upper_trapezius_trp1&side=L&compare=masseter_deep&mode=consult')
    expect(parseAppUrl(search, '', index).state.compare).toBe('masseter_deep')
    expect(parseAppUrl('?compare=ut_trp2', '', index)).toEqual({ state: { compare: 'upper_trapezius_trp2' }, notices: [] })
    expect(parseAppUrl('?compare=xyz', '', index)).toMatchObject({
      state: {},
      notices: ['Unknown trigger point to compare "xyz" in the link was ignored.'],
    })
  })

  it('drops unknown ids, bad sides and bad modes with a notice each', () => {
    const { state, notices } = parseAppUrl('?tp=xyz&side=Q&mode=party&muscle=nope&condition=flu&', '', index)
    expect(state).toEqual({})
    expect(notices).toEqual([
      'Unknown trigger point "xyz" in the link was ignored.',
      'Unknown muscle "nope" in the link was ignored.',
      'Unknown condition "flu" in the link was ignored.',
      'Side "Q" in the link was ignored: it must be L or R.',
      'Mode "party" in the link was ignored: it must be one of explore, find, consult, study.',
    ])
  })

  it('keeps the good values of a link next to a bad one', () => {
    const { state, notices } = parseAppUrl('?tp=masseter_deep&side=l&mode=Study&muscle=%3Cscript%3E', '', index)
    expect(state).toEqual({ tp: 'masseter_deep', side: 'L', mode: 'study' })
    expect(notices).toEqual(['Unknown muscle "<script>" in the link was ignored.'])
  })

  it('checks only the id pattern when no dataset is loaded yet', () => {
    expect(parseAppUrl('?tp=anything_ok&muscle=Bad-Id', '').state).toEqual({ tp: 'anything_ok' })
  })

  it('clips a huge bad value in its notice', () => {
    const { notices } = parseAppUrl(`?tp=${'x'.repeat(100_000)}`, '', index)
    expect(notices).toHaveLength(1)
    expect(notices[0]!.length).toBeLessThan(200)
  })

  it('drops a corrupt or foreign pain fragment with a notice', () => {
    for (const hash of [
      '#pain=garbage',
      '#pain=1.',
      '#pain=1.@@@',
      '#pain=2.AAAA',
      '#pain=1.A',
      '#pain=1.__________',
      '#pain=%E0%A4%A',
    ]) {
      const { state, notices } = parseAppUrl('?tp=masseter_deep', hash, index)
      expect(state, hash).toEqual({ tp: 'masseter_deep' })
      expect(notices, hash).toEqual(['The pain drawing in the link could not be read and was ignored.'])
    }
  })

  it('drops a drawing made on a mesh with more vertices than the current one', () => {
    const { hash } = serializeAppUrl({ pain: [{ vertex: 70_000, weight: 1 }] })
    expect(parseAppUrl('', hash, index, { vertexCount: 60_000 })).toMatchObject({
      state: {},
      notices: ['The pain drawing in the link was made on a different body model and was ignored.'],
    })
  })

  it('drops pain samples on unknown regions and keeps the rest', () => {
    const { hash } = serializeAppUrl({
      pain: [
        { region: 'temple', weight: 1 },
        { region: 'moon', weight: 1 },
      ],
    })
    expect(parseAppUrl('', hash, index)).toMatchObject({
      state: { pain: [{ region: 'temple', weight: 1 }] },
      notices: ['Parts of the pain drawing in the link named unknown body areas and were ignored.'],
    })
  })

  it('never throws on random input, and keeps only valid values, each dropped one with a notice', () => {
    const rand = mulberry32(7)
    const alphabet = 'ab_=&?#%.-ZLR1é\u0000 +/'
    const word = () =>
      Array.from({ length: Math.floor(rand() * 30) }, () => alphabet[Math.floor(rand() * alphabet.length)]).join('')
    for (let i = 0; i < 2000; i++) {
      const search = `?${['tp', 'side', 'mode', 'muscle', 'x'][i % 5]}=${word()}&${word()}`
      const hash = i % 2 ? `#pain=1.${word()}` : `#${word()}`
      const withIndex = i % 3 ? index : undefined
      const { state, notices } = parseAppUrl(search, hash, withIndex)
      if (state.side !== undefined) expect(['L', 'R']).toContain(state.side)
      if (state.mode !== undefined) expect(['explore', 'find', 'consult', 'study']).toContain(state.mode)
      if (withIndex && state.tp !== undefined) expect(withIndex.tpById.has(state.tp)).toBe(true)
      if (withIndex && state.muscle !== undefined) expect(withIndex.muscleById.has(state.muscle)).toBe(true)
      for (const n of notices) expect(typeof n === 'string' && n.length > 0).toBe(true)
      // the state writes back to a link that reads as the same state
      const written = serializeAppUrl(state)
      expect(parseAppUrl(written.search, written.hash, withIndex).state).toEqual(state)
    }
  })
})

describe('text from links (issue 12)', () => {
  it('keeps the link’s text apart from the sentence, without control or bidi characters, capped', () => {
    const raw = `\u202Eevil\u0007\u2066${'x'.repeat(300)}`
    const { notices, details } = parseAppUrl(`?tp=${encodeURIComponent(raw)}&side=%E2%80%AEQ`, '')
    expect(details).toHaveLength(2)
    expect(details![0]!.text).toBe('Unknown trigger point in the link was ignored.')
    expect(details![0]!.input).toMatch(/^evilx+…$/)
    expect(Array.from(details![0]!.input!)).toHaveLength(MAX_LINK_TEXT)
    expect(details![1]).toEqual({ text: 'Side in the link was ignored: it must be L or R.', key: 'badSide', input: 'Q' })
    for (const n of notices) expect(n).not.toMatch(/[\u0000-\u001f\u202a-\u202e\u2066-\u2069]/)
    expect(linkText('  a\u200Fb  ')).toBe('ab')
  })

  it('reports every bad value', () => {
    const { notices, details } = parseAppUrl('?tp=a1&side=Q&mode=party&muscle=nope&condition=flu&compare=zzz', '', index)
    expect(notices).toHaveLength(6)
    expect(details!.map((d) => d.input)).toEqual(['a1', 'zzz', 'nope', 'flu', 'Q', 'party'])
  })
})
