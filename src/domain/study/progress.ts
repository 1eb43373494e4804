// A student's quiz progress, one record per trigger point, kept on the device (study-store).
// "Mastered" means right on the last MASTERED_STREAK tries: one lucky guess among four choices
// is 25% likely, two in a row about 6%, so two is the smallest streak that means something.
// The picker is spaced repetition made small: unseen and recently missed points come up most,
// mastered ones rarely, and more often again as days pass since they were last asked.
// Pure and seeded, so a test can replay which trigger points a quiz asks about.
import { z } from '../zod'

export const MASTERED_STREAK = 2

export const TpProgressSchema = z.object({
  seen: z.number().int().nonnegative(),
  correct: z.number().int().nonnegative(),
  /** epoch ms of the last answer */
  lastSeen: z.number().nonnegative(),
  /** right answers in a row up to the last one; 0 after a miss */
  streak: z.number().int().nonnegative(),
})
export type TpProgress = z.infer<typeof TpProgressSchema>

/** trigger point id -> its record; a point never asked has no entry */
export type StudyProgress = Readonly<Record<string, TpProgress>>

/** What is written to storage: versioned so a later format can migrate instead of reset. */
export const StoredProgressSchema = z.object({
  version: z.literal(1),
  progress: z.record(
    z.string(),
    TpProgressSchema.refine((p) => p.correct <= p.seen && p.streak <= p.correct, 'counts do not add up'),
  ),
})

export const emptyProgress = (): StudyProgress => ({})

export function recordAnswer(progress: StudyProgress, tpId: string, correct: boolean, now: number): StudyProgress {
  const p = progress[tpId] ?? { seen: 0, correct: 0, lastSeen: 0, streak: 0 }
  return {
    ...progress,
    [tpId]: { seen: p.seen + 1, correct: p.correct + (correct ? 1 : 0), lastSeen: now, streak: correct ? p.streak + 1 : 0 },
  }
}

export const isMastered = (p: TpProgress | undefined): boolean => (p?.streak ?? 0) >= MASTERED_STREAK

export interface ProgressSummary {
  /** answers given, all trigger points together */
  answered: number
  correct: number
  /** 0..100, rounded; 0 when nothing was answered */
  percentRight: number
  /** trigger points asked at least once */
  pointsSeen: number
  mastered: number
  /** trigger points that can be asked */
  total: number
}

export function summarize(progress: StudyProgress, tpIds: readonly string[]): ProgressSummary {
  let answered = 0
  let correct = 0
  let pointsSeen = 0
  let mastered = 0
  for (const id of tpIds) {
    const p = progress[id]
    if (!p) continue
    answered += p.seen
    correct += p.correct
    pointsSeen++
    if (isMastered(p)) mastered++
  }
  return {
    answered,
    correct,
    percentRight: answered === 0 ? 0 : Math.round((100 * correct) / answered),
    pointsSeen,
    mastered,
    total: tpIds.length,
  }
}

export interface PickOptions {
  unseen?: number
  /** last answer wrong */
  missed?: number
  /** right once since the last miss */
  learning?: number
  /** mastered, asked just now; grows by this much per day since, up to `masteredMax` */
  mastered?: number
  masteredMax?: number
}
export const PICK_DEFAULTS: Required<PickOptions> = { unseen: 3, missed: 5, learning: 1.5, mastered: 0.3, masteredMax: 2 }

const DAY_MS = 86_400_000

/** How strongly a trigger point should come up next (relative weight, > 0). */
export function pickWeight(p: TpProgress | undefined, now: number, options: PickOptions = {}): number {
  const o = { ...PICK_DEFAULTS, ...options }
  if (!p || p.seen === 0) return o.unseen
  if (p.streak === 0) return o.missed
  if (p.streak < MASTERED_STREAK) return o.learning
  const days = Math.max(0, now - p.lastSeen) / DAY_MS
  return Math.min(o.masteredMax, o.mastered * (1 + days))
}

/**
 * The trigger point to ask about next, drawn with `pickWeight` odds. Points in `avoid` (just
 * asked, or of a muscle just asked) are left out while any other remains, so the same pattern
 * does not come straight back. Draws exactly one number from `random`.
 */
export function pickTriggerPoint(
  progress: StudyProgress,
  tpIds: readonly string[],
  random: () => number,
  now: number,
  avoid: readonly string[] = [],
  options: PickOptions = {},
): string {
  if (tpIds.length === 0) throw new Error('no trigger points to pick from')
  const skip = new Set(avoid)
  const pool = tpIds.some((id) => !skip.has(id)) ? tpIds.filter((id) => !skip.has(id)) : tpIds
  const weights = pool.map((id) => pickWeight(progress[id], now, options))
  const sum = weights.reduce((a, b) => a + b, 0)
  let r = random() * sum
  for (let i = 0; i < pool.length; i++) {
    r -= weights[i]!
    if (r < 0) return pool[i]!
  }
  return pool[pool.length - 1]!
}

export type ParsedProgress = { ok: true; progress: StudyProgress; dropped: string[] } | { ok: false; reason: string }

/** Two records of one point (saved under an alias and under its id): counts add, the later answer decides the streak. */
function merge(a: TpProgress, b: TpProgress): TpProgress {
  const later = b.lastSeen >= a.lastSeen ? b : a
  return { seen: a.seen + b.seen, correct: a.correct + b.correct, lastSeen: later.lastSeen, streak: later.streak }
}

/**
 * Validates stored progress. Malformed data is `ok: false` (the caller resets it); ids of
 * trigger points no longer in the dataset are dropped (listed in `dropped`), and an id that
 * `canonical` maps to a known id (an alias, DESIGN section 4) is kept under that id.
 */
export function parseProgress(
  data: unknown,
  knownTpIds: Iterable<string>,
  canonical: (id: string) => string | undefined = () => undefined,
): ParsedProgress {
  const parsed = StoredProgressSchema.safeParse(data)
  if (!parsed.success) return { ok: false, reason: parsed.error.issues[0]?.message ?? 'invalid progress' }
  const known = new Set(knownTpIds)
  const progress: Record<string, TpProgress> = {}
  const dropped: string[] = []
  for (const [id, record] of Object.entries(parsed.data.progress)) {
    const key = known.has(id) ? id : canonical(id)
    if (key === undefined || !known.has(key)) {
      dropped.push(id)
      continue
    }
    const prior = progress[key]
    progress[key] = prior ? merge(prior, record) : record
  }
  return { ok: true, progress, dropped }
}

export const serializeProgress = (progress: StudyProgress): string => JSON.stringify({ version: 1, progress })
