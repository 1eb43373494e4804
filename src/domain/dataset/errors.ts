// Errors of a dataset, as people read them: `muscles.json: muscles[12].triggerPoints[0].essentialZones[2]:
// unknown region "templ"`. One shape for the validator, the loaders, the CLI and the app's error page.
import type { $ZodIssue } from 'zod/v4/core'
import { clip, escapeUnsafe } from '../text'

export interface DatasetError {
  /** file name inside the dataset folder: `muscles.json` */
  file: string
  /** JSON path inside that file, `(root)` for the whole file */
  path: string
  message: string
}

export const ROOT_PATH = '(root)'
const MAX_SHOWN = 60
const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/

/** Shortens a value quoted in a message: a 1 MB string must not become a 1 MB error line. */
const shown = (value: string): string => clip(value, MAX_SHOWN, { count: true })

/** A value of a file quoted in a message, shortened: `unknown region "templ"`. */
export const quoted = (value: string): string => `"${shown(value)}"`

/** `['muscles', 12, 'triggerPoints', 0]` -> `muscles[12].triggerPoints[0]` */
export function formatPath(segments: readonly PropertyKey[]): string {
  let out = ''
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`
    else if (typeof s === 'string' && s.length <= MAX_SHOWN && IDENT.test(s)) out += out === '' ? s : `.${s}`
    else out += `[${JSON.stringify(shown(String(s)))}]`
  }
  return out === '' ? ROOT_PATH : out
}

/**
 * One line per error: `file: path: message` (what `npm run validate` prints and the app shows).
 * Messages quote the files' content: control characters in it are shown escaped (`\u001b`),
 * so a line is one line and a terminal never obeys them.
 */
export function formatErrors(errors: readonly DatasetError[]): string {
  return errors.map((e) => escapeUnsafe(`${e.file}: ${e.path}: ${e.message}`)).join('\n')
}

// Union failures: zod reports every branch. A reader wants the branch that nearly matched, so
// branches whose complaints are missing or unknown fields (the wrong shape altogether) weigh more.
function branchCost(issues: readonly $ZodIssue[]): number {
  let cost = 0
  for (const i of issues) {
    const shape = i.code === 'unrecognized_keys' || (i.code === 'invalid_type' && i.message.endsWith('received undefined'))
    cost += shape ? 3 : 1
  }
  return cost
}

function humanMessage(issue: $ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.message.endsWith('received undefined')) {
    return `missing required field (expected ${issue.expected})`
  }
  if (issue.code === 'invalid_type') return issue.message.replace(/^Invalid input: /, '')
  return issue.message
}

/** Flattens zod issues into dataset errors with file-relative paths. */
export function issuesToErrors(file: string, issues: readonly $ZodIssue[], prefix: readonly PropertyKey[] = []): DatasetError[] {
  const out: DatasetError[] = []
  for (const issue of issues) {
    const path = [...prefix, ...issue.path]
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      let best = issue.errors[0]!
      for (const branch of issue.errors) if (branchCost(branch) < branchCost(best)) best = branch
      if (best.length > 0) {
        out.push(...issuesToErrors(file, best, path))
        continue
      }
    }
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) out.push({ file, path: formatPath([...path, key]), message: `unknown field ${quoted(key)}` })
      continue
    }
    out.push({ file, path: formatPath(path), message: humanMessage(issue) })
  }
  return out
}
