// The dataset validator (issue 5): the schema of each file, then every cross-reference. The app,
// `npm run validate` and the tests call this one function, so they print the same messages.
// It never throws: whatever arrives (null, numbers, cycles, megabyte strings) becomes errors
// with paths, because a broken dataset must give a readable error page, not a white screen.
import { DATASET_FILES } from './schema'
import type { Dataset } from './schema'
import { DATASET_FILE_KEYS, type DatasetFileKey, formatPath, issuesToErrors, ROOT_PATH } from '../dataset'
import type { DatasetError } from '../dataset'
import { checkCrossReferences } from './refs'
import type { ParsedFiles } from './refs'

export { formatErrors, formatPath } from '../dataset'
export type { DatasetError } from '../dataset'

export type ValidationResult = { ok: true; dataset: Dataset } | { ok: false; errors: DatasetError[] }

export interface ValidateOptions {
  /** landmark ids of the body model (`acromion.L`, `c7`); when given, placements must name them */
  landmarkIds?: ReadonlySet<string>
  /** stop listing after this many errors (a wholly wrong file would otherwise list thousands) */
  maxErrors?: number
}
export const VALIDATE_DEFAULTS = { maxErrors: 500 } as const

const describe = (e: unknown) => (e instanceof Error ? e.message : String(e))

/** The first `max` errors, then one line saying how many more there are. */
export function capErrors(errors: readonly DatasetError[], max: number): DatasetError[] {
  if (errors.length <= max) return [...errors]
  const rest = errors.length - max
  return [
    ...errors.slice(0, max),
    { file: '(dataset)', path: ROOT_PATH, message: `${rest} more error${rest === 1 ? '' : 's'} not shown` },
  ]
}

export function validateDataset(
  files: Partial<Record<DatasetFileKey, unknown>>,
  options: ValidateOptions = {},
): ValidationResult {
  const maxErrors = Math.max(1, options.maxErrors ?? VALIDATE_DEFAULTS.maxErrors)
  const errors: DatasetError[] = []
  const parsed: ParsedFiles = {}
  let given: Partial<Record<DatasetFileKey, unknown>> = {}
  try {
    given = files !== null && typeof files === 'object' ? files : {}
  } catch {
    // a hostile proxy as the argument: treat as no files
  }
  for (const key of DATASET_FILE_KEYS) {
    const { file, schema } = DATASET_FILES[key]
    try {
      const raw = Object.prototype.hasOwnProperty.call(given, key) ? given[key] : undefined
      if (raw === undefined) {
        errors.push({ file, path: ROOT_PATH, message: 'file is missing' })
        continue
      }
      const result = schema.safeParse(raw)
      if (result.success) (parsed as Record<string, unknown>)[key] = result.data
      else errors.push(...issuesToErrors(file, result.error.issues))
    } catch (e) {
      errors.push({ file, path: ROOT_PATH, message: `could not be read: ${describe(e)}` })
    }
  }
  try {
    checkCrossReferences(
      parsed,
      (key, path, message) => {
        errors.push({ file: DATASET_FILES[key].file, path: formatPath(path), message })
      },
      options.landmarkIds,
    )
  } catch (e) {
    errors.push({ file: '(dataset)', path: ROOT_PATH, message: `cross-reference check failed: ${describe(e)}` })
  }
  if (errors.length > 0) {
    // file order (regions, muscles, ...), schema errors before cross-references within a file
    const order = new Map<string, number>(DATASET_FILE_KEYS.map((k, i) => [DATASET_FILES[k].file, i]))
    const sorted = errors
      .map((e, i) => ({ e, i }))
      .sort((a, b) => (order.get(a.e.file) ?? 99) - (order.get(b.e.file) ?? 99) || a.i - b.i)
    return {
      ok: false,
      errors: capErrors(
        sorted.map((x) => x.e),
        maxErrors,
      ),
    }
  }
  const { regions, muscles, conditions, sources, therapy } = parsed
  if (!regions || !muscles || !conditions || !sources || !therapy) {
    return { ok: false, errors: [{ file: '(dataset)', path: ROOT_PATH, message: 'a file did not parse' }] }
  }
  return {
    ok: true,
    dataset: {
      regionGroups: regions.regionGroups,
      regions: regions.regions,
      muscleGroups: muscles.muscleGroups,
      muscles: muscles.muscles,
      conditions: conditions.conditions,
      sources: sources.sources,
      therapy: therapy.therapy,
    },
  }
}
