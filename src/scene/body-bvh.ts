// One bounding volume hierarchy (three-mesh-bvh) over the body, shared by marker picking, the
// camera's keep-out test and anything else that casts rays at the skin. A plain raycast over
// ~100k triangles takes tens of ms; through the BVH it takes well under one.
// Built lazily, after the first frame, so it never delays the first picture.
import { DoubleSide, type BufferGeometry, type Ray } from 'three'
import { MeshBVH } from 'three-mesh-bvh'

const cache = new WeakMap<BufferGeometry, MeshBVH>()

export function bodyBvh(geometry: BufferGeometry): MeshBVH {
  let bvh = cache.get(geometry)
  if (!bvh) {
    bvh = new MeshBVH(geometry)
    cache.set(geometry, bvh)
  }
  return bvh
}

export interface SkinHit {
  distance: number
  /** true when the ray hits the skin from inside (the ray starts inside the body) */
  fromInside: boolean
}

/** First crossing of the skin along the ray (world = model space: the body mesh is not transformed). */
export function raycastSkin(geometry: BufferGeometry, ray: Ray, far = Infinity): SkinHit | null {
  const hit = bodyBvh(geometry).raycastFirst(ray, DoubleSide, 0, far)
  if (!hit || !hit.face) return null
  return { distance: hit.distance, fromInside: hit.face.normal.dot(ray.direction) > 0 }
}

/** Every crossing of the skin along the ray, nearest first. */
export function raycastSkinAll(geometry: BufferGeometry, ray: Ray, far = Infinity): number[] {
  return bodyBvh(geometry)
    .raycast(ray, DoubleSide, 0, far)
    .map((h) => h.distance)
    .sort((a, b) => a - b)
}
