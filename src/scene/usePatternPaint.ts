// Paints the selected trigger point's referral pattern onto the body: zones from the dataset
// (zonesOf), per-vertex weights from the region geometry (paintWeights), written into the two
// vertex attributes the zone material reads; then asks the camera to frame the pattern and
// signals the painted frame. Selecting costs one pass over the zone vertices, no shader change.
import { useThree } from '@react-three/fiber'
import { useEffect } from 'react'
import type { BufferAttribute, BufferGeometry } from 'three'
import { bestViewDirection, frameOfWeighted, vertexAreas, type Frame } from '../domain/geometry'
import { paintWeights, type PaintWeights } from '../domain/pattern'
import { INSIDE } from '../domain/geometry'
import { distance, lerp, type Vec3 } from '../domain/geometry'
import { zonesOf } from '../domain/pattern'
import { useData, type TpMarker } from '../state/data-store'
import { useSelection } from '../state/selection-store'
import { useView } from '../state/view-store'
import { signalPainted } from './scene-signals'

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

function patternFrame(
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

/**
 * Writes a pattern (or nothing: zeros) into the pair of per-vertex attributes the zone
 * material reads. False when the geometry does not carry them (yet).
 */
function writeZones(geometry: BufferGeometry, essentialName: string, spilloverName: string, paint: PaintWeights | null): boolean {
  const essential = geometry.getAttribute(essentialName) as BufferAttribute | undefined
  const spillover = geometry.getAttribute(spilloverName) as BufferAttribute | undefined
  if (!essential || !spillover) return false
  const e = essential.array as Float32Array
  const s = spillover.array as Float32Array
  if (paint) {
    e.set(paint.essential)
    s.set(paint.spillover)
  } else {
    e.fill(0)
    s.fill(0)
  }
  essential.needsUpdate = true
  spillover.needsUpdate = true
  return true
}

export function usePatternPaint(geometry: BufferGeometry | null): void {
  useComparePaint(geometry)
  const tpId = useSelection((s) => s.tpId)
  const side = useSelection((s) => s.side)
  const index = useData((s) => s.index)
  const regionWeights = useData((s) => s.regionWeights)
  const markers = useData((s) => s.markers)
  const invalidate = useThree((s) => s.invalidate)

  useEffect(() => {
    if (!geometry) return
    const tp = tpId ? index?.tpById.get(tpId) : undefined
    if (tpId && tp && index && regionWeights) {
      const started = performance.now()
      const paint = paintWeights(zonesOf(tp, side, index.regionById), regionWeights, geometry.getAttribute('position').count)
      if (!writeZones(geometry, 'essential', 'spillover', paint)) return
      const marker = markers?.[side].find((m) => m.tpId === tpId)
      const frame = patternFrame(geometry, paint.essential, paint.spillover, marker)
      if (frame) useView.getState().requestFrame(frame)
      signalPainted(`${tpId}:${side}`)
      performance.measure('tpx:paint', { start: started, end: performance.now() })
    } else {
      if (!writeZones(geometry, 'essential', 'spillover', null)) return
      // a selection that cannot be painted yet (data still loading) signals nothing
      if (!tpId) signalPainted('')
    }
    invalidate()
  }, [geometry, tpId, side, index, regionWeights, markers, invalidate])
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
  const regionWeights = useData((s) => s.regionWeights)
  const invalidate = useThree((s) => s.invalidate)

  useEffect(() => {
    if (!geometry) return
    const tp = consult && compareTpId ? index?.tpById.get(compareTpId) : undefined
    const paint =
      tp && index && regionWeights
        ? paintWeights(zonesOf(tp, side, index.regionById), regionWeights, geometry.getAttribute('position').count)
        : null
    if (writeZones(geometry, 'compareEssential', 'compareSpillover', paint)) invalidate()
  }, [geometry, consult, compareTpId, side, index, regionWeights, invalidate])
}
