// Shared argument parsing of the query CLI (DESIGN section 7). Each command declares which
// flags it takes; anything else is a usage error with a clear message, never a guess.
// Placement flags (--at, --between) keep their order, since each marks one point.
import {
  parsePlacementArg,
  placeOnSkin,
  placementSide,
  refsOf,
  type Side,
  type SkinIndex,
  type SkinPoint,
} from '../../src/domain/geometry'
import type { LoadedBody } from '../../src/data/load-body'
import type { Placement } from '../../src/domain/validation'
import { printable, quoteInput } from '../../src/domain/text'

export class UsageError extends Error {}

export interface FlagSpec {
  /** flags that take a value, e.g. ['side', 'region']; repeatable ones collect every value */
  values?: readonly string[]
  /** flags without a value, e.g. ['json'] */
  booleans?: readonly string[]
}

export interface ParsedArgs {
  positionals: string[]
  /** every value of each value flag, in order */
  values: Map<string, string[]>
  booleans: Set<string>
  /** --at / --between in command-line order */
  placements: { kind: 'at' | 'between'; value: string }[]
}

const PLACEMENT_FLAGS = new Set(['at', 'between'])

export function parseArgs(argv: readonly string[], spec: FlagSpec): ParsedArgs {
  const valueFlags = new Set(spec.values ?? [])
  const booleanFlags = new Set(['json', 'help', ...(spec.booleans ?? [])])
  const out: ParsedArgs = { positionals: [], values: new Map(), booleans: new Set(), placements: [] }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (!arg.startsWith('--')) {
      out.positionals.push(arg)
      continue
    }
    const eq = arg.indexOf('=')
    const name = arg.slice(2, eq < 0 ? undefined : eq)
    if (booleanFlags.has(name)) {
      if (eq >= 0) throw new UsageError(`--${name} takes no value`)
      out.booleans.add(name)
      continue
    }
    if (!valueFlags.has(name)) throw new UsageError(`unknown option --${printable(name)}`)
    const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i]
    if (value === undefined || (eq < 0 && value.startsWith('--'))) throw new UsageError(`--${name} needs a value`)
    if (PLACEMENT_FLAGS.has(name)) out.placements.push({ kind: name as 'at' | 'between', value })
    else out.values.set(name, [...(out.values.get(name) ?? []), value])
  }
  return out
}

/** The single value of a flag, or undefined; a repeated single-valued flag is an error. */
export function single(args: ParsedArgs, name: string): string | undefined {
  const v = args.values.get(name)
  if (v && v.length > 1) throw new UsageError(`--${name} given ${v.length} times`)
  return v?.[0]
}

export function parseSide(value: string | undefined): Side | undefined {
  if (value === undefined) return undefined
  const v = value.toUpperCase()
  if (v === 'L' || v === 'R') return v
  throw new UsageError(`bad side ${quoteInput(value)}: use L (the body's left) or R`)
}

/** Rounds coordinates for printing: 0.1 mm is finer than any landmark. */
export const round = (v: readonly number[], digits = 4): number[] => v.map((c) => Number(c.toFixed(digits)) + 0)

/** The `--at` / `--between` placements of a command line, in order; a malformed one is a usage error. */
export function placementsOf(args: ParsedArgs): Placement[] {
  return args.placements.map(({ kind, value }) => {
    try {
      return parsePlacementArg(kind, value)
    } catch (e) {
      throw new UsageError((e as Error).message)
    }
  })
}

/** The one id a command is about (`what`: "a trigger point id") and its required --side. */
export function idAndSide(args: ParsedArgs, what: string): { id: string; side: Side } {
  const [id, extra] = args.positionals
  if (id === undefined) throw new UsageError(`give ${what}`)
  if (extra !== undefined) throw new UsageError(`unexpected argument ${quoteInput(extra)}`)
  const side = parseSide(single(args, 'side'))
  if (!side) throw new UsageError('give --side L or --side R')
  return { id, side }
}

/**
 * The error for an id that is not in the dataset (`what`: "trigger point"), with up to five
 * known ids that start like it: its first word, or that word's first `stemLength` characters.
 */
export function unknownId(what: string, id: string, known: Iterable<string>, stemLength = Infinity): Error {
  const stem = (id.split('_')[0] ?? id).slice(0, stemLength)
  const near = [...known].filter((k) => k.startsWith(stem)).slice(0, 5)
  return new Error(`unknown ${what} ${quoteInput(id)}${near.length > 0 ? `; did you mean ${near.join(', ')}?` : ''}`)
}

/**
 * The command line's points on the skin, in order: each placement placed on its own side, or
 * on `side` where it names none. An unknown landmark is a usage error, found before any point is placed.
 */
export function skinPointsOf(
  placements: readonly Placement[],
  body: Pick<LoadedBody, 'landmarks'>,
  skin: SkinIndex,
  side: Side,
): SkinPoint[] {
  for (const p of placements) {
    const bad = refsOf(p).find((ref) => !body.landmarks.has(ref) && !body.landmarks.has(`${ref}.L`))
    if (bad) throw new UsageError(`unknown landmark ${quoteInput(bad)}`)
  }
  return placements.map((placement) =>
    placeOnSkin({ landmarks: body.landmarks, skin }, placement, placementSide(placement) ?? side),
  )
}
