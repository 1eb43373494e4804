import { describe, expect, it } from 'vitest'
import { makeQuestionFor, seededRandom } from '../../../../src/domain/study'
import type { Muscle } from '../../../../src/domain/validation'

// Only the fields the quiz reads matter; the rest of a Muscle is irrelevant here.
const muscle = (id: string, bodyArea: Muscle['bodyArea'], tps: string[]): Muscle =>
  ({ id, bodyArea, triggerPoints: tps.map((t) => ({ id: t })) }) as unknown as Muscle

const muscles = [
  muscle('upper_trapezius', 'head_neck', ['upper_trapezius_trp1', 'upper_trapezius_trp2']),
  muscle('levator_scapulae', 'head_neck', ['levator_scapulae_trp']),
  muscle('suboccipitals', 'head_neck', ['suboccipitals_trp']),
  muscle('masseter', 'head_neck', ['masseter_deep']),
  muscle('soleus', 'leg_foot', ['soleus_trp1']),
  muscle('piriformis', 'hip', ['piriformis_trp']),
]

const tpIds = muscles.flatMap((m) => m.triggerPoints.map((t) => t.id))

describe('quiz', () => {
  it('asks about the chosen trigger point, its muscle the answer among distinct choices', () => {
    const random = seededRandom(42)
    for (const tpId of tpIds) {
      const q = makeQuestionFor(muscles, tpId, random)
      expect(q.tpId).toBe(tpId)
      expect(muscles.find((m) => m.id === q.answer)!.triggerPoints.map((t) => t.id)).toContain(tpId)
      expect(q.choices).toContain(q.answer)
      expect(new Set(q.choices).size).toBe(4)
      expect(['L', 'R']).toContain(q.side)
    }
  })

  it('draws distractors from the same body area first', () => {
    const random = seededRandom(7)
    for (let i = 0; i < 10; i++) {
      const q = makeQuestionFor(muscles, 'masseter_deep', random)
      expect([...q.choices].sort()).toEqual(['levator_scapulae', 'masseter', 'suboccipitals', 'upper_trapezius'])
    }
  })

  it('tops up from other body areas when the area is small, and never offers more choices than muscles', () => {
    const q = makeQuestionFor(muscles, 'soleus_trp1', seededRandom(5))
    expect(q.choices).toHaveLength(4)
    expect(q.choices).toContain('soleus')
    expect(makeQuestionFor(muscles.slice(0, 2), 'upper_trapezius_trp2', seededRandom(5)).choices.sort()).toEqual([
      'levator_scapulae',
      'upper_trapezius',
    ])
  })

  it('replays exactly from the same seed', () => {
    expect(makeQuestionFor(muscles, 'piriformis_trp', seededRandom(3))).toEqual(
      makeQuestionFor(muscles, 'piriformis_trp', seededRandom(3)),
    )
  })

  it('refuses an unknown trigger point and a quiz of one muscle', () => {
    expect(() => makeQuestionFor(muscles, 'nope', seededRandom(1))).toThrow(/nope/)
    expect(() => makeQuestionFor(muscles.slice(0, 1), 'upper_trapezius_trp1', seededRandom(1))).toThrow(/two muscles/)
  })
})
