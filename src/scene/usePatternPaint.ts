// Paints the selected trigger point's referral pattern onto the body: its compiled pattern (its
// own shapes, or the union of its named regions; domain/pattern, the same geometry the ranking
// and `query pattern` use) evaluated at the vertices inside the pattern's bounding boxes,
// written into the two vertex attributes the zone material reads; then signals the painted
// frame. No shader change on selection. The camera rig frames the same weights (selected-pattern.ts).
import { useThree } from '@react-three/fiber'
import { useEffect } from 'react'
import type { BufferAttribute, BufferGeometry } from 'three'
import { skinAreas } from '../domain/geometry'
import { patternPaint, preparePatternPaint, type PatternPaint } from '../domain/pattern'
import { useData } from '../state/data-store'
import { useSelection } from '../state/selection-store'
import { useView } from '../state/view-store'
import { afterFirstFrame, signalPainted } from './scene-signals'
import { paintOf, usePatternOf } from './selected-pattern'

/**
 * Writes a pattern's weights (or nothing: zeros) into the pair of per-vertex attributes the zone
 * material reads. False when the geometry does not carry them (yet).
 */
function writeZones(geometry: BufferGeometry, essentialName: string, spilloverName: string, paint: PatternPaint | null): boolean {
  const essential = geometry.getAttribute(essentialName) as BufferAttribute | undefined
  const spillover = geometry.getAttribute(spilloverName) as BufferAttribute | undefined
  if (!essential || !spillover) return false
  if (paint) {
    ;(essential.array as Float32Array).set(paint.essential)
    ;(spillover.array as Float32Array).set(paint.spillover)
  } else {
    ;(essential.array as Float32Array).fill(0)
    ;(spillover.array as Float32Array).fill(0)
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
  const body = useData((s) => s.body)
  const patternOf = usePatternOf()
  const invalidate = useThree((s) => s.invalidate)

  // the one-time work of the first selection (vertex order, vertex areas, and one pattern painted
  // into scratch arrays so the shape code is compiled by the JIT), done after the first frame
  useEffect(() => {
    if (!geometry || !body) return
    return afterFirstFrame(() => {
      preparePatternPaint(body.mesh)
      skinAreas(body.mesh)
      const first = index?.allTriggerPoints[0]
      const pattern = first ? patternOf(first.id, 'R') : null
      if (pattern) patternPaint(pattern, body.mesh)
    })
  }, [geometry, body, index, patternOf])

  useEffect(() => {
    if (!geometry) return
    const started = performance.now()
    const pattern = tpId ? patternOf(tpId, side) : null
    if (tpId && pattern && body) {
      if (!writeZones(geometry, 'essential', 'spillover', paintOf(pattern, body.mesh))) return
      signalPainted(`${tpId}:${side}`)
      performance.measure('tpx:paint', { start: started, end: performance.now() })
    } else {
      if (!writeZones(geometry, 'essential', 'spillover', null)) return
      // a selection that cannot be painted yet (data still loading) signals nothing
      if (!tpId) signalPainted('')
    }
    invalidate()
  }, [geometry, tpId, side, body, patternOf, invalidate])
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
  const body = useData((s) => s.body)
  const patternOf = usePatternOf()
  const invalidate = useThree((s) => s.invalidate)

  useEffect(() => {
    if (!geometry) return
    const pattern = consult && compareTpId ? patternOf(compareTpId, side) : null
    const paint = pattern && body ? patternPaint(pattern, body.mesh) : null
    if (writeZones(geometry, 'compareEssential', 'compareSpillover', paint)) invalidate()
  }, [geometry, consult, compareTpId, side, body, patternOf, invalidate])
}
