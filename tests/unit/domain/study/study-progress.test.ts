import { describe, expect, it } from 'vitest'
import { makeQuestionFor, seededRandom } from '../../../../src/domain/study'
import type { Muscle } from '../../../../src/domain/validation'
import {
  parseProgress,
  pickTriggerPoint,
  pickWeight,
  recordAnswer,
  serializeProgress,
  summarize,
  type StudyProgress,
} from '../../../../src/domain/study'

const DAY = 86_400_000
const T0 = Date.UTC(2026, 0, 1)
const ids = ['a_trp', 'b_trp', 'c_trp', 'd_trp']

const answers = (list: [string, boolean][], start = T0): StudyProgress =>
  list.reduce<StudyProgress>((p, [id, ok], i) => recordAnswer(p, id, ok, start + i * 1000), {})

describe('recordAnswer', () => {
  it('counts answers and right answers, and a miss ends the streak', () => {
    const p = answers([
      ['a_trp', true],
      ['a_trp', true],
      ['a_trp', false],
      ['a_trp', true],
    ])
    expect(p.a_trp).toEqual({ seen: 4, correct: 3, lastSeen: T0 + 3000, streak: 1 })
  })

  it('leaves the previous record untouched', () => {
    const before = answers([['a_trp', true]])
    recordAnswer(before, 'a_trp', false, T0 + 5)
    expect(before.a_trp?.seen).toBe(1)
  })
})

describe('summarize', () => {
  it('gives answers, percent right and points right on the last two tries', () => {
    const p = answers([
      ['a_trp', true],
      ['a_trp', true], // mastered
      ['b_trp', false],
      ['b_trp', true], // streak 1: not yet
      ['c_trp', true],
      ['c_trp', false], // missed last
    ])
    expect(summarize(p, ids)).toEqual({ answered: 6, correct: 4, percentRight: 67, pointsSeen: 3, mastered: 1, total: 4 })
  })

  it('is all zeros before any answer', () => {
    expect(summarize({}, ids)).toMatchObject({ answered: 0, percentRight: 0, mastered: 0, total: 4 })
  })
})

describe('pickTriggerPoint', () => {
  const tally = (progress: StudyProgress, now: number, n = 4000): Record<string, number> => {
    const random = seededRandom(11)
    const counts: Record<string, number> = {}
    for (let i = 0; i < n; i++) {
      const id = pickTriggerPoint(progress, ids, random, now)
      counts[id] = (counts[id] ?? 0) + 1
    }
    return counts
  }

  it('favours a missed point over an unseen one, and both over mastered ones', () => {
    const p = answers([
      ['a_trp', false], // missed
      ['b_trp', true],
      ['b_trp', true], // mastered
      ['c_trp', true],
      ['c_trp', true], // mastered
    ])
    const c = tally(p, T0 + 10_000)
    expect(c.a_trp!).toBeGreaterThan(c.d_trp!) // d is unseen
    expect(c.d_trp!).toBeGreaterThan(3 * c.b_trp!)
    expect(c.d_trp!).toBeGreaterThan(3 * c.c_trp!)
  })

  it('brings mastered points back as days pass', () => {
    const p = answers([
      ['a_trp', true],
      ['a_trp', true],
    ])
    const soon = pickWeight(p.a_trp, T0 + 60_000)
    const later = pickWeight(p.a_trp, T0 + 3 * DAY)
    expect(later).toBeGreaterThan(2 * soon)
    expect(pickWeight(p.a_trp, T0 + 365 * DAY)).toBeLessThanOrEqual(pickWeight(undefined, T0))
  })

  it('replays from the same seed and leaves out points to avoid while others remain', () => {
    const run = (seed: number) => {
      const random = seededRandom(seed)
      return Array.from({ length: 20 }, () => pickTriggerPoint({}, ids, random, T0))
    }
    expect(run(5)).toEqual(run(5))
    expect(new Set(run(5)).size).toBeGreaterThan(1)
    const random = seededRandom(2)
    for (let i = 0; i < 50; i++) expect(pickTriggerPoint({}, ids, random, T0, ['a_trp', 'b_trp', 'c_trp'])).toBe('d_trp')
    expect(ids).toContain(pickTriggerPoint({}, ids, random, T0, ids))
  })

  it('feeds the quiz: the question is about the picked point', () => {
    const muscle = (id: string, area: string, tps: string[]) =>
      ({ id, bodyArea: area, triggerPoints: tps.map((t) => ({ id: t })) }) as unknown as Muscle
    const muscles = [
      muscle('a', 'head_neck', ['a_trp']),
      muscle('b', 'head_neck', ['b_trp']),
      muscle('c', 'hip', ['c_trp', 'd_trp']),
    ]
    const random = seededRandom(9)
    const tpId = pickTriggerPoint({}, ids, random, T0, ['a_trp', 'b_trp', 'c_trp'])
    const q = makeQuestionFor(muscles, tpId, random, 3)
    expect(q).toMatchObject({ tpId: 'd_trp', answer: 'c' })
    expect(q.choices.sort()).toEqual(['a', 'b', 'c'])
    expect(() => makeQuestionFor(muscles, 'nope', random)).toThrow(/nope/)
  })
})

describe('parseProgress', () => {
  const stored = (progress: unknown) => JSON.parse(JSON.stringify({ version: 1, progress })) as unknown

  it('round-trips what serializeProgress wrote', () => {
    const p = answers([
      ['a_trp', true],
      ['b_trp', false],
    ])
    expect(parseProgress(JSON.parse(serializeProgress(p)), ids)).toEqual({ ok: true, progress: p, dropped: [] })
  })

  it.each([
    ['not an object', 'hello'],
    ['no version', { progress: {} }],
    ['a later version', { version: 2, progress: {} }],
    ['a negative count', stored({ a_trp: { seen: -1, correct: 0, lastSeen: 0, streak: 0 } })],
    ['more right than asked', stored({ a_trp: { seen: 1, correct: 2, lastSeen: 0, streak: 0 } })],
    ['a missing field', stored({ a_trp: { seen: 1, correct: 1, streak: 1 } })],
    ['a text count', stored({ a_trp: { seen: '1', correct: 1, lastSeen: 0, streak: 1 } })],
  ])('rejects %s', (_what, data) => {
    expect(parseProgress(data, ids).ok).toBe(false)
  })

  it('drops unknown ids and keeps an alias under its canonical id, merged with that id', () => {
    const rec = (seen: number, correct: number, lastSeen: number, streak: number) => ({ seen, correct, lastSeen, streak })
    const data = stored({
      a_trp: rec(2, 1, T0, 0),
      old_a: rec(3, 3, T0 + 1, 3),
      gone_trp: rec(1, 1, T0, 1),
      old_b: rec(1, 0, T0, 0),
    })
    const canonical = (id: string) => ({ old_a: 'a_trp', old_b: 'b_trp' })[id]
    const parsed = parseProgress(data, ids, canonical)
    expect(parsed).toEqual({
      ok: true,
      progress: { a_trp: rec(5, 4, T0 + 1, 3), b_trp: rec(1, 0, T0, 0) },
      dropped: ['gone_trp'],
    })
    // without an alias map, aliases are dropped too
    expect(parseProgress(data, ids)).toMatchObject({ ok: true, dropped: ['old_a', 'gone_trp', 'old_b'] })
  })
})
