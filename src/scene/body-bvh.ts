// One bounding volume hierarchy (three-mesh-bvh) over the body, shared by marker picking, the
// camera's keep-out test and anything else that casts rays at the skin. A plain raycast over
// ~100k triangles takes tens of ms; through the BVH well under one.
// three-mesh-bvh is imported lazily and the tree built after the first frame (loadBodyBvh),
// so neither its ~50 KB of code nor the build time delays the first picture. Until then the
// queries answer "no skin in the way" and `data-bvh-ready` is absent from <body>.
import { DoubleSide, type BufferGeometry, type Ray } from 'three'
import type { MeshBVH } from 'three-mesh-bvh'

const cache = new WeakMap<BufferGeometry, MeshBVH>()
const pending = new WeakMap<BufferGeometry, Promise<MeshBVH>>()

/** Loads three-mesh-bvh and builds the tree once per geometry. */
export function loadBodyBvh(geometry: BufferGeometry): Promise<MeshBVH> {
  let promise = pending.get(geometry)
  if (!promise) {
    promise = import('three-mesh-bvh').then(({ MeshBVH }) => {
      const started = performance.now()
      const bvh = new MeshBVH(geometry)
      cache.set(geometry, bvh)
      performance.measure('tpx:bvh-build', { start: started, end: performance.now() })
      document.body.dataset.bvhReady = '1'
      return bvh
    })
    pending.set(geometry, promise)
  }
  return promise
}

export const bodyBvh = (geometry: BufferGeometry): MeshBVH | null => cache.get(geometry) ?? null

export interface SkinHit {
  distance: number
  /** true when the ray hits the skin from inside (the ray starts inside the body) */
  fromInside: boolean
}

/** First crossing of the skin along the ray (world = model space: the body mesh is not transformed). */
export function raycastSkin(geometry: BufferGeometry, ray: Ray, far = Infinity): SkinHit | null {
  const hit = bodyBvh(geometry)?.raycastFirst(ray, DoubleSide, 0, far)
  if (!hit || !hit.face) return null
  return { distance: hit.distance, fromInside: hit.face.normal.dot(ray.direction) > 0 }
}

/** Every crossing of the skin along the ray, nearest first. */
export function raycastSkinAll(geometry: BufferGeometry, ray: Ray, far = Infinity): number[] {
  const bvh = bodyBvh(geometry)
  if (!bvh) return []
  return bvh
    .raycast(ray, DoubleSide, 0, far)
    .map((h) => h.distance)
    .sort((a, b) => a - b)
}
