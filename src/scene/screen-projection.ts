// Skin points on the screen: where a point of the body appears in the canvas and whether it can
// be seen (it faces the camera and no skin lies between it and the camera). Shared by marker
// picking and by the test hooks, so a test clicks exactly where the app would pick.
import { Ray, Vector3, type BufferGeometry, type Camera } from 'three'
import type { Vec3 } from '../domain/geometry'
import { raycastSkin } from './body-bvh'

export interface ScreenPoint {
  /** CSS pixels in the viewport (as MouseEvent.clientX / clientY) */
  x: number
  y: number
  /** in front of the camera, inside the canvas, facing it and not hidden by other skin */
  visible: boolean
  /** distance from the camera, metres */
  depth: number
}

const _p = new Vector3()
const _n = new Vector3()
const _dir = new Vector3()
const _ray = new Ray()

/** How far in front of the skin a point may be hidden by the skin it sits on, metres. */
const SELF_OCCLUSION = 0.012

export function toScreen(
  point: Vec3,
  normal: Vec3 | null,
  camera: Camera,
  canvas: HTMLElement,
  geometry: BufferGeometry | null,
): ScreenPoint {
  const rect = canvas.getBoundingClientRect()
  _p.set(point[0], point[1], point[2])
  const depth = _p.distanceTo(camera.position)
  _p.project(camera)
  const x = rect.left + ((_p.x + 1) / 2) * rect.width
  const y = rect.top + ((1 - _p.y) / 2) * rect.height
  let visible = _p.z > -1 && _p.z < 1 && Math.abs(_p.x) <= 1 && Math.abs(_p.y) <= 1
  if (visible && normal) {
    _dir.set(point[0], point[1], point[2]).sub(camera.position)
    visible = _n.set(normal[0], normal[1], normal[2]).dot(_dir) < 0
  }
  if (visible && geometry) {
    _dir.set(point[0], point[1], point[2]).sub(camera.position).normalize()
    _ray.set(camera.position, _dir)
    visible = raycastSkin(geometry, _ray, depth - SELF_OCCLUSION) === null
  }
  return { x, y, visible, depth }
}
