// The pain drawing as the ranking reads it. The drawing itself is one model, drawing.ts (a
// weight per body vertex, what the brush and quick marks write); the ranking reads it as a
// weight per marked body-surface area (`painAreasOfVertices`), and the CLI and bench also as
// spots (painted skin points, each with the areas containing it, `painSpotsFromHits`).
//
// A painted skin point counts for EVERY region whose geometry contains it (DESIGN section 5):
// regions overlap at their borders, and a point on the border of the temple and the side of
// the head is honestly in both. An area's weight is the strongest mark it received (0..1),
// not a count of points, because the number of brush samples depends on the stroke speed,
// not on how much it hurts.
import type { Side } from '../geometry'
import { INSIDE, type RegionHit } from '../geometry'
import type { Region } from '../validation'
import { zoneKey } from '../geometry'
import { quoteInput } from '../text'

/** One marked area: a region on one side (`side: null` for a midline region). */
export interface PainArea {
  region: string
  side: Side | null
  /** 0..1: how strongly / how much of that area is marked */
  weight: number
}

const clamp01 = (x: number): number => (x < 0 ? 0 : x > 1 ? 1 : x)

/** Sorted by key so the same drawing always gives the same list (and the same ranking). */
function fromMap(byKey: Map<string, PainArea>): PainArea[] {
  return [...byKey.entries()]
    .filter(([, a]) => a.weight > 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, a]) => a)
}

/** Union of drawings; an area marked in several keeps its strongest weight. */
export function mergePain(...drawings: readonly (readonly PainArea[])[]): PainArea[] {
  const byKey = new Map<string, PainArea>()
  for (const areas of drawings) {
    for (const a of areas) {
      const weight = clamp01(a.weight)
      const key = zoneKey(a.region, a.side)
      const prev = byKey.get(key)
      if (!prev || weight > prev.weight) byKey.set(key, { region: a.region, side: a.side, weight })
    }
  }
  return fromMap(byKey)
}

export type RegionLookup = ReadonlyMap<string, Pick<Region, 'id' | 'midline'>>

/**
 * Quick marks: whole regions, fully weighted, on one side or both. Midline regions get
 * `side: null` whatever the side asked. Unknown ids throw, naming the id.
 */
export function painAreasFromRegions(
  ids: readonly string[],
  side: Side | 'both',
  regionById: RegionLookup,
  weight = 1,
): PainArea[] {
  const areas: PainArea[] = []
  for (const id of ids) {
    const region = regionById.get(id)
    if (!region) throw new Error(`unknown region ${quoteInput(id)}`)
    if (region.midline) areas.push({ region: id, side: null, weight })
    else if (side === 'both') areas.push({ region: id, side: 'L', weight }, { region: id, side: 'R', weight })
    else areas.push({ region: id, side, weight })
  }
  return mergePain(areas)
}

/** Which sides the drawing touches (midline areas touch none). */
export function sidesOf(areas: readonly PainArea[]): Side[] {
  const sides = new Set<Side>()
  for (const a of areas) if (a.side && a.weight > 0) sides.add(a.side)
  return (['L', 'R'] as const).filter((s) => sides.has(s))
}

/**
 * One painted spot of a drawing: every area containing it, and how strongly it is marked.
 * Ranking counts a spot as explained when ANY of its areas is in a pattern: a point on the
 * border of the temple and the side of the head is fully explained by a temple pattern, and
 * a pattern naming both does not get it twice. (Scoring the areas separately would make the
 * overlap of two regions look like a second, unexplained pain.)
 */
export interface PainSpot {
  /** `weight` (0..1, default 1): how firmly the spot lies in that area, relative to its best one */
  areas: { region: string; side: Side | null; weight?: number }[]
  weight: number
}

/** A drawing for the ranking: marked areas (each its own spot), or spots of skin points. */
export type PainInput = readonly PainArea[] | { readonly spots: readonly PainSpot[] }

/**
 * One spot per skin point that lies in at least one region, one hit list per point (from
 * `regionHitsAt`). `strengths[i]` (0..1, default 1) scales point i: a soft brush's edge marks less.
 */
export function painSpotsFromHits(
  hitsPerPoint: readonly (readonly RegionHit[])[],
  strengths?: readonly number[],
  inside: number = INSIDE,
): PainSpot[] {
  const spots: PainSpot[] = []
  hitsPerPoint.forEach((hits, i) => {
    // Graded by the region weight: a point deep in the toes and at the edge of the top of the
    // foot is mostly a toe pain, so a pattern reaching only the top of the foot explains it less.
    const inAreas = hits.filter((h) => h.weight >= inside)
    const best = Math.max(0, ...inAreas.map((h) => h.weight))
    const areas = inAreas.map((h) => ({ region: h.region, side: h.side, weight: best > 0 ? h.weight / best : 1 }))
    const weight = clamp01(strengths?.[i] ?? 1)
    if (areas.length > 0 && weight > 0) spots.push({ areas, weight })
  })
  return spots
}

/** The spots of a drawing: areas become one spot each (merged first, so none counts twice). */
export function spotsOf(input: PainInput): PainSpot[] {
  if ('spots' in input) return [...input.spots]
  return mergePain(input as readonly PainArea[]).map((a) => ({ areas: [{ region: a.region, side: a.side }], weight: a.weight }))
}

/** The marked areas of a drawing: each area at the strongest spot that contains it. */
export function areasOf(input: PainInput): PainArea[] {
  if (!('spots' in input)) return mergePain(input as readonly PainArea[])
  return mergePain(
    input.spots.flatMap((s) => s.areas.map((a) => ({ region: a.region, side: a.side, weight: s.weight * (a.weight ?? 1) }))),
  )
}
