// Paints the selected trigger point's referral pattern onto the body: its compiled pattern (its
// own shapes, or the union of its named regions; domain/pattern, the same geometry the ranking
// and `query pattern` use) evaluated at the vertices inside the pattern's bounding boxes,
// written straight into the two vertex attributes the zone material reads; then asks the
// camera to frame the pattern and signals the painted frame. No shader change on selection.
import { useThree } from '@react-three/fiber'
import { useEffect } from 'react'
import type { BufferAttribute, BufferGeometry } from 'three'
import { bestViewDirection, frameOfWeighted, vertexAreas, type Frame } from '../domain/geometry'
import { INSIDE, type CompiledRegions, type SkinIndex } from '../domain/geometry'
import { distance, lerp, type Vec3 } from '../domain/geometry'
import { patternCache, patternPaint, preparePatternPaint, type CompiledPattern, type PatternPaint } from '../domain/pattern'
import type { DatasetIndex } from '../domain/dataset'
import type { LoadedBody } from '../data/load-body'
import { useData, type TpMarker } from '../state/data-store'
import { useSelection } from '../state/selection-store'
import { useView } from '../state/view-store'
import { afterFirstFrame, signalPainted } from './scene-signals'

/** The smallest sphere holding the frame's sphere and the trigger point itself. */
function includePoint(frame: Frame, p: Vec3): Frame {
  const d = distance(frame.center, p)
  if (d <= frame.radius) return frame
  const radius = (frame.radius + d) / 2
  return { ...frame, center: lerp(frame.center, p, (radius - frame.radius) / d), radius }
}

/** How much a stippled vertex counts, against 1 for a solid one, when choosing the view. */
const SPILLOVER_VIEW_WEIGHT = 0.4

const areaCache = new WeakMap<BufferGeometry, Float32Array>()

function areasOf(geometry: BufferGeometry): Float32Array {
  let areas = areaCache.get(geometry)
  if (!areas) {
    areas = vertexAreas(geometry.getAttribute('position').array, geometry.getIndex()?.array ?? [])
    areaCache.set(geometry, areas)
  }
  return areas
}

export function patternFrame(
  geometry: BufferGeometry,
  essential: Float32Array,
  spillover: Float32Array,
  marker: TpMarker | undefined,
): Frame | null {
  const positions = geometry.getAttribute('position').array
  const normals = geometry.getAttribute('normal').array
  const areas = areasOf(geometry)
  // only the painted vertices (a few thousand of ~50k) take part: compact them first
  const picked: number[] = []
  const weights: number[] = []
  for (let v = 0; v < essential.length; v++) {
    const kind = essential[v]! >= INSIDE ? 1 : spillover[v]! >= INSIDE ? SPILLOVER_VIEW_WEIGHT : 0
    if (kind === 0) continue
    picked.push(v)
    weights.push(areas[v]! * kind)
  }
  const p = new Float32Array(picked.length * 3)
  const n = new Float32Array(picked.length * 3)
  picked.forEach((v, i) => {
    for (let k = 0; k < 3; k++) {
      p[i * 3 + k] = positions[v * 3 + k]!
      n[i * 3 + k] = normals[v * 3 + k]!
    }
  })
  const frame = frameOfWeighted(p, n, weights)
  if (!frame) return marker ? { center: marker.point, normal: marker.normal, radius: 0.1 } : null
  const framed = { ...frame, normal: bestViewDirection(n, weights) ?? frame.normal }
  return marker ? includePoint(framed, marker.point) : framed
}

type PatternOf = (tpId: string, side: 'L' | 'R') => CompiledPattern | null

const cacheByRegions = new WeakMap<CompiledRegions, ReturnType<typeof patternCache>>()

/** The compiled pattern of a trigger point on a side (cached), or null until the data is ready. */
function patternOf(
  index: DatasetIndex | null,
  body: LoadedBody | null,
  skin: SkinIndex | null,
  regions: CompiledRegions | null,
): PatternOf {
  return (tpId, side) => {
    const tp = index?.tpById.get(tpId)
    if (!tp || !index || !body || !skin || !regions) return null
    let cache = cacheByRegions.get(regions)
    if (!cache) {
      cache = patternCache({ body: { landmarks: body.landmarks, skin }, regions, regionById: index.regionById })
      cacheByRegions.set(regions, cache)
    }
    return cache(tp, side)
  }
}

/**
 * Paints a pattern (or nothing: zeros) straight into the pair of per-vertex attributes the zone
 * material reads. Null when the geometry does not carry them (yet); else what was written.
 */
function writeZones(
  geometry: BufferGeometry,
  essentialName: string,
  spilloverName: string,
  pattern: CompiledPattern | null,
  body: LoadedBody | null,
): PatternPaint | null {
  const essential = geometry.getAttribute(essentialName) as BufferAttribute | undefined
  const spillover = geometry.getAttribute(spilloverName) as BufferAttribute | undefined
  if (!essential || !spillover) return null
  const out = { essential: essential.array as Float32Array, spillover: spillover.array as Float32Array }
  if (pattern && body) patternPaint(pattern, body.mesh, out)
  else {
    out.essential.fill(0)
    out.spillover.fill(0)
  }
  essential.needsUpdate = true
  spillover.needsUpdate = true
  return out
}

export function usePatternPaint(geometry: BufferGeometry | null): void {
  useComparePaint(geometry)
  const tpId = useSelection((s) => s.tpId)
  const side = useSelection((s) => s.side)
  const index = useData((s) => s.index)
  const body = useData((s) => s.body)
  const skin = useData((s) => s.skin)
  const regions = useData((s) => s.regions)
  const markers = useData((s) => s.markers)
  const invalidate = useThree((s) => s.invalidate)

  // the one-time work of the first selection (vertex order, vertex areas, and one pattern painted
  // into scratch arrays so the shape code is compiled by the JIT), done after the first frame
  useEffect(() => {
    if (!geometry || !body) return
    return afterFirstFrame(() => {
      preparePatternPaint(body.mesh)
      areasOf(geometry)
      const first = index?.allTriggerPoints[0]
      const pattern = first ? patternOf(index, body, skin, regions)(first.id, 'R') : null
      if (pattern) patternPaint(pattern, body.mesh)
    })
  }, [geometry, body, index, skin, regions])

  useEffect(() => {
    if (!geometry) return
    const started = performance.now()
    const pattern = tpId ? patternOf(index, body, skin, regions)(tpId, side) : null
    if (tpId && pattern) {
      const paint = writeZones(geometry, 'essential', 'spillover', pattern, body)
      if (!paint) return
      const marker = markers?.[side].find((m) => m.tpId === tpId)
      const frame = patternFrame(geometry, paint.essential, paint.spillover, marker)
      if (frame) useView.getState().requestFrame(frame)
      signalPainted(`${tpId}:${side}`)
      performance.measure('tpx:paint', { start: started, end: performance.now() })
    } else {
      if (!writeZones(geometry, 'essential', 'spillover', null, null)) return
      // a selection that cannot be painted yet (data still loading) signals nothing
      if (!tpId) signalPainted('')
    }
    invalidate()
  }, [geometry, tpId, side, index, body, skin, regions, markers, invalidate])
}

/**
 * The second pattern of consult mode, same side, into the compare attributes; no camera move.
 * Only in consult: the comparison outlives a mode switch in the store (coming back keeps it),
 * but elsewhere nothing explains or clears a blue pattern (the legend lists it in consult only).
 */
function useComparePaint(geometry: BufferGeometry | null): void {
  const consult = useView((s) => s.mode === 'consult')
  const compareTpId = useSelection((s) => s.compareTpId)
  const side = useSelection((s) => s.side)
  const index = useData((s) => s.index)
  const body = useData((s) => s.body)
  const skin = useData((s) => s.skin)
  const regions = useData((s) => s.regions)
  const invalidate = useThree((s) => s.invalidate)

  useEffect(() => {
    if (!geometry) return
    const pattern = consult && compareTpId ? patternOf(index, body, skin, regions)(compareTpId, side) : null
    if (writeZones(geometry, 'compareEssential', 'compareSpillover', pattern, body)) invalidate()
  }, [geometry, consult, compareTpId, side, index, body, skin, regions, invalidate])
}
