// Camera placement helpers of the rig, kept out of the component so they are easy to read.
import { Box3, Spherical, Vector3, type PerspectiveCamera } from 'three'
import type { CameraView } from '../state/view-store'

/**
 * The part of the canvas not covered by panels, in CSS px, and the height of the virtual full
 * view whose vertical field of view is camera.fov (see applyFreeView).
 */
export interface FreeView {
  width: number
  height: number
  fullHeight: number
}

/**
 * Centres the projection on the free part of the canvas: the canvas becomes an off-centre
 * window (setViewOffset) of a larger virtual view centred on the free rectangle, so the body
 * appears in the middle of what is not covered, at the same scale.
 */
export function applyFreeView(
  camera: PerspectiveCamera,
  canvasWidth: number,
  canvasHeight: number,
  insets: { top: number; right: number; bottom: number; left: number },
): FreeView {
  const width = Math.max(1, canvasWidth - insets.left - insets.right)
  const height = Math.max(1, canvasHeight - insets.top - insets.bottom)
  const cx = insets.left + width / 2
  const cy = insets.top + height / 2
  const fullWidth = 2 * Math.max(cx, canvasWidth - cx)
  const fullHeight = 2 * Math.max(cy, canvasHeight - cy)
  camera.aspect = fullWidth / fullHeight
  camera.setViewOffset(fullWidth, fullHeight, fullWidth / 2 - cx, fullHeight / 2 - cy, canvasWidth, canvasHeight)
  camera.updateProjectionMatrix()
  return { width, height, fullHeight }
}

/** Distance at which a box of half-extents (halfWidth, halfHeight) fits the free part of the view. */
export function fitDistance(camera: PerspectiveCamera, free: FreeView, halfWidth: number, halfHeight: number): number {
  const tanV = Math.tan((camera.fov * Math.PI) / 360)
  return Math.max(halfHeight / ((tanV * free.height) / free.fullHeight), halfWidth / ((tanV * free.width) / free.fullHeight))
}

/** Direction from the body towards the camera for each named view. The body's left is +x. */
export const VIEW_DIRECTIONS: Record<CameraView, Vector3> = {
  front: new Vector3(0, 0.08, 1).normalize(),
  back: new Vector3(0, 0.08, -1).normalize(),
  left: new Vector3(1, 0.08, 0).normalize(),
  right: new Vector3(-1, 0.08, 0).normalize(),
}

/** The whole body seen from `direction`: target and camera position. */
export function wholeBodyPose(
  camera: PerspectiveCamera,
  free: FreeView,
  box: Box3,
  direction: Vector3,
): { target: Vector3; position: Vector3 } {
  const size = box.getSize(new Vector3())
  const target = box.getCenter(new Vector3())
  // seen from the side the body is as deep as it is wide from the front
  const sideways = Math.abs(direction.x) > Math.abs(direction.z)
  const halfWidth = (sideways ? size.z : size.x) / 2 + 0.05
  const halfHeight = size.y / 2 + 0.05
  // measured to the body's centre plane; the nearest skin is a quarter of the depth closer
  const distance = fitDistance(camera, free, halfWidth, halfHeight) + (sideways ? size.x : size.z) / 4
  return { target, position: target.clone().addScaledVector(direction, distance) }
}

const _a = new Spherical()
const _b = new Spherical()

/**
 * Camera offset from the target, interpolated on a sphere (not on a straight line), so a turn
 * from the front to the back swings around the body instead of through it. Shortest way round.
 */
export function slerpOffset(from: Vector3, to: Vector3, t: number, out: Vector3): Vector3 {
  _a.setFromVector3(from)
  _b.setFromVector3(to)
  let dTheta = _b.theta - _a.theta
  if (dTheta > Math.PI) dTheta -= 2 * Math.PI
  if (dTheta < -Math.PI) dTheta += 2 * Math.PI
  _a.set(_a.radius + (_b.radius - _a.radius) * t, _a.phi + (_b.phi - _a.phi) * t, _a.theta + dTheta * t)
  return out.setFromSpherical(_a)
}

export const easeInOut = (t: number): number => (t < 0.5 ? 4 * t * t * t : 1 - Math.pow(-2 * t + 2, 3) / 2)
