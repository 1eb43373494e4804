// `window.__tpx`: a few read-only questions the end-to-end tests (and a curious developer in
// the console) can ask the running scene, answered with the same projection and occlusion code
// the app uses to pick. They change nothing: tests act through real clicks and the URL.
import { useThree } from '@react-three/fiber'
import { useEffect } from 'react'
import type { Side } from '../domain/body-types'
import type { Vec3 } from '../domain/vec'
import { useData } from '../state/data-store'
import { toScreen, type ScreenPoint } from './screen-projection'

export interface TpxHooks {
  /** where the marker of a trigger point on a side is drawn; null when it is not placed */
  markerScreenPosition: (tpId: string, side: Side) => ScreenPoint | null
  /** where a landmark (`temple.R`) of the body model is on screen; null when unknown */
  landmarkScreenPosition: (id: string) => ScreenPoint | null
  /** every placed marker that can be seen now, with its screen position */
  visibleMarkers: () => (ScreenPoint & { tpId: string; side: Side })[]
  /** any skin point (with its normal for the facing test) */
  projectSkinPoint: (point: Vec3, normal?: Vec3) => ScreenPoint
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
        const marker = useData.getState().markers?.[side].find((m) => m.tpId === tpId)
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
      timings: () => ({ ...useData.getState().timings }),
    }
    return () => {
      delete window.__tpx
    }
  }, [camera, canvas])
  return null
}
