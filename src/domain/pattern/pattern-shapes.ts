// A trigger point's referral pattern as geometry (issue 10): two sets of skin shapes, essential
// and spillover, resolved for one side. THE one answer to "is this skin point in the painted
// pattern", used to paint (patternPaint, per vertex), to rank from skin points (patternZoneAt)
// and by `query pattern` (both, plus patternAreas).
//
// A trigger point with its own `pattern` uses its shapes, written in the side frame and
// compiled for its side (a `bothSides` shape also for the other side). One without falls back
// to the union of its named regions' shapes on the sides zonesOf gives (sided regions clipped to
// their side, as regionWeight does), so both kinds paint and rank through the same code.
// Essential wins where the kinds overlap: the chart draws solid red there.
import {
  forEachShapeVertex,
  heightOrder,
  compileShape,
  inBox,
  INSIDE,
  SHAPE_CAPSULE,
  SHAPE_ELLIPSOID,
  STROKE_STRIDE,
  shapesWeight,
  unionBox,
  type CompiledRegions,
  type CompiledShape,
  type ShapeBody,
  type Side,
  type SkinMesh,
  type SkinPoint,
} from '../geometry'
import type { Region, TriggerPoint } from '../validation'
import { otherSide, zonesOf } from './zones'

export type PatternZone = 'essential' | 'spillover'

export interface CompiledPattern {
  triggerPoint: string
  side: Side
  /** 'pattern': the trigger point's own shapes; 'regions': the union of its named regions */
  source: 'pattern' | 'regions'
  essential: CompiledShape[]
  spillover: CompiledShape[]
  /** bounding boxes of each set ([minx, miny, minz, maxx, maxy, maxz]) */
  essentialBox: Float64Array
  spilloverBox: Float64Array
}

type PatternTp = Pick<TriggerPoint, 'id' | 'essentialZones' | 'spilloverZones' | 'bilateralZones' | 'pattern'>
type RegionLookup = ReadonlyMap<string, Pick<Region, 'midline'>>

/**
 * Resolves a trigger point's pattern for one side. `body.skin` is needed for strokes; `regions`
 * (compiled) and `regionById` serve the fallback of a trigger point without its own pattern.
 */
export function compilePattern(
  tp: PatternTp,
  side: Side,
  body: ShapeBody,
  regions: CompiledRegions,
  regionById: RegionLookup,
): CompiledPattern {
  let essential: CompiledShape[]
  let spillover: CompiledShape[]
  if (tp.pattern) {
    const own = (kind: PatternZone) =>
      tp.pattern![kind].flatMap((shape, i) => {
        try {
          const here = compileShape(shape, body, side)
          return shape.bothSides ? [here, compileShape(shape, body, otherSide(side))] : [here]
        } catch (e) {
          throw new Error(`trigger point "${tp.id}" pattern ${kind} ${i} (${side}): ${(e as Error).message}`)
        }
      })
    essential = own('essential')
    spillover = own('spillover')
  } else {
    const zones = zonesOf(tp, side, regionById)
    const shapesOf = (refs: typeof zones.essential) =>
      refs.flatMap((z) => {
        const region = regions.byId.get(z.region)
        if (!region) throw new Error(`trigger point "${tp.id}" names region "${z.region}", which has no geometry`)
        return z.side ? region.shapes[z.side] : [...region.shapes.L, ...region.shapes.R]
      })
    essential = shapesOf(zones.essential)
    spillover = shapesOf(zones.spillover)
  }
  return {
    triggerPoint: tp.id,
    side,
    source: tp.pattern ? 'pattern' : 'regions',
    essential,
    spillover,
    essentialBox: unionBox(essential),
    spilloverBox: unionBox(spillover),
  }
}

export interface PatternSource {
  body: ShapeBody
  regions: CompiledRegions
  regionById: RegionLookup
}

/**
 * Compiled patterns of every trigger point on demand, each compiled once per side: what the
 * painter and the ranking ask for (`patterns(tp, 'R')`). Compiling one costs a few projections.
 */
export function patternCache(source: PatternSource): (tp: PatternTp, side: Side) => CompiledPattern {
  const cache = new Map<string, CompiledPattern>()
  return (tp, side) => {
    const key = `${tp.id}.${side}`
    let p = cache.get(key)
    if (!p) cache.set(key, (p = compilePattern(tp, side, source.body, source.regions, source.regionById)))
    return p
  }
}

export interface PatternHit {
  /** essential where its weight reaches INSIDE, else spillover where that does, else null */
  zone: PatternZone | null
  essential: number
  spillover: number
}

/** Weights of one skin point in the pattern (0..1 each) and the zone that covers it. */
export function patternWeightsAt(
  pattern: CompiledPattern,
  x: number,
  y: number,
  z: number,
  nx: number,
  ny: number,
  nz: number,
): PatternHit {
  const essential = inBox(pattern.essentialBox, x, y, z) ? shapesWeight(pattern.essential, x, y, z, nx, ny, nz) : 0
  const spillover = inBox(pattern.spilloverBox, x, y, z) ? shapesWeight(pattern.spillover, x, y, z, nx, ny, nz) : 0
  const zone = essential >= INSIDE ? 'essential' : spillover >= INSIDE ? 'spillover' : null
  return { zone, essential, spillover }
}

/** Does the painted pattern cover this skin point, and with which zone? (the ranking's question) */
export const patternZoneAt = (pattern: CompiledPattern, p: SkinPoint): PatternHit =>
  patternWeightsAt(pattern, p.point[0], p.point[1], p.point[2], p.normal[0], p.normal[1], p.normal[2])

export interface PatternPaint {
  essential: Float32Array
  spillover: Float32Array
}

/** Does the one-time work of patternPaint for a mesh ahead of the first selection. */
export function preparePatternPaint(mesh: SkinMesh): void {
  heightOrder(mesh.positions)
}

function paintSet(out: Float32Array, shapes: readonly CompiledShape[], box: Float64Array, mesh: SkinMesh): void {
  forEachShapeVertex(shapes, box, mesh, (v, w) => {
    out[v] = w
  })
}

/**
 * Per-vertex weights of the pattern, the painter's input: essential and spillover (0..1), the
 * stipple giving way where the solid zone is present (fading with it at the solid edge), so a
 * vertex's zone by the INSIDE threshold is the zone patternZoneAt gives at that vertex. Only
 * the vertices in each shape set's bounding box are evaluated. `out` (one float per vertex
 * each, e.g. the GPU attributes' own arrays) is cleared and filled instead of new arrays.
 */
export function patternPaint(pattern: CompiledPattern, mesh: SkinMesh, out?: PatternPaint): PatternPaint {
  const n = mesh.positions.length / 3
  const essential = out?.essential.fill(0) ?? new Float32Array(n)
  const spillover = out?.spillover.fill(0) ?? new Float32Array(n)
  paintSet(essential, pattern.essential, pattern.essentialBox, mesh)
  paintSet(spillover, pattern.spillover, pattern.spilloverBox, mesh)
  clearUnderSolid(essential, spillover)
  return { essential, spillover }
}

/** Where the solid zone is present the stipple gives way, fading with it at the solid edge. */
export function clearUnderSolid(essential: Float32Array, spillover: Float32Array): void {
  for (let v = 0; v < essential.length; v++) {
    if (essential[v]! > 0) spillover[v] = Math.max(0, Math.min(spillover[v]!, 1 - essential[v]! - 1e-6))
  }
}

/**
 * A quick estimate of how much skin a set of compiled shapes spans, m2, from their sizes alone
 * (no mesh): a capsule or stroke as a band of its width along its length with round ends, an
 * ellipsoid as the ellipse of its two largest semi-axes. Only for comparing patterns (the
 * ranking's tie-break: of two patterns explaining a drawing equally, the smaller is the more
 * specific); `patternAreas` measures the painted area on the mesh.
 */
export function shapesSpanM2(shapes: readonly CompiledShape[]): number {
  let sum = 0
  for (const s of shapes) {
    const p = s.p
    if (s.kind === SHAPE_ELLIPSOID) {
      const [a, b] = [p[3]!, p[4]!, p[5]!].sort((x, y) => y - x)
      sum += Math.PI * a! * b!
    } else if (s.kind === SHAPE_CAPSULE) {
      const len = Math.hypot(p[3]! - p[0]!, p[4]! - p[1]!, p[5]! - p[2]!)
      sum += 2 * p[6]! * len + Math.PI * p[6]! * p[6]!
    } else {
      let band = Math.PI * p[3]! * p[3]!
      for (let i = 0; i + 1 < s.count; i++) {
        const a = i * STROKE_STRIDE
        const b = a + STROKE_STRIDE
        band += Math.hypot(p[b]! - p[a]!, p[b + 1]! - p[a + 1]!, p[b + 2]! - p[a + 2]!) * (p[a + 3]! + p[b + 3]!)
      }
      sum += band
    }
  }
  return sum
}
