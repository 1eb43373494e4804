// Draws the diary entries chosen in the diary view (or one from a consult link) over the body:
// diary-view-store's layers written into two byte attributes of a geometry that shares the
// body's buffers (diary-overlay-material.ts), smoothed over the skin first
// (diary-overlay-smoothing.ts) so an all-or-nothing drawing's edge is a smooth line. Signals `data-diary-overlay="<idA>,<idB>"` on
// <body> after the frame that shows them (tests and the screenshots wait for it).
import { addAfterEffect, useThree } from '@react-three/fiber'
import { useEffect, useLayoutEffect, useMemo } from 'react'
import { BufferAttribute, BufferGeometry } from 'three'
import { useData } from '../state/data-store'
import { OVERLAY_COLORS, useDiaryView } from '../state/diary-view-store'
import { createDiaryOverlayMaterial } from './diary-overlay-material'
import { smoothOverSkin, vertexNeighbours } from './diary-overlay-smoothing'

/** rounds of averaging over the skin: the edge of an all-or-nothing drawing becomes a smooth line */
const SMOOTHING_PASSES = 2

let pending: string | null = null
let installed = false
function signal(ids: string): void {
  pending = ids
  if (installed) return
  installed = true
  addAfterEffect(() => {
    if (pending === null) return
    if (pending) document.body.dataset.diaryOverlay = pending
    else delete document.body.dataset.diaryOverlay
    pending = null
  })
}

export default function DiaryOverlay() {
  const body = useData((s) => s.body)
  const layers = useDiaryView((s) => s.layers)
  const invalidate = useThree((s) => s.invalidate)
  const material = useMemo(() => createDiaryOverlayMaterial(OVERLAY_COLORS), [])
  useEffect(() => () => material.dispose(), [material])

  const geometry = useMemo(() => {
    const source = body?.geometry
    if (!source) return null
    const g = new BufferGeometry()
    g.setAttribute('position', source.getAttribute('position'))
    g.setAttribute('normal', source.getAttribute('normal'))
    g.setIndex(source.getIndex())
    const count = source.getAttribute('position').count
    g.setAttribute('overlayA', new BufferAttribute(new Uint8Array(count), 1, true))
    g.setAttribute('overlayB', new BufferAttribute(new Uint8Array(count), 1, true))
    g.boundingSphere = source.boundingSphere
    g.boundingBox = source.boundingBox
    return g
  }, [body])
  const neighbours = useMemo(() => {
    const index = geometry?.getIndex()
    return geometry && index ? vertexNeighbours(index.array, geometry.getAttribute('position').count) : null
  }, [geometry])
  // the shared buffers belong to the body: disposing this geometry only drops its own
  useEffect(() => () => geometry?.dispose(), [geometry])

  useLayoutEffect(() => {
    if (!geometry) return
    for (const [slot, name] of [
      [0, 'overlayA'],
      [1, 'overlayB'],
    ] as const) {
      const attribute = geometry.getAttribute(name) as BufferAttribute
      const target = attribute.array as Uint8Array
      const layer = layers.find((l) => l.slot === slot)
      if (layer && layer.drawing.length === target.length) {
        if (neighbours) smoothOverSkin(layer.drawing, neighbours, SMOOTHING_PASSES, target)
        else target.set(layer.drawing)
      } else target.fill(0)
      attribute.needsUpdate = true
    }
    signal(layers.map((l) => l.id).join(','))
    invalidate()
  }, [geometry, neighbours, layers, invalidate])

  if (!geometry) return null
  return <mesh name="DiaryOverlay" geometry={geometry} material={material} visible={layers.length > 0} renderOrder={1} />
}
