// Every trigger point of the dataset as a small dot on the skin, both sides, in ONE instanced
// draw call. The selected one is hidden here (SelectedMarker draws its X); the others shrink
// and dim while a pattern is shown (in consult they go, and in the quiz all of them).
//
// Picking does not use R3F's per-object events: markers are a few millimetres wide, too small
// to hit exactly with a finger. Instead a tap picks the visible marker nearest to it on screen
// within a fingertip's reach (about 9 mm), and where several are about as near it asks which
// (MarkerChooser in the UI); "visible" means not hidden behind skin (a BVH raycast), so a
// marker on the back is never picked through the chest.
import { useFrame, useThree } from '@react-three/fiber'
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react'
import { Color, Matrix4, Quaternion, Vector3, type InstancedMesh } from 'three'
import { useData, type TpMarker } from '../state/data-store'
import { useSelection } from '../state/selection-store'
import { useView } from '../state/view-store'
import { toScreen } from './screen-projection'
import { listenForTaps } from './tap'

export const MARKER_RADIUS = 0.0075
/** markers keep about the same size on screen: full size at this camera distance, metres */
const REFERENCE_DISTANCE = 2.8
const MIN_SCALE = 0.3
const MAX_SCALE = 1.25
const MOUSE_PICK_PX = 14
/** a fingertip's contact is about 9 mm across: ~34 CSS px (96 px per inch) around the tap */
const TOUCH_PICK_PX = 34
/** markers this close to the nearest one (CSS px) are as likely meant: the person chooses */
const AMBIGUOUS_PX = 18

const COLOR = new Color('#24587a')
const DIM = new Color('#9fb0bd')
const _m = new Matrix4()
const _q = new Quaternion()
const _s = new Vector3()
const _p = new Vector3()

function markerTitle(marker: TpMarker): string {
  const index = useData.getState().index
  const tp = index?.tpById.get(marker.tpId)
  const muscle = index?.muscleOfTp.get(marker.tpId)
  const side = marker.side === 'L' ? 'left' : 'right'
  return tp && muscle ? `${muscle.plainName}: ${tp.name} (${side})` : marker.tpId
}

export function TriggerPointMarkers() {
  const markers = useData((s) => s.markers)
  const geometry = useData((s) => s.body?.geometry ?? null)
  const tpId = useSelection((s) => s.tpId)
  const side = useSelection((s) => s.side)
  const camera = useThree((s) => s.camera)
  const canvas = useThree((s) => s.gl.domElement)
  const invalidate = useThree((s) => s.invalidate)
  const ref = useRef<InstancedMesh>(null)
  // the finder asks "where does it hurt?": trigger points are its answer, not part of the question
  const hidden = useView((s) => s.mode === 'find')
  // the quiz asks which muscle the painted pattern belongs to: a tap must not swap the pattern
  // under the question, nor a tooltip name the answer, nor a dot show where the muscles are
  const quiz = useView((s) => s.mode === 'study')
  // consult: the patterns are the subject; grey dots over the red would read as its stipple
  const others = useView((s) => (s.mode === 'consult' ? 0 : 0.45))
  const list = useMemo<TpMarker[]>(() => (markers ? [...markers.L, ...markers.R] : []), [markers])

  const lastCamera = useRef(new Vector3(Infinity, 0, 0))

  /** writes every instance's matrix: position on the skin, size by selection and camera distance */
  const layout = useCallback(() => {
    const mesh = ref.current
    if (!mesh) return
    list.forEach((marker, i) => {
      const selected = marker.tpId === tpId && marker.side === side
      const base = selected ? 0 : tpId ? others : 1
      // lifted along the normal so most of the dot sits above the skin
      _p.set(...marker.point).addScaledVector(_s.set(...marker.normal), MARKER_RADIUS * 0.4)
      const perspective = Math.min(MAX_SCALE, Math.max(MIN_SCALE, _p.distanceTo(camera.position) / REFERENCE_DISTANCE))
      mesh.setMatrixAt(i, _m.compose(_p, _q.identity(), _s.setScalar(base * perspective)))
    })
    mesh.instanceMatrix.needsUpdate = true
    lastCamera.current.copy(camera.position)
  }, [list, tpId, side, camera, others])

  useLayoutEffect(() => {
    const mesh = ref.current
    if (!mesh) return
    layout()
    list.forEach((_marker, i) => mesh.setColorAt(i, tpId ? DIM : COLOR))
    if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true
    mesh.computeBoundingSphere()
    invalidate()
  }, [list, tpId, layout, invalidate])

  useEffect(() => invalidate(), [hidden, quiz, invalidate])

  // after the camera moved (frames only run on demand): resize markers for the new distance
  useFrame(() => {
    if (!lastCamera.current.equals(camera.position)) layout()
  })

  // tap/click picking and a pointer cursor over markers
  useEffect(() => {
    if (list.length === 0 || hidden || quiz) return
    const pickable = (marker: TpMarker): boolean => {
      const sel = useSelection.getState()
      return !(marker.tpId === sel.tpId && marker.side === sel.side) && (!sel.tpId || others > 0)
    }
    /** visible markers within reach of the pointer, nearest first */
    const near = (clientX: number, clientY: number, touch: boolean): { marker: TpMarker; d: number }[] => {
      const radius = touch ? TOUCH_PICK_PX : MOUSE_PICK_PX
      const out: { marker: TpMarker; d: number }[] = []
      for (const marker of list) {
        const s = toScreen(marker.point, null, camera, canvas, null)
        const d = Math.hypot(s.x - clientX, s.y - clientY)
        if (d >= radius || !pickable(marker)) continue
        // the costly part (normal and BVH occlusion test) only for markers near the pointer
        if (!toScreen(marker.point, marker.normal, camera, canvas, geometry).visible) continue
        out.push({ marker, d })
      }
      return out.sort((a, b) => a.d - b.d)
    }
    const pick = (clientX: number, clientY: number, touch: boolean): TpMarker | null =>
      near(clientX, clientY, touch)[0]?.marker ?? null
    const onTap = (e: PointerEvent) => {
      const found = near(e.clientX, e.clientY, e.pointerType === 'touch')
      const first = found[0]
      if (!first) return
      // a finger covers several dots: it is not for the app to guess
      const close = found.filter((f) => f.d - first.d <= AMBIGUOUS_PX).slice(0, 5)
      if (e.pointerType === 'touch' && close.length > 1) {
        useView.getState().setMarkerChoice({
          x: e.clientX,
          y: e.clientY,
          options: close.map((f) => ({ tpId: f.marker.tpId, side: f.marker.side })),
        })
        return
      }
      useSelection.getState().select(first.marker.tpId, first.marker.side)
    }
    // hovering a dot: a pointer cursor and, as a native tooltip, which trigger point it is
    const onMove = (e: PointerEvent) => {
      if (e.pointerType !== 'mouse' || e.buttons !== 0) return
      const marker = pick(e.clientX, e.clientY, false)
      canvas.style.cursor = marker ? 'pointer' : ''
      canvas.title = marker ? markerTitle(marker) : ''
    }
    const stopTaps = listenForTaps(canvas, onTap)
    canvas.addEventListener('pointermove', onMove)
    return () => {
      stopTaps()
      canvas.removeEventListener('pointermove', onMove)
      // a hover left over would keep naming a marker that can no longer be picked
      canvas.style.cursor = ''
      canvas.title = ''
    }
  }, [list, camera, canvas, geometry, hidden, quiz, others])

  if (list.length === 0) return null
  return (
    <instancedMesh
      key={list.length}
      ref={ref}
      visible={!hidden && !quiz}
      args={[undefined, undefined, list.length]}
      name="TriggerPointMarkers"
      raycast={() => null}
    >
      <sphereGeometry args={[MARKER_RADIUS, 12, 8]} />
      <meshStandardMaterial roughness={0.45} metalness={0} />
    </instancedMesh>
  )
}
