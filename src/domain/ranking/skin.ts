// Ranking from skin points (the finder's painted points, `find --at/--between`) against the very
// pattern shapes the app paints (issue 10): a painted point counts where the drawn pattern covers
// it, essential or spillover, as `patternZoneAt` of src/domain/pattern answers (a trigger point
// without its own pattern falls back there to its named regions, so every trigger point ranks
// through the same code). The regions containing each point still name the places in the
// explanation and measure how much of a pattern the person did not mark.
import {
  type CompiledRegions,
  INSIDE,
  type Side,
  type SkinMesh,
  type SkinPoint,
  regionsAt,
  sideOfPoint,
  zoneKey,
} from '../geometry'
import { type PainSpot, type SampleOptions, type VertexDrawing, samplePainted } from '../pain'
import { type CompiledPattern, patternZoneAt, shapesSpanM2 } from '../pattern'
import type { TriggerPoint } from '../validation'
import type { PreparedPoint, PreparedRanking } from './prepare'
import { type RankOptions, type RankedPoint, rankTriggerPoints } from './rank'
import type { SpotCover } from './score'

/**
 * A drawing of skin points: each point with the regions containing it (none is fine). Spots
 * past the points (whole marked areas, e.g. `find --region` mixed with `--at`) have no point:
 * a pattern covers them when its named zones do.
 */
export interface SkinDrawing {
  points: readonly SkinPoint[]
  spots: PainSpot[]
}

/** The compiled pattern of a trigger point on one side (`patternCache` of src/domain/pattern). */
export type PatternOf = (tp: TriggerPoint, side: Side) => CompiledPattern

const clamp01 = (x: number): number => (x > 1 ? 1 : x < 0 ? 0 : x)

/**
 * One spot per skin point, with every region it lies in (weighted relative to its firmest one).
 * `strengths[i]` (0..1, default 1) scales point i. A point in no region stays: a drawn pattern
 * may still cover it.
 */
export function skinDrawing(points: readonly SkinPoint[], regions: CompiledRegions, strengths?: readonly number[]): SkinDrawing {
  const spots = points.map((p, i): PainSpot => {
    const hits = regionsAt(regions, p)
    const best = Math.max(0, ...hits.map((h) => h.weight))
    return {
      areas: hits.map((h) => ({ region: h.region, side: h.side, weight: best > 0 ? h.weight / best : 1 })),
      weight: clamp01(strengths?.[i] ?? 1),
    }
  })
  return { points, spots }
}

const spans = new WeakMap<CompiledPattern, number>()

/** Rank every trigger point on both sides by how much of the drawing its drawn pattern covers. */
export function rankSkinPoints(
  drawing: SkinDrawing,
  prepared: PreparedRanking,
  patternOf: PatternOf,
  options: RankOptions = {},
): RankedPoint[] {
  const sides = drawing.points.map((p) => sideOfPoint(p.point[0]))
  const cover = (p: PreparedPoint, spot: number): SpotCover => {
    const point = drawing.points[spot]
    if (!point) return zoneOfArea(p, drawing.spots[spot]!, prepared)
    const hit = patternZoneAt(patternOf(p.tp, p.side), point)
    const edge = options.edgeCredit ?? true
    const essential = edge ? Math.min(1, hit.essential / INSIDE) : hit.zone === 'essential' ? 1 : 0
    const spillover = edge ? Math.min(1, hit.spillover / INSIDE) : hit.zone === 'spillover' ? 1 : 0
    if (!hit.zone && essential === 0 && spillover === 0) return null
    const s = sides[spot]
    return { zone: hit.zone, contralateral: s !== null && s !== p.side, essential, spillover }
  }
  // of equal scores, the pattern whose main (essential) area spans less skin is the more specific
  const spanOf = (p: PreparedPoint): number => {
    const pattern = patternOf(p.tp, p.side)
    let span = spans.get(pattern)
    if (span === undefined) spans.set(pattern, (span = shapesSpanM2(pattern.essential)))
    return span
  }
  return rankTriggerPoints({ spots: drawing.spots }, prepared, { ...options, cover, spanOf })
}

/** What ranking skin points needs besides the drawing: the prepared ranking, the compiled regions and patterns. */
export interface SkinRanking {
  prepared: PreparedRanking
  regions: CompiledRegions
  patternOf: PatternOf
}

/**
 * THE skin-point ranking of the finder and of `find --at/--between` (one code path): skin
 * points, each with a weight (0..1: how much of the drawing it stands for; default 1), ranked
 * against the drawn patterns. `areas`: whole marked areas ranked with them (`find --region`
 * mixed with points), each one more spot after the points.
 */
export function rankSkinDrawing(
  points: readonly SkinPoint[],
  weights: readonly number[] | undefined,
  ctx: SkinRanking,
  options: RankOptions = {},
  areas: readonly PainSpot[] = [],
): RankedPoint[] {
  const drawing = skinDrawing(points, ctx.regions, weights)
  return rankSkinPoints({ points: drawing.points, spots: [...drawing.spots, ...areas] }, ctx.prepared, ctx.patternOf, options)
}

/**
 * The finder's painted drawing (a paint weight per body vertex), ranked through skin points: a
 * bounded, area-weighted sample of what was painted (samplePainted), then rankSkinDrawing. The
 * explanation speaks of shares of the drawing ("covers 80% of what you marked").
 */
export function rankPaintedDrawing(
  d: VertexDrawing,
  mesh: SkinMesh,
  ctx: SkinRanking,
  options: RankOptions = {},
  sample: SampleOptions = {},
): RankedPoint[] {
  const { points, weights } = samplePainted(d, mesh, sample)
  if (points.length === 0) return []
  return rankSkinDrawing(points, weights, ctx, { explainAs: 'share', ...options })
}

/** A marked area without a skin point: covered by the trigger point's named zones, the strongest one. */
function zoneOfArea(p: PreparedPoint, spot: PainSpot, prepared: PreparedRanking): SpotCover {
  let best: SpotCover = null
  for (const a of spot.areas) {
    const key = prepared.keyIndex.get(zoneKey(a.region, a.side))
    const z = p.zones.find((x) => x.key === key)
    if (!z) continue
    const better =
      !best || (z.essential && best.zone !== 'essential') || (z.essential === (best.zone === 'essential') && !z.contralateral)
    if (better) best = { zone: z.essential ? 'essential' : 'spillover', contralateral: z.contralateral }
  }
  return best
}
