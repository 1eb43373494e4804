// The camera: drei's OrbitControls (mouse, one-finger rotate, two-finger pinch/pan) plus
// arrow keys, animated turns for view buttons and for framing a selected pattern, and two
// keep-out rules applied after every move: never under the floor, never inside the body
// (a ray from the orbit target to the camera must leave the skin before reaching the camera).
import { OrbitControls } from '@react-three/drei'
import { useFrame, useThree } from '@react-three/fiber'
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, type ComponentRef } from 'react'
import { Box3, Ray, Vector3, type PerspectiveCamera } from 'three'
import { useData } from '../state/data-store'
import { useSelection } from '../state/selection-store'
import { type CameraView, useView } from '../state/view-store'
import { frameOfPaint, skinAreas, type Frame } from '../domain/geometry'
import type { CameraPose } from '../domain/url'
import { loadBodyBvh, raycastSkinAll } from './body-bvh'
import { applyFreeView, easeInOut, fitDistance, slerpOffset, VIEW_DIRECTIONS, wholeBodyPose, type FreeView } from './camera-math'
import { afterFirstFrame, signalCameraMoving } from './scene-signals'
import { paintOf, usePatternOf } from './selected-pattern'
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

/**
 * What the camera was last asked to show. While the person has not moved the camera since,
 * the goal is framed again when the free part of the view changes (a panel opens, the phone
 * sheet is lowered, the tablet is turned), so the body or pattern never sits half-covered.
 */
type Goal =
  | { kind: 'pose'; pose: CameraPose }
  | { kind: 'home' }
  | { kind: 'view'; view: CameraView }
  | { kind: 'frame'; frame: Frame; view: CameraView | null }

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
  /** the last framing asked for; `following`: the person has not moved the camera since */
  const goal = useRef<Goal>({ kind: 'home' })
  const following = useRef(true)
  const camera = useThree((s) => s.camera) as PerspectiveCamera
  const invalidate = useThree((s) => s.invalidate)
  const body = useData((s) => s.body)
  const viewRequest = useView((s) => s.viewRequest)
  const frameRequest = useView((s) => s.frameRequest)
  const poseRequest = useView((s) => s.poseRequest)
  /** a linked camera view holds until the person or a new selection moves it (not the link's own pattern framing) */
  const linkedFor = useRef<string | null>(null)
  const insets = useView((s) => s.sceneInsets)
  const tpId = useSelection((s) => s.tpId)
  const side = useSelection((s) => s.side)
  const patternOf = usePatternOf()
  const markerById = useData((s) => s.markerById)
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

  /** the resting camera, for the share link */
  const reportPose = useCallback(() => {
    const c = controls.current
    if (!c) return
    useView.getState().setCameraPose({
      position: camera.position.toArray() as [number, number, number],
      target: c.target.toArray() as [number, number, number],
    })
  }, [camera])

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
      signalCameraMoving(true)
      invalidate()
    },
    [camera, invalidate],
  )

  /** where the camera goes for a goal, in the current free part of the view */
  const poseOf = useCallback(
    (g: Goal): { target: Vector3; position: Vector3 } => {
      if (g.kind === 'pose') return { target: new Vector3(...g.pose.target), position: new Vector3(...g.pose.position) }
      if (g.kind === 'home') return wholeBodyPose(camera, free.current, box, VIEW_DIRECTIONS.front)
      if (g.kind === 'view') return wholeBodyPose(camera, free.current, box, VIEW_DIRECTIONS[g.view])
      const { center, normal, radius } = g.frame
      const dir = g.view ? VIEW_DIRECTIONS[g.view].clone() : new Vector3(...normal)
      const c = controls.current
      const current = c ? camera.position.clone().sub(c.target).normalize() : VIEW_DIRECTIONS.front.clone()
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
      return { target, position: target.clone().addScaledVector(dir, distance) }
    },
    [camera, box],
  )

  const goTo = useCallback(
    (g: Goal) => {
      goal.current = g
      following.current = true
      const pose = poseOf(g)
      animateTo(pose.target, pose.position)
    },
    [poseOf, animateTo],
  )

  // the whole body from the front as soon as it is there, centred in the part panels leave
  // free; later changes of that part frame the last goal again, unless the person took over
  useLayoutEffect(() => {
    free.current = applyFreeView(camera, size.width, size.height, insets)
    const c = controls.current
    if (geometry && c && following.current) {
      const pose = poseOf(goal.current)
      if (tween.current) {
        tween.current.toTarget.copy(pose.target)
        tween.current.toOffset.copy(pose.position).sub(pose.target)
      } else {
        camera.position.copy(pose.position)
        c.target.copy(pose.target)
        c.update()
      }
    }
    invalidate()
  }, [geometry, box, camera, invalidate, size, insets, poseOf])

  // nothing selected any more: the view buttons show the whole body again
  useEffect(() => {
    if (!tpId && goal.current.kind === 'frame') goal.current = { kind: 'view', view: 'front' }
  }, [tpId])

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

  // Front/Back/Left/Right: with a pattern shown, that pattern seen from there (it stays in
  // view, at the same scale); otherwise the whole body
  useEffect(() => {
    if (!viewRequest) return
    const g = goal.current
    if (g.kind === 'frame' && useSelection.getState().tpId) goTo({ kind: 'frame', frame: g.frame, view: viewRequest.view })
    else goTo({ kind: 'view', view: viewRequest.view })
  }, [viewRequest, goTo])

  // a shared link's camera: there at once, and kept while its pattern is painted and framed
  useEffect(() => {
    const c = controls.current
    if (!poseRequest || !c) return
    const sel = useSelection.getState()
    linkedFor.current = `${sel.tpId}:${sel.side}`
    goal.current = { kind: 'pose', pose: poseRequest.pose }
    following.current = true
    tween.current = null
    camera.position.set(...poseRequest.pose.position)
    c.target.set(...poseRequest.pose.target)
    c.update()
    reportPose()
    invalidate()
  }, [poseRequest, camera, invalidate, reportPose])

  /** go to a frame, unless a shared link's camera holds for the selection it came with */
  const frameUnlessLinked = useCallback(
    (frame: Frame) => {
      const sel = useSelection.getState()
      if (linkedFor.current !== null && linkedFor.current === `${sel.tpId}:${sel.side}`) return
      linkedFor.current = null
      goTo({ kind: 'frame', frame, view: null })
    },
    [goTo],
  )

  // (after the link's camera above: in the commit that brings both, the link's camera holds)
  // a selected trigger point: its painted pattern and its marker, seen from where most of the
  // pattern faces the camera (the same weights the painter writes, from selected-pattern.ts)
  useEffect(() => {
    if (!tpId || !body || !controls.current) return
    const pattern = patternOf(tpId, side)
    if (!pattern) return
    const frame = frameOfPaint(body.mesh, skinAreas(body.mesh), paintOf(pattern, body.mesh), markerById?.[side].get(tpId))
    if (frame) frameUnlessLinked(frame)
  }, [tpId, side, body, patternOf, markerById, frameUnlessLinked])

  // the UI asks to look at a patch of skin (a muscle, a marked area)
  useEffect(() => {
    if (!frameRequest || !controls.current) return
    frameUnlessLinked(frameRequest.frame)
  }, [frameRequest, frameUnlessLinked])

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
      reportPose()
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
    following.current = false
    linkedFor.current = null
    reportPose()
  }, [stopTween, reportPose])
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
        following.current = false
        linkedFor.current = null
        stopTween()
      }}
      onEnd={reportPose}
      onChange={keepOut}
    />
  )
}
