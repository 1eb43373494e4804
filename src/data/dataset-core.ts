// The one path from file texts to a usable dataset, shared by the browser loader (fetch) and
// the node loader (fs): parse JSON, validate, index. A file that is not JSON becomes an error
// with its line and column, like any other dataset error. This module loads the validator
// (zod): the browser imports it only after the first frame (src/app/bootstrap.ts).
import type { Dataset } from '../domain/validation'
import { capErrors, validateDataset, VALIDATE_DEFAULTS } from '../domain/validation'
import type { ValidateOptions } from '../domain/validation'
import { DATASET_FILE_KEYS, DATASET_FILE_NAMES, type DatasetFileKey } from '../domain/dataset'
import type { DatasetError } from '../domain/dataset'
import { indexDataset } from '../domain/dataset'
import type { DatasetIndex } from '../domain/dataset'
import { ROOT_PATH } from '../domain/dataset'
import { type PreparedRanking, prepareRanking } from '../domain/ranking'

/** A valid dataset, its index and its prepared ranking (built once, here, next to the index). */
export type LoadedDataset =
  { ok: true; dataset: Dataset; index: DatasetIndex; ranking: PreparedRanking } | { ok: false; errors: DatasetError[] }

/** file key -> its text, or an error saying why it could not be read (HTTP 404, ENOENT) */
export type DatasetTexts = Partial<Record<DatasetFileKey, string | { error: string }>>

/** `Unexpected token } in JSON at position 120` -> line and column, which an editor can jump to. */
function describeJsonError(text: string, e: unknown): string {
  const message = e instanceof Error ? e.message : String(e)
  const pos = /at position (\d+)/.exec(message)
  if (!pos) return `not valid JSON: ${message}`
  const offset = Number(pos[1])
  const before = text.slice(0, offset)
  const line = before.split('\n').length
  const column = offset - before.lastIndexOf('\n')
  return `not valid JSON: ${message.replace(/ in JSON at position \d+.*$/, '')} (line ${line}, column ${column})`
}

/** Parses, validates and indexes. Never throws. */
export function datasetFromTexts(texts: DatasetTexts, options: ValidateOptions = {}): LoadedDataset {
  const values: Partial<Record<DatasetFileKey, unknown>> = {}
  const readErrors: DatasetError[] = []
  for (const key of DATASET_FILE_KEYS) {
    const text = texts[key]
    const file = DATASET_FILE_NAMES[key]
    if (text === undefined) continue
    if (typeof text !== 'string') {
      readErrors.push({ file, path: ROOT_PATH, message: `could not be read: ${text.error}` })
      continue
    }
    try {
      values[key] = JSON.parse(text)
    } catch (e) {
      readErrors.push({ file, path: ROOT_PATH, message: describeJsonError(text, e) })
    }
  }
  // uncapped here: the one cap below counts the read errors too
  const result = validateDataset(values, { ...options, maxErrors: Number.MAX_SAFE_INTEGER })
  if (readErrors.length === 0 && result.ok) {
    try {
      return { ok: true, dataset: result.dataset, index: indexDataset(result.dataset), ranking: prepareRanking(result.dataset) }
    } catch (e) {
      return { ok: false, errors: [{ file: '(dataset)', path: ROOT_PATH, message: `could not be indexed: ${String(e)}` }] }
    }
  }
  // A file that could not be read is already explained; drop the validator's "file is missing" for it.
  const unreadable = new Set(readErrors.map((e) => e.file))
  const errors = result.ok
    ? []
    : result.errors.filter((e) => !(unreadable.has(e.file) && e.path === ROOT_PATH && e.message === 'file is missing'))
  const max = options.maxErrors ?? VALIDATE_DEFAULTS.maxErrors
  const order = new Map<string, number>(DATASET_FILE_KEYS.map((k, i) => [DATASET_FILE_NAMES[k], i]))
  const rank = (e: DatasetError) => order.get(e.file) ?? DATASET_FILE_KEYS.length
  // stable sort: file order, and within a file the order the checks found them
  const all = [...readErrors, ...errors].map((e, i) => ({ e, i })).sort((a, b) => rank(a.e) - rank(b.e) || a.i - b.i)
  return {
    ok: false,
    errors: capErrors(
      all.map((x) => x.e),
      Math.max(1, max),
    ),
  }
}
