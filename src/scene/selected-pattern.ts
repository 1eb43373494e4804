// The selected pattern as the scene needs it, computed once per selection and shared: the
// painter (usePatternPaint) writes its weights into the body's vertex attributes, the camera rig
// (CameraRig) frames them. Both ask here, so neither hands its result to the other.
import { useMemo } from 'react'
import type { LoadedBody } from '../data/load-body'
import type { DatasetIndex } from '../domain/dataset'
import { type CompiledRegions, type SkinIndex, type SkinMesh } from '../domain/geometry'
import { patternPaint, type CompiledPattern, type PatternPaint } from '../domain/pattern'
import { useData } from '../state/data-store'
import { patternsFor } from '../state/patterns'

export type PatternOf = (tpId: string, side: 'L' | 'R') => CompiledPattern | null

/** The compiled pattern of a trigger point on a side, or null until the data is ready. */
export function patternOf(
  index: DatasetIndex | null,
  body: LoadedBody | null,
  skin: SkinIndex | null,
  regions: CompiledRegions | null,
): PatternOf {
  return (tpId, side) => {
    const tp = index?.tpById.get(tpId)
    // the cache the finder ranks against too (src/state/patterns.ts): one compile per pattern
    const cache = patternsFor(index, body, skin, regions)
    return tp && cache ? cache(tp, side) : null
  }
}

/** patternOf for the data loaded so far: a new function when more of it arrives. */
export function usePatternOf(): PatternOf {
  const index = useData((s) => s.index)
  const body = useData((s) => s.body)
  const skin = useData((s) => s.skin)
  const regions = useData((s) => s.regions)
  return useMemo(() => patternOf(index, body, skin, regions), [index, body, skin, regions])
}

let last: { pattern: CompiledPattern; mesh: SkinMesh; paint: PatternPaint } | null = null

/** The per-vertex weights of a pattern on the mesh; the last one is kept, so painter and camera compute it once. */
export function paintOf(pattern: CompiledPattern, mesh: SkinMesh): PatternPaint {
  if (last?.pattern !== pattern || last.mesh !== mesh) last = { pattern, mesh, paint: patternPaint(pattern, mesh) }
  return last.paint
}
