import { describe, expect, it } from 'vitest'
import { makeQuestion, seededRandom } from '../../../../src/domain/study'
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

describe('quiz', () => {
  it('asks about a trigger point of the answer muscle, the answer among distinct choices', () => {
    const seed = 42
    const random = seededRandom(seed)
    for (let i = 0; i < 50; i++) {
      const q = makeQuestion(muscles, random)
      const answer = muscles.find((m) => m.id === q.answer)!
      expect(answer.triggerPoints.map((t) => t.id)).toContain(q.tpId)
      expect(q.choices).toContain(q.answer)
      expect(new Set(q.choices).size).toBe(4)
    }
  })

  it('draws distractors from the same body area first', () => {
    const random = seededRandom(7)
    let checked = 0
    for (let i = 0; i < 40; i++) {
      const q = makeQuestion(muscles, random)
      if (q.answer === 'masseter') {
        expect(q.choices.sort()).toEqual(['levator_scapulae', 'masseter', 'suboccipitals', 'upper_trapezius'])
        checked++
      }
    }
    expect(checked).toBeGreaterThan(0)
  })

  it('replays exactly from the same seed and avoids recent muscles', () => {
    const a = makeQuestion(muscles, seededRandom(3))
    const b = makeQuestion(muscles, seededRandom(3))
    expect(a).toEqual(b)
    const recent = muscles.slice(0, 5).map((m) => m.id)
    expect(makeQuestion(muscles, seededRandom(9), 4, recent).answer).toBe('piriformis')
  })
})
