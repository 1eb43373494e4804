// What the painted skin covers (issue 10): the finder ranks the painted skin itself
// (sample.ts), so the words it shows about the drawing follow the painted skin too, not a
// count of regions. `paintedCover` measures the painted area (each vertex's share of the skin
// times its paint strength), its share of the whole body surface, and the regions it lies in,
// largest painted area first. `TOO_BROAD_SHARE` is the share of the body beyond which one
// trigger point cannot explain a drawing (see the numbers there).
import { INSIDE, type SkinMesh, type VertexWeights, parseZoneKey, skinAreas } from '../geometry'
import type { Side } from '../geometry'
import type { VertexDrawing } from './drawing'

export interface CoveredRegion {
  region: string
  side: Side | null
  /** painted area inside the region, m2 */
  areaM2: number
  /** 0..1: the region's part of the whole painted area */
  shareOfPaint: number
  /** 0..1: the painted part of the region's own area */
  coverage: number
}

export interface PaintedCover {
  /** painted area, m2 (vertex area x paint strength) */
  areaM2: number
  /** 0..1: the painted area over the whole body surface */
  bodyShare: number
  /** the regions the painting covers (see CoverOptions), largest painted area first */
  regions: CoveredRegion[]
}

export interface CoverOptions {
  /** a region is named when at least this share of the painted area lies in it ... */
  minShareOfPaint?: number
  /** ... or when at least this share of the region itself is painted */
  minCoverage?: number
  /**
   * a region is left out when at least this share of its paint lies in another named region
   * that is more completely painted (regions overlap at their borders: painting the temple
   * also paints the edge of its neighbours, which the person did not mean)
   */
  nestedShare?: number
}

// A tenth of the painting, or a quarter of the region: a brush edge grazing a neighbour
// region is neither; a spot painted inside a big region is the first; a whole back painted
// across many regions is the second for each of them.
export const COVER_DEFAULTS: Required<CoverOptions> = { minShareOfPaint: 0.1, minCoverage: 0.25, nestedShare: 0.9 }

/**
 * Above this painted share of the body surface, the finder says the drawing covers too much to
 * rank rather than listing causes. Measured on the 53.5k-vertex body with
 * `npx tsx scripts/finder-quality.ts --cover`: the 50 literature cases (tests/fixtures), their
 * regions painted whole on one side, cover 0.1% to 5.3% of the body (median 0.7%); painted as
 * 4 cm brush dabs at their points, at most 1.0%; the widest drawn pattern of one trigger point
 * (gluteus minimus, anterior: essential and spillover) covers 2.9%, the median one 0.6%.
 * 15% stays clear of the broadest case painted on both sides (10.6%) and is five times the
 * widest pattern: a drawing beyond it is no single trigger point's pain.
 */
export const TOO_BROAD_SHARE = 0.15

interface Candidate extends CoveredRegion {
  /** painted inside vertices -> painted area */
  vertices: Map<number, number>
}

/** The painted area of a drawing, its share of the body and the regions it covers. */
export function paintedCover(
  d: VertexDrawing,
  mesh: SkinMesh,
  zones: ReadonlyMap<string, VertexWeights>,
  options: CoverOptions = {},
): PaintedCover {
  const o = { ...COVER_DEFAULTS, ...options }
  const areas = skinAreas(mesh)
  const n = Math.min(d.length, areas.length)
  let areaM2 = 0
  for (let v = 0; v < n; v++) if (d[v]! > 0) areaM2 += (areas[v]! * d[v]!) / 255
  if (!(areaM2 > 0)) return { areaM2: 0, bodyShare: 0, regions: [] }
  let total = 0
  for (let v = 0; v < areas.length; v++) total += areas[v]!
  const candidates: Candidate[] = []
  for (const [key, rv] of zones) {
    let own = 0
    let painted = 0
    const vertices = new Map<number, number>()
    for (let i = 0; i < rv.vertices.length; i++) {
      if (rv.weights[i]! < INSIDE) continue
      const v = rv.vertices[i]!
      if (v >= n) continue
      own += areas[v]!
      const w = (areas[v]! * d[v]!) / 255
      if (w > 0) {
        painted += w
        vertices.set(v, w)
      }
    }
    if (painted === 0 || own === 0) continue
    const shareOfPaint = painted / areaM2
    const coverage = painted / own
    if (shareOfPaint < o.minShareOfPaint && coverage < o.minCoverage) continue
    candidates.push({ ...parseZoneKey(key), areaM2: painted, shareOfPaint, coverage, vertices })
  }
  const nested = (c: Candidate): boolean =>
    candidates.some((other) => {
      if (other === c || other.coverage <= c.coverage) return false
      let shared = 0
      for (const [v, w] of c.vertices) if (other.vertices.has(v)) shared += w
      return shared >= o.nestedShare * c.areaM2
    })
  const regions = candidates
    .filter((c) => !nested(c))
    .sort((a, b) => b.areaM2 - a.areaM2 || (keyOf(a) < keyOf(b) ? -1 : 1))
    .map(({ region, side, areaM2: a, shareOfPaint, coverage }) => ({ region, side, areaM2: a, shareOfPaint, coverage }))
  return { areaM2, bodyShare: total > 0 ? areaM2 / total : 0, regions }
}

const keyOf = (r: { region: string; side: Side | null }): string => `${r.region}.${r.side ?? ''}`

/** True when the painting covers more of the body than one trigger point's pain can. */
export const coversTooMuch = (cover: Pick<PaintedCover, 'bodyShare'>, limit = TOO_BROAD_SHARE): boolean => cover.bodyShare > limit
