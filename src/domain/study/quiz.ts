// Study mode's quiz: "which muscle's trigger point refers pain like this?" A question shows a
// painted pattern and offers the right muscle among distractors from the same body area
// (nearby muscles are the ones students confuse), topped up from elsewhere when an area is small.
// Pure and seeded, so a test can replay a quiz exactly.
import type { Side } from '../geometry'
import type { Muscle } from '../validation'
import { mulberry32 } from '../random'

export interface QuizQuestion {
  tpId: string
  side: Side
  /** muscle id of the right answer */
  answer: string
  /** muscle ids, the answer among them, in shown order */
  choices: string[]
}

/** A seeded generator, enough for shuffling quiz choices. */
export const seededRandom = mulberry32

function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[items[i], items[j]] = [items[j]!, items[i]!]
  }
  return items
}

/**
 * A question about a chosen trigger point (study-progress.ts picks it from the student's
 * record); the side and the distractors are drawn with `random`.
 */
export function makeQuestionFor(muscles: readonly Muscle[], tpId: string, random: () => number, choiceCount = 4): QuizQuestion {
  if (muscles.length < 2) throw new Error('a quiz needs at least two muscles')
  const muscle = muscles.find((m) => m.triggerPoints.some((t) => t.id === tpId))
  if (!muscle) throw new Error(`no muscle has trigger point ${tpId}`)
  return questionAbout(muscles, muscle, tpId, random, choiceCount)
}

function questionAbout(
  muscles: readonly Muscle[],
  muscle: Muscle,
  tpId: string,
  random: () => number,
  choiceCount: number,
): QuizQuestion {
  const side: Side = random() < 0.5 ? 'L' : 'R'
  const near = shuffle(
    muscles.filter((m) => m.id !== muscle.id && m.bodyArea === muscle.bodyArea),
    random,
  )
  const far = shuffle(
    muscles.filter((m) => m.id !== muscle.id && m.bodyArea !== muscle.bodyArea),
    random,
  )
  const distractors = [...near, ...far].slice(0, Math.min(choiceCount, muscles.length) - 1).map((m) => m.id)
  return { tpId, side, answer: muscle.id, choices: shuffle([muscle.id, ...distractors], random) }
}
