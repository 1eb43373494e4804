// The compiled pattern of any trigger point side, once per loaded body and dataset: what the
// scene paints (usePatternPaint) and what the finder ranks a painted drawing against
// (rankPaintedDrawing), the very same shapes (DESIGN section 5).
import type { DatasetIndex } from '../domain/dataset'
import type { CompiledRegions, SkinIndex } from '../domain/geometry'
import { patternCache } from '../domain/pattern'
import type { LoadedBody } from '../data/load-body'

export type PatternCache = ReturnType<typeof patternCache>

const cacheByRegions = new WeakMap<CompiledRegions, PatternCache>()

/** The shared cache for these data, or null until they are all loaded. */
export function patternsFor(
  index: DatasetIndex | null,
  body: LoadedBody | null,
  skin: SkinIndex | null,
  regions: CompiledRegions | null,
): PatternCache | null {
  if (!index || !body || !skin || !regions) return null
  let cache = cacheByRegions.get(regions)
  if (!cache) {
    cache = patternCache({ body: { landmarks: body.landmarks, skin }, regions, regionById: index.regionById })
    cacheByRegions.set(regions, cache)
  }
  return cache
}
