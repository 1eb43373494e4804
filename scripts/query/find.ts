// `query find`: the pain finder on the command line (DESIGN section 7), a thin wrapper over
// src/domain/ranking.ts, the same code the finder mode calls.
//   find --side R --region temple --region mastoid [--limit N] [--json]
//   find --at temple.R --between mastoid.R,neck-lateral.R,0.5 [--json]
//   find --condition sciatica [--side L]
// Skin points are placed on the body model and count for every region containing them
// (DESIGN section 5). Regions and points may be mixed; --condition with a drawing ranks only
// the muscles that mimic the condition.
import type { Side } from '../../src/domain/body-types'
import type { DatasetIndex } from '../../src/domain/dataset-index'
import { type PainArea, mergePain, painAreasFromHits, painAreasFromRegions } from '../../src/domain/pain'
import { parsePlacementArg, placementSide, placeOnSkin } from '../../src/domain/placement'
import { findCondition, rankForCondition } from '../../src/domain/ranking-condition'
import { type PreparedRanking, type RankedPoint, RANK_DEFAULTS, prepareRanking, rankTriggerPoints } from '../../src/domain/ranking'
import { type CompiledRegions, compileRegions, regionsAt } from '../../src/domain/regions'
import { type SkinIndex, createSkinIndex } from '../../src/domain/skin-index'
import type { Placement } from '../../src/domain/schema'
import { loadDatasetDir } from '../../src/data/load-dataset-node'
import { loadBodyFile } from '../../src/data/load-body-node'
import type { LoadedBody } from '../../src/data/load-body'

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
  json: boolean
  help: boolean
}

export function parseFindArgs(argv: readonly string[]): FindArgs {
  const a: FindArgs = { side: null, regions: [], points: [], condition: null, limit: RANK_DEFAULTS.limit, json: false, help: false }
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!
    const value = (): string => {
      const v = argv[++i]
      if (v === undefined || v.startsWith('--')) throw new Error(`${flag} needs a value`)
      return v
    }
    if (flag === '--json') a.json = true
    else if (flag === '--help' || flag === '-h') a.help = true
    else if (flag === '--region') a.regions.push(...value().split(',').filter(Boolean))
    else if (flag === '--at') a.points.push(parsePlacementArg('at', value()))
    else if (flag === '--between') a.points.push(parsePlacementArg('between', value()))
    else if (flag === '--condition') a.condition = value()
    else if (flag === '--side') {
      const v = value()
      if (v !== 'L' && v !== 'R' && v !== 'both') throw new Error(`--side must be L, R or both, got "${v}"`)
      a.side = v
    } else if (flag === '--limit') {
      const v = value()
      const n = Number(v)
      if (!Number.isInteger(n) || n < 1) throw new Error(`--limit must be a positive whole number, got "${v}"`)
      a.limit = n
    } else throw new Error(`unknown option "${flag}" for find`)
  }
  if (!a.help && a.regions.length === 0 && a.points.length === 0 && a.condition === null) {
    throw new Error('find needs something to rank: --region, --at, --between or --condition')
  }
  return a
}

export interface FindOutput {
  /** the marked areas the ranking read (`temple.R` style keys with weights) */
  areas: PainArea[]
  condition?: string
  results: RankedPoint[]
}

// The body, its skin index and the compiled regions, built once per process (a test may
// rank many drawings; each build costs about a second).
let bodyContext: Promise<{ body: LoadedBody; skin: SkinIndex; compiled: CompiledRegions }> | null = null
let bodyContextFor: DatasetIndex | null = null
function loadBodyContext(index: DatasetIndex) {
  if (!bodyContext || bodyContextFor !== index) {
    bodyContextFor = index
    bodyContext = loadBodyFile().then((body) => ({
      body,
      skin: createSkinIndex(body.mesh),
      compiled: compileRegions(index.dataset.regions, body.landmarks),
    }))
  }
  return bodyContext
}

/** Skin points of the --at/--between marks, then the regions containing each. */
async function areasOfPoints(points: readonly Placement[], side: Side | 'both' | null, index: DatasetIndex): Promise<PainArea[]> {
  const { body, skin, compiled } = await loadBodyContext(index)
  const hits = points.map((p) => {
    // A full id (`temple.R`) names its side; a midline landmark (`vertex`) needs none.
    const s: Side = placementSide(p) ?? (side === 'L' || side === 'R' ? side : 'R')
    return regionsAt(compiled, placeOnSkin({ landmarks: body.landmarks, skin }, p, s))
  })
  return painAreasFromHits(hits)
}

function resolveCondition(index: DatasetIndex, text: string): string {
  const found = index.conditionById.get(text) ?? findCondition(index.dataset.conditions, text)
  if (found) return found.id
  const stem = text.toLowerCase().slice(0, 4)
  const near = index.dataset.conditions.filter((c) => c.id.includes(stem) || c.plainName.toLowerCase().includes(stem)).map((c) => c.id)
  throw new Error(`unknown condition "${text}"${near.length ? `; did you mean ${near.slice(0, 5).join(', ')}?` : ''}`)
}

const datasets = new Map<string, Promise<{ index: DatasetIndex; prepared: PreparedRanking }>>()
function loadRankingData(dataDir: string) {
  let p = datasets.get(dataDir)
  if (!p) {
    p = loadDatasetDir(dataDir).then((loaded) => {
      if (!loaded.ok) throw new Error(`the dataset in ${dataDir}/ does not validate (run npm run validate)`)
      return { index: loaded.index, prepared: prepareRanking(loaded.index) }
    })
    datasets.set(dataDir, p)
  }
  return p
}

export async function findCommand(args: FindArgs, dataDir = 'data'): Promise<FindOutput> {
  const { index, prepared } = await loadRankingData(dataDir)
  const condition = args.condition === null ? undefined : resolveCondition(index, args.condition)

  const unsided = args.regions.filter((id) => !index.regionById.get(id)?.midline)
  if (unsided.length > 0 && args.side === null) throw new Error(`--region ${unsided[0]} needs --side L, R or both`)
  const fromRegions = painAreasFromRegions(args.regions, args.side ?? 'R', index.regionById)
  const fromPoints = args.points.length > 0 ? await areasOfPoints(args.points, args.side, index) : []
  const areas = mergePain(fromRegions, fromPoints)

  if (args.regions.length + args.points.length === 0 && condition) {
    const side: Side = args.side === 'L' ? 'L' : 'R'
    return { areas: [], condition, results: rankForCondition(condition, prepared, { side, limit: args.limit }) }
  }
  if (args.points.length > 0 && areas.length === 0) {
    throw new Error('none of the marked skin points lies in a body region; try another landmark or t')
  }
  const muscles = condition ? index.musclesForCondition(condition).map((m) => m.id) : undefined
  const results = rankTriggerPoints(areas, prepared, { limit: args.limit, ...(muscles && { muscles }) })
  return { areas, ...(condition && { condition }), results }
}

function printText(out: FindOutput): void {
  if (out.areas.length > 0) console.log(`marked: ${out.areas.map((a) => (a.side ? `${a.region}.${a.side}` : a.region)).join(', ')}`)
  if (out.results.length === 0) console.log('no trigger point explains this drawing')
  out.results.forEach((r, i) => {
    const side = r.eitherSide ? 'either side' : r.side
    console.log(`${String(i + 1).padStart(2)}. ${r.score.toFixed(2)}  ${r.triggerPoint} (${side}): ${r.explain}`)
  })
}

/** Entry point used by scripts/query.ts; returns the exit code. */
export async function run(argv: readonly string[]): Promise<number> {
  try {
    const args = parseFindArgs(argv)
    if (args.help) {
      console.log(FIND_USAGE)
      return 0
    }
    const out = await findCommand(args)
    if (args.json) console.log(JSON.stringify(out))
    else printText(out)
    return 0
  } catch (e) {
    console.error(`find: ${e instanceof Error ? e.message : String(e)}`)
    return 1
  }
}
