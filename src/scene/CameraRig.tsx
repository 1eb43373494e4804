// The camera: drei's OrbitControls (mouse, one-finger rotate, two-finger pinch/pan) plus
// arrow keys, animated turns for view buttons and for framing a selected pattern, and two
// keep-out rules applied after every move: never under the floor, never inside the body
// (a ray from the orbit target to the camera must leave the skin before reaching the camera).
import { OrbitControls } from '@react-three/drei'
import { useFrame, useThree } from '@react-three/fiber'
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, type ComponentRef } from 'react'
import { Box3, Ray, Vector3, type PerspectiveCamera } from 'three'
import { useData } from '../state/data-store'
import { useView } from '../state/view-store'
import { loadBodyBvh, raycastSkinAll } from './body-bvh'
import { applyFreeView, easeInOut, fitDistance, slerpOffset, VIEW_DIRECTIONS, wholeBodyPose, type FreeView } from './camera-math'
import { afterFirstFrame, signalCameraMoving } from './scene-signals'
import { useOrbitKeys } from './useOrbitKeys'

const FLOOR_CLEARANCE = 0.05
const SKIN_CLEARANCE = 0.12
const TWEEN_MS = 750
/** how far above or below the horizon a framed pattern may be looked at from (unit vector y) */
const MAX_ELEVATION = 0.55
const MIN_ELEVATION = -0.2

type Controls = ComponentRef<typeof OrbitControls>
const FALLBACK_BOX = new Box3(new Vector3(-0.45, 0, -0.15), new Vector3(0.45, 1.75, 0.15))

const reducedMotion = (): boolean => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches

interface Tween {
  start: number
  fromTarget: Vector3
  toTarget: Vector3
  fromOffset: Vector3
  toOffset: Vector3
}

const _offset = new Vector3()
const _dir = new Vector3()
const _ray = new Ray()

export function CameraRig() {
  const controls = useRef<Controls>(null)
  const tween = useRef<Tween | null>(null)
  const bvhReady = useRef(false)
  const free = useRef<FreeView>({ width: 1, height: 1, fullHeight: 1 })
  /** the camera still shows the starting whole-body view: refit it when panels come or go */
  const atHome = useRef(true)
  const camera = useThree((s) => s.camera) as PerspectiveCamera
  const invalidate = useThree((s) => s.invalidate)
  const body = useData((s) => s.body)
  const viewRequest = useView((s) => s.viewRequest)
  const frameRequest = useView((s) => s.frameRequest)
  const insets = useView((s) => s.sceneInsets)
  const size = useThree((s) => s.size)
  const geometry = body?.geometry ?? null
  const box = useMemo(() => geometry?.boundingBox?.clone() ?? FALLBACK_BOX.clone(), [geometry])

  const keepOut = useCallback(() => {
    const c = controls.current
    if (!c) return
    const target = c.target
    target.clamp(_offset.copy(box.min).subScalar(0.1), _dir.copy(box.max).addScalar(0.1))
    if (geometry && bvhReady.current) {
      _offset.subVectors(camera.position, target)
      const distance = _offset.length()
      if (distance > 1e-6) {
        _ray.set(target, _dir.copy(_offset).divideScalar(distance))
        const hits = raycastSkinAll(geometry, _ray, distance + SKIN_CLEARANCE)
        const last = hits[hits.length - 1]
        if (last !== undefined && last + SKIN_CLEARANCE > distance)
          camera.position.copy(target).addScaledVector(_dir, last + SKIN_CLEARANCE)
      }
    }
    if (camera.position.y < FLOOR_CLEARANCE) camera.position.y = FLOOR_CLEARANCE
    camera.lookAt(target)
  }, [box, camera, geometry])

  const animateTo = useCallback(
    (toTarget: Vector3, toPosition: Vector3) => {
      const c = controls.current
      if (!c) return
      tween.current = {
        start: performance.now(),
        fromTarget: c.target.clone(),
        toTarget: toTarget.clone(),
        fromOffset: camera.position.clone().sub(c.target),
        toOffset: toPosition.clone().sub(toTarget),
      }
      atHome.current = false
      signalCameraMoving(true)
      invalidate()
    },
    [camera, invalidate],
  )

  // the whole body from the front as soon as it is there, centred in the part panels leave free
  useLayoutEffect(() => {
    free.current = applyFreeView(camera, size.width, size.height, insets)
    const c = controls.current
    if (geometry && c && atHome.current) {
      const pose = wholeBodyPose(camera, free.current, box, VIEW_DIRECTIONS.front)
      camera.position.copy(pose.position)
      c.target.copy(pose.target)
      c.update()
    }
    invalidate()
  }, [geometry, box, camera, invalidate, size, insets])

  useEffect(() => {
    if (!geometry) return
    return afterFirstFrame(() => {
      void loadBodyBvh(geometry).then(() => {
        bvhReady.current = true
        keepOut()
        invalidate()
      })
    })
  }, [geometry, keepOut, invalidate])

  useEffect(() => {
    if (!viewRequest) return
    const pose = wholeBodyPose(camera, free.current, box, VIEW_DIRECTIONS[viewRequest.view])
    animateTo(pose.target, pose.position)
  }, [viewRequest, box, camera, animateTo])

  useEffect(() => {
    const c = controls.current
    if (!frameRequest || !c) return
    const { center, normal, radius } = frameRequest.frame
    const dir = new Vector3(...normal)
    const current = camera.position.clone().sub(c.target).normalize()
    if (dir.lengthSq() < 1e-6) dir.copy(current)
    dir.y = Math.min(MAX_ELEVATION, Math.max(MIN_ELEVATION, dir.y))
    // straight above or below: keep the current heading rather than an arbitrary one
    if (Math.hypot(dir.x, dir.z) < 1e-3) dir.set(current.x, dir.y, current.z)
    dir.normalize()
    const whole = wholeBodyPose(camera, free.current, box, VIEW_DIRECTIONS.front).position.distanceTo(
      box.getCenter(new Vector3()),
    )
    // the pattern in context: never closer than about a third of the body in view
    const distance = Math.min(
      whole,
      Math.max(1.1, fitDistance(camera, free.current, radius * 1.35, radius * 1.35) + radius * 0.6),
    )
    const target = new Vector3(...center)
    animateTo(target, target.clone().addScaledVector(dir, distance))
  }, [frameRequest, box, camera, animateTo])

  useFrame(() => {
    const tw = tween.current
    const c = controls.current
    if (!tw || !c) return
    // people who ask for reduced motion get the new view at once
    const t = reducedMotion() ? 1 : Math.min(1, (performance.now() - tw.start) / TWEEN_MS)
    const e = easeInOut(t)
    c.target.lerpVectors(tw.fromTarget, tw.toTarget, e)
    camera.position.copy(c.target).add(slerpOffset(tw.fromOffset, tw.toOffset, e, _offset))
    c.update()
    if (t < 1) invalidate()
    else {
      tween.current = null
      signalCameraMoving(false)
    }
  })

  // The user takes over from the keyboard: stop an animation where it is, as a drag does.
  const stopTween = useCallback(() => {
    if (!tween.current) return
    tween.current = null
    signalCameraMoving(false)
  }, [])
  const onKeyMove = useCallback(() => {
    stopTween()
    atHome.current = false
  }, [stopTween])
  useOrbitKeys(controls, onKeyMove)

  return (
    <OrbitControls
      ref={controls}
      makeDefault
      enableDamping={false}
      // zoom towards what the pointer is on (the knee, not the groin at the orbit centre)
      zoomToCursor
      minDistance={0.3}
      maxDistance={14}
      maxPolarAngle={Math.PI * 0.62}
      onStart={() => {
        atHome.current = false
        stopTween()
      }}
      onChange={keepOut}
    />
  )
}
