// `query find`: the pain finder on the command line (DESIGN section 7), a thin wrapper over
// src/domain/ranking.ts, the same code the finder mode calls.
//   find --side R --region temple --region mastoid [--limit N] [--json]
//   find --at temple.R --between mastoid.R,neck-lateral.R,0.5 [--json]
//   find --condition sciatica [--side L]
// Skin points are placed on the body model and ranked against the drawn patterns, the shapes
// the app paints (a point counts where a pattern covers it; DESIGN section 5); the regions
// containing each point name it in the explanation. --region marks rank on region ids.
// Regions and points may be mixed; --condition with a drawing ranks only the muscles that
// mimic the condition.
import type { Side } from '../../src/domain/geometry'
import type { DatasetIndex } from '../../src/domain/dataset'
import { type PainArea, areasOf, painAreasFromRegions, spotsOf } from '../../src/domain/pain'
import { patternCache } from '../../src/domain/pattern'
import { parsePlacementArg, placementSide, placeOnSkin } from '../../src/domain/geometry'
import { DEFAULT_SIDE, findCondition, rankForCondition } from '../../src/domain/ranking'
import { type RankedPoint, RANK_DEFAULTS, rankTriggerPoints } from '../../src/domain/ranking'
import { type PatternOf, type SkinDrawing, rankSkinDrawing, skinDrawing } from '../../src/domain/ranking'
import type { CompiledRegions } from '../../src/domain/geometry'
import type { Placement } from '../../src/domain/validation'
import { type FlagSpec, type ParsedArgs, parseArgs, parseSide, single, UsageError } from './args'
import type { QueryCommand } from './command'
import { printable, quoteInput } from '../../src/domain/text'
import { loadData, loadQueryBody, type QueryBody, type QueryData } from './load'

export const FIND_USAGE = `usage: npm run --silent query -- find [options]
  --region <id>            mark a region (repeatable); needs --side unless the region is midline
  --side L|R|both          side of the --region marks (and of landmarks written without .L/.R)
  --at <landmark>          mark the skin at a landmark, e.g. temple.R (repeatable)
  --between <a>,<b>[,t]    mark the skin at a + t(b - a), e.g. mastoid.R,neck-lateral.R,0.5
  --condition <id|words>   trigger points whose pain mimics a condition (alone: most typical first)
  --limit <n>              at most n results (default ${RANK_DEFAULTS.limit})
  --json                   print JSON: {"results":[{"muscle","triggerPoint","side","score","explain",...}]}`

export interface FindArgs {
  side: Side | 'both' | null
  regions: string[]
  points: Placement[]
  condition: string | null
  limit: number
}

const FLAGS: FlagSpec = { values: ['side', 'region', 'at', 'between', 'condition', 'limit'] }

/** From the shared parser's output (or a plain argv, for tests) to what find needs. */
export function parseFindArgs(input: ParsedArgs | readonly string[]): FindArgs {
  const args = Array.isArray(input) ? parseArgs(input as readonly string[], FLAGS) : (input as ParsedArgs)
  const sideText = single(args, 'side')
  const limitText = single(args, 'limit')
  const limit = limitText === undefined ? RANK_DEFAULTS.limit : Number(limitText)
  if (!Number.isInteger(limit) || limit < 1)
    throw new UsageError(`--limit must be a positive whole number, got ${quoteInput(limitText ?? '')}`)
  const a: FindArgs = {
    side: sideText?.toLowerCase() === 'both' ? 'both' : (parseSide(sideText) ?? null),
    regions: (args.values.get('region') ?? []).flatMap((v) => v.split(',')).filter(Boolean),
    points: args.placements.map((p) => {
      try {
        return parsePlacementArg(p.kind, p.value)
      } catch (e) {
        throw new UsageError(e instanceof Error ? e.message : String(e))
      }
    }),
    condition: single(args, 'condition') ?? null,
    limit,
  }
  if (a.regions.length === 0 && a.points.length === 0 && a.condition === null) {
    throw new UsageError('find needs something to rank: --region, --at, --between or --condition')
  }
  return a
}

export interface FindOutput {
  /** the marked areas the ranking read (`temple.R` style keys with weights) */
  areas: PainArea[]
  condition?: string
  results: RankedPoint[]
}

// Loaded once per process: a test may rank many drawings, and each load costs about a second.
let dataOnce: Promise<QueryData> | null = null
const bodyOnce = new WeakMap<DatasetIndex, Promise<QueryBody>>()

function queryBody(index: DatasetIndex): Promise<QueryBody> {
  let p = bodyOnce.get(index)
  if (!p) bodyOnce.set(index, (p = loadQueryBody(index)))
  return p
}

const patternsOnce = new WeakMap<DatasetIndex, PatternOf>()

/**
 * The --at/--between marks as skin points (each with the regions containing it), and the
 * compiled pattern of any trigger point side: the very shapes the app paints.
 */
async function skinPointsOf(
  points: readonly Placement[],
  side: Side | 'both' | null,
  index: DatasetIndex,
): Promise<{ drawing: SkinDrawing; patternOf: PatternOf; regions: CompiledRegions }> {
  const { body, skin, regions } = await queryBody(index)
  const skinPoints = points.map((p) => {
    // A full id (`temple.R`) names its side; a midline landmark (`vertex`) needs none.
    const s: Side = placementSide(p) ?? (side === 'L' || side === 'R' ? side : DEFAULT_SIDE)
    return placeOnSkin({ landmarks: body.landmarks, skin }, p, s)
  })
  let patternOf = patternsOnce.get(index)
  if (!patternOf) {
    const cache = patternCache({ body: { landmarks: body.landmarks, skin }, regions, regionById: index.regionById })
    patternsOnce.set(index, (patternOf = cache))
  }
  return { drawing: skinDrawing(skinPoints, regions), patternOf, regions }
}

function resolveCondition(index: DatasetIndex, text: string): string {
  const found = index.conditionById.get(text) ?? findCondition(index.dataset.conditions, text)
  if (found) return found.id
  const stem = text.toLowerCase().slice(0, 4)
  const near = index.dataset.conditions
    .filter((c) => c.id.includes(stem) || c.plainName.toLowerCase().includes(stem))
    .map((c) => c.id)
  throw new Error(`unknown condition ${quoteInput(text)}${near.length ? `; did you mean ${near.slice(0, 5).join(', ')}?` : ''}`)
}

export async function findCommand(args: FindArgs, data?: QueryData): Promise<FindOutput> {
  const { index, ranking: prepared } = data ?? (await (dataOnce ??= loadData()))
  const condition = args.condition === null ? undefined : resolveCondition(index, args.condition)

  const unsided = args.regions.filter((id) => !index.regionById.get(id)?.midline)
  if (unsided.length > 0 && args.side === null)
    throw new UsageError(`--region ${printable(unsided[0]!)} needs --side L, R or both`)
  const fromRegions = painAreasFromRegions(args.regions, args.side ?? DEFAULT_SIDE, index.regionById)
  const skinPoints = args.points.length > 0 ? await skinPointsOf(args.points, args.side, index) : null
  // Regions alone are areas, ranked on their ids; with skin points, the points are ranked
  // against the drawn patterns and each region is one more spot (after the points).
  const drawing: SkinDrawing | null = skinPoints && {
    points: skinPoints.drawing.points,
    spots: [...skinPoints.drawing.spots, ...spotsOf(fromRegions)],
  }
  const areas = areasOf(drawing ?? fromRegions)

  if (args.regions.length + args.points.length === 0 && condition) {
    const side: Side = args.side === 'L' || args.side === 'R' ? args.side : DEFAULT_SIDE
    return { areas: [], condition, results: rankForCondition(condition, prepared, { side, limit: args.limit }) }
  }
  const muscles = condition ? index.musclesForCondition(condition).map((m) => m.id) : undefined
  const options = { limit: args.limit, ...(muscles && { muscles }) }
  // the app's finder ranks its painted drawing through the same function (rankPaintedDrawing)
  const results = skinPoints
    ? rankSkinDrawing(
        skinPoints.drawing.points,
        undefined,
        { prepared, regions: skinPoints.regions, patternOf: skinPoints.patternOf },
        options,
        spotsOf(fromRegions),
      )
    : rankTriggerPoints(fromRegions, prepared, options)
  return { areas, ...(condition && { condition }), results }
}

function toText(out: FindOutput): string {
  const lines: string[] = []
  if (out.areas.length > 0)
    lines.push(`marked: ${out.areas.map((a) => (a.side ? `${a.region}.${a.side}` : a.region)).join(', ')}`)
  if (out.results.length === 0) lines.push('no trigger point explains this drawing')
  out.results.forEach((r, i) => {
    const side = r.eitherSide ? 'either side' : r.side
    lines.push(`${String(i + 1).padStart(2)}. ${r.score.toFixed(2)}  ${r.triggerPoint} (${side}): ${r.explain}`)
  })
  return lines.join('\n')
}

export const command: QueryCommand = {
  summary: 'rank the trigger points that explain a pain drawing (regions or skin points), or mimic a condition',
  usage: FIND_USAGE,
  flags: FLAGS,
  async run(args) {
    const out = await findCommand(parseFindArgs(args))
    return { json: out, text: toText(out) }
  },
}
