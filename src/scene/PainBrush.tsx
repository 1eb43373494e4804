// The finder's brush (issue 6): in find mode, with the paint or erase tool, a press on the body
// starts a stroke, each move dabs the skin under the pointer (brushDab on the skin index) and
// the release ends it: one drag is one undo step (pain-store). One finger paints; a second
// finger cancels the stroke so pinch-zoom still works; turning stays on the right mouse button,
// two fingers and the "turn" tool.
import { useThree } from '@react-three/fiber'
import { useEffect } from 'react'
import { Raycaster, Vector2, Vector3, type BufferGeometry, type Camera } from 'three'
import { brushDab } from '../domain/pain'
import type { Vec3 } from '../domain/geometry'
import { useData } from '../state/data-store'
import { usePain } from '../state/pain-store'
import { useView } from '../state/view-store'
import { bodyBvh } from './body-bvh'

const _ndc = new Vector2()
const _raycaster = new Raycaster()
const _a = new Vector3()

interface SkinTouch {
  point: Vec3
  normal: Vec3
}

function touchSkin(
  geometry: BufferGeometry,
  camera: Camera,
  canvas: HTMLElement,
  clientX: number,
  clientY: number,
): SkinTouch | null {
  const bvh = bodyBvh(geometry)
  if (!bvh) return null
  const rect = canvas.getBoundingClientRect()
  _ndc.set(((clientX - rect.left) / rect.width) * 2 - 1, -((clientY - rect.top) / rect.height) * 2 + 1)
  _raycaster.setFromCamera(_ndc, camera)
  const hit = bvh.raycastFirst(_raycaster.ray)
  if (!hit?.face) return null
  return { point: hit.point.toArray() as Vec3, normal: hit.face.normal.toArray() as Vec3 }
}

export function PainBrush() {
  const findMode = useView((s) => s.mode === 'find')
  const brushTool = usePain((s) => s.tool !== 'rotate')
  const active = findMode && brushTool
  const camera = useThree((s) => s.camera)
  const canvas = useThree((s) => s.gl.domElement)
  const controls = useThree((s) => s.controls) as { enableRotate?: boolean } | null
  const geometry = useData((s) => s.body?.geometry ?? null)
  const skin = useData((s) => s.skin)

  // while painting, a one-finger / left-button drag paints instead of turning the body
  useEffect(() => {
    if (!controls || !active) return
    controls.enableRotate = false
    return () => {
      controls.enableRotate = true
    }
  }, [controls, active])

  useEffect(() => {
    if (!active || !geometry || !skin) return
    const pointers = new Set<number>()
    let stroke: { id: number; last: Vec3 } | null = null

    const dab = (touch: SkinTouch) => {
      const pain = usePain.getState()
      const radius = pain.brushSize
      const erase = pain.tool === 'erase'
      // fill the gap of a fast move with dabs a third of a radius apart
      const from = stroke?.last ?? touch.point
      const gap = _a.set(...touch.point).distanceTo(new Vector3(...from))
      const steps = Math.max(1, Math.ceil(gap / (radius / 3)))
      for (let i = 1; i <= steps; i++) {
        const t = i / steps
        const center: Vec3 = [
          from[0] + (touch.point[0] - from[0]) * t,
          from[1] + (touch.point[1] - from[1]) * t,
          from[2] + (touch.point[2] - from[2]) * t,
        ]
        const { ids, weights } = brushDab(skin, center, touch.normal, radius)
        if (ids.length > 0) pain.paintAt(ids, weights, erase)
      }
      if (stroke) stroke.last = touch.point
    }

    const onDown = (e: PointerEvent) => {
      pointers.add(e.pointerId)
      if (pointers.size > 1) {
        // a second finger: the user pinches or pans, the stroke was not meant
        if (stroke) usePain.getState().cancelStroke()
        stroke = null
        return
      }
      if (e.pointerType === 'mouse' && e.button !== 0) return
      const touch = touchSkin(geometry, camera, canvas, e.clientX, e.clientY)
      if (!touch) return
      usePain.getState().beginStroke()
      stroke = { id: e.pointerId, last: touch.point }
      dab(touch)
    }
    const onMove = (e: PointerEvent) => {
      if (!stroke || stroke.id !== e.pointerId) return
      const touch = touchSkin(geometry, camera, canvas, e.clientX, e.clientY)
      if (touch) dab(touch)
    }
    const onUp = (e: PointerEvent) => {
      pointers.delete(e.pointerId)
      if (!stroke || stroke.id !== e.pointerId) return
      stroke = null
      usePain.getState().endStroke()
    }
    canvas.addEventListener('pointerdown', onDown)
    canvas.addEventListener('pointermove', onMove)
    window.addEventListener('pointerup', onUp)
    window.addEventListener('pointercancel', onUp)
    return () => {
      if (stroke) usePain.getState().endStroke()
      canvas.removeEventListener('pointerdown', onDown)
      canvas.removeEventListener('pointermove', onMove)
      window.removeEventListener('pointerup', onUp)
      window.removeEventListener('pointercancel', onUp)
    }
  }, [active, geometry, skin, camera, canvas])

  return null
}
