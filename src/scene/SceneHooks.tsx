// `window.__tpx`: a few read-only questions the end-to-end tests (and a curious developer in
// the console) can ask the running scene, answered with the same projection and occlusion code
// the app uses to pick. They change nothing: tests act through real clicks and the URL.
import { useThree } from '@react-three/fiber'
import { useEffect } from 'react'
import type { Side } from '../domain/geometry'
import type { Vec3 } from '../domain/geometry'
import { useData } from '../state/data-store'
import { useView, type SceneInsets } from '../state/view-store'
import { Triangle, Vector3, type BufferGeometry } from 'three'
import { bodyBvh } from './body-bvh'
import { toScreen, type ScreenPoint } from './screen-projection'

const _tri = new Triangle()
const _n = new Vector3()

function insideBody(geometry: BufferGeometry, eye: Vector3, nearest: Vector3, faceIndex: number): boolean {
  const bvh = bodyBvh(geometry)
  const index = bvh?.geometry.getIndex()
  if (!bvh || !index) return false
  const pos = bvh.geometry.getAttribute('position')
  _tri.setFromAttributeAndIndices(pos, index.getX(faceIndex * 3), index.getX(faceIndex * 3 + 1), index.getX(faceIndex * 3 + 2))
  return _tri.getNormal(_n).dot(eye.clone().sub(nearest)) < 0
}

export interface TpxHooks {
  /** where the marker of a trigger point on a side is drawn; null when it is not placed */
  markerScreenPosition: (tpId: string, side: Side) => ScreenPoint | null
  /** where a landmark (`temple.R`) of the body model is on screen; null when unknown */
  landmarkScreenPosition: (id: string) => ScreenPoint | null
  /** every placed marker that can be seen now, with its screen position */
  visibleMarkers: () => (ScreenPoint & { tpId: string; side: Side })[]
  /** any skin point (with its normal for the facing test) */
  projectSkinPoint: (point: Vec3, normal?: Vec3) => ScreenPoint
  /** where the camera is and how far from the nearest skin (null until the picking tree is built) */
  cameraState: () => { position: Vec3; clearance: number | null; inside: boolean | null; insets: SceneInsets }
  /** load timings in ms (fetch, parse, weights...) */
  timings: () => Record<string, number>
}

declare global {
  interface Window {
    __tpx?: TpxHooks
  }
}

export function SceneHooks() {
  const camera = useThree((s) => s.camera)
  const canvas = useThree((s) => s.gl.domElement)
  useEffect(() => {
    const geometry = () => useData.getState().body?.geometry ?? null
    window.__tpx = {
      markerScreenPosition: (tpId, side) => {
        const marker = useData.getState().markerById?.[side].get(tpId)
        return marker ? toScreen(marker.point, marker.normal, camera, canvas, geometry()) : null
      },
      landmarkScreenPosition: (id) => {
        const landmark = useData.getState().body?.landmarks.get(id)
        return landmark ? toScreen(landmark.point, landmark.normal, camera, canvas, geometry()) : null
      },
      visibleMarkers: () => {
        const markers = useData.getState().markers
        if (!markers) return []
        return [...markers.L, ...markers.R]
          .map((m) => ({ tpId: m.tpId, side: m.side, ...toScreen(m.point, m.normal, camera, canvas, geometry()) }))
          .filter((m) => m.visible)
      },
      projectSkinPoint: (point, normal) => toScreen(point, normal ?? null, camera, canvas, geometry()),
      cameraState: () => {
        const body = geometry()
        const bvh = body ? bodyBvh(body) : null
        const hit = bvh?.closestPointToPoint(camera.position)
        return {
          position: camera.position.toArray() as Vec3,
          clearance: hit ? hit.distance : null,
          // outside the body iff the nearest skin faces the camera (its outward normal points at it)
          inside: hit && hit.faceIndex !== undefined ? insideBody(body!, camera.position, hit.point, hit.faceIndex) : null,
          insets: useView.getState().sceneInsets,
        }
      },
      timings: () => ({ ...useData.getState().timings }),
    }
    return () => {
      delete window.__tpx
    }
  }, [camera, canvas])
  return null
}
