// The diary document (issue 13), what export writes, import reads and the device keeps:
//   { "format": "tpx-diary", "version": 1, "vertexCount": 53514, "entries": [DiaryEntry, ...] }
// `vertexCount` names the body model the drawings were made on (their vertex ids only mean
// something on it). Validated with zod like the dataset (domain/validation): every problem is
// reported with its JSON path (`entries[2].intensity: ...`), nothing is half-read.
import { z } from '../zod'
import { issuesToErrors } from '../dataset'
import { decodePain } from '../pain'
import {
  type DiaryEntry,
  ENTRY_ID_PATTERN,
  INTENSITY_MAX,
  INTENSITY_MIN,
  cleanNote,
  isIsoDay,
  NOTE_MAX,
  normalizeNote,
  QUALITIES,
  sortEntries,
} from './entry'

export const DIARY_FORMAT = 'tpx-diary'
export const DIARY_VERSION = 1
/** far more than years of daily entries; bounds what a file can make the app hold */
export const MAX_ENTRIES = 2000
/** a file larger than this is not a diary this app wrote (2000 busy drawings are ~6 MB) */
export const MAX_DIARY_BYTES = 20_000_000

export interface DiaryDocument {
  format: typeof DIARY_FORMAT
  version: typeof DIARY_VERSION
  vertexCount: number
  entries: DiaryEntry[]
}

/** One problem of a diary file: `entries[2].date` and what is wrong there. */
export interface DiaryError {
  path: string
  message: string
}

export type DiaryResult = { ok: true; diary: DiaryDocument } | { ok: false; errors: DiaryError[] }

const DrawingText = z
  .string()
  .max(600_000)
  .superRefine((text, ctx) => {
    const d = decodePain(text)
    if (!d.ok) ctx.addIssue({ code: 'custom', message: `the drawing cannot be read (${d.reason})` })
  })

export const DiaryEntrySchema = z.strictObject({
  id: z.string().regex(ENTRY_ID_PATTERN, 'must be 4 to 40 letters, digits, "-" or "_"'),
  date: z.string().refine(isIsoDay, 'must be a calendar day written YYYY-MM-DD'),
  intensity: z.number().int('must be a whole number').min(INTENSITY_MIN).max(INTENSITY_MAX),
  qualities: z
    .array(z.enum(QUALITIES))
    .max(QUALITIES.length)
    .refine((q) => new Set(q).size === q.length, 'a quality is listed twice'),
  note: z
    .string()
    .max(NOTE_MAX * 4)
    .refine((s) => Array.from(cleanNote(s)).length <= NOTE_MAX, {
      message: `must be at most ${NOTE_MAX} characters`,
    }),
  drawing: DrawingText,
})

export const DiaryDocumentSchema = z
  .strictObject({
    format: z.literal(DIARY_FORMAT, { error: `this is not a pain diary file (its "format" must be "${DIARY_FORMAT}")` }),
    version: z.number().refine((v) => v === DIARY_VERSION, {
      message: `this diary version cannot be read: this app reads version ${DIARY_VERSION}`,
    }),
    vertexCount: z
      .number()
      .int()
      .min(1)
      .max(1 << 21),
    entries: z.array(DiaryEntrySchema).max(MAX_ENTRIES),
  })
  .superRefine((doc, ctx) => {
    const seen = new Map<string, number>()
    doc.entries.forEach((e, i) => {
      const first = seen.get(e.id)
      if (first !== undefined)
        ctx.addIssue({ code: 'custom', path: ['entries', i, 'id'], message: `the same id as entries[${first}]` })
      else seen.set(e.id, i)
      const d = decodePain(e.drawing)
      if (d.ok && d.samples.some((s) => 'vertex' in s && s.vertex >= doc.vertexCount))
        ctx.addIssue({ code: 'custom', path: ['entries', i, 'drawing'], message: 'the drawing reaches beyond the body model' })
    })
  })

export interface ValidateDiaryOptions {
  /** the body model of this app: a diary made on another one is refused (its drawings would land on the wrong skin) */
  vertexCount?: number
  maxErrors?: number
}

/** Checks a parsed diary document; never throws. Notes come back normalized (normalizeNote), entries oldest first. */
export function validateDiary(value: unknown, options: ValidateDiaryOptions = {}): DiaryResult {
  const max = options.maxErrors ?? 50
  let result: ReturnType<typeof DiaryDocumentSchema.safeParse>
  try {
    result = DiaryDocumentSchema.safeParse(value)
  } catch (e) {
    return { ok: false, errors: [{ path: '(root)', message: e instanceof Error ? e.message : 'cannot be read' }] }
  }
  if (!result.success) {
    const errors = issuesToErrors('diary', result.error.issues).map(({ path, message }) => ({ path, message }))
    const rest = errors.length - max
    return {
      ok: false,
      errors: rest > 0 ? [...errors.slice(0, max), { path: '(root)', message: `${rest} more errors` }] : errors,
    }
  }
  const doc = result.data
  if (options.vertexCount !== undefined && doc.vertexCount !== options.vertexCount)
    return {
      ok: false,
      errors: [
        {
          path: 'vertexCount',
          message: `the drawings were made on another body model (${doc.vertexCount} points, this app has ${options.vertexCount})`,
        },
      ],
    }
  return {
    ok: true,
    diary: {
      format: DIARY_FORMAT,
      version: DIARY_VERSION,
      vertexCount: doc.vertexCount,
      entries: sortEntries(doc.entries.map((e) => ({ ...e, note: normalizeNote(e.note) }))),
    },
  }
}

/** A diary file's text: JSON first, then validateDiary. Never throws. */
export function parseDiaryText(text: string, options: ValidateDiaryOptions = {}): DiaryResult {
  if (text.length > MAX_DIARY_BYTES)
    return { ok: false, errors: [{ path: '(root)', message: 'the file is too large to be a pain diary' }] }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (e) {
    const why = e instanceof Error ? e.message : 'invalid JSON'
    return { ok: false, errors: [{ path: '(root)', message: `not a JSON file (${why.slice(0, 120)})` }] }
  }
  return validateDiary(value, options)
}

export function emptyDiary(vertexCount: number): DiaryDocument {
  return { format: DIARY_FORMAT, version: DIARY_VERSION, vertexCount, entries: [] }
}

/** The file's text: two-space JSON, entries oldest first (what export writes and the device keeps). */
export function serializeDiary(diary: DiaryDocument): string {
  return `${JSON.stringify({ ...diary, entries: sortEntries(diary.entries) }, null, 2)}\n`
}
