// One bounding volume hierarchy (three-mesh-bvh) over the body, shared by marker picking, the
// camera's keep-out test and anything else that casts rays at the skin. A plain raycast over
// ~100k triangles takes tens of ms; through the BVH well under one.
// three-mesh-bvh is imported lazily and the tree built in a worker after the first frame
// (loadBodyBvh), so neither its code nor the build time delays the first picture or blocks
// the page. Until then the queries answer "no skin in the way" and `data-bvh-ready` is absent.
//
// The BVH reorders the triangles of the index it is built on. The body's index is shared with
// the domain's skin index (its vertex -> triangle table), so the tree gets its own geometry:
// the same position attribute, a copy of the index.
import { BufferAttribute, BufferGeometry, DoubleSide, type Ray } from 'three'
import type { MeshBVH, SerializedBVH } from 'three-mesh-bvh'
import type { BvhRequest, BvhResponse } from './bvh.worker'

const cache = new WeakMap<BufferGeometry, MeshBVH>()
const pending = new WeakMap<BufferGeometry, Promise<MeshBVH>>()

/** Loads three-mesh-bvh and builds the tree once per geometry. */
export function loadBodyBvh(geometry: BufferGeometry): Promise<MeshBVH> {
  let promise = pending.get(geometry)
  if (!promise) {
    const started = performance.now()
    const own = new BufferGeometry()
    own.setAttribute('position', geometry.getAttribute('position'))
    const index = geometry.getIndex()
    if (index) own.setIndex(new BufferAttribute(new Uint32Array(index.array), 1))
    promise = Promise.all([import('three-mesh-bvh'), buildInWorker(own)]).then(([{ MeshBVH }, serialized]) => {
      const bvh = serialized ? MeshBVH.deserialize(serialized, own, { setIndex: true }) : new MeshBVH(own)
      cache.set(geometry, bvh)
      performance.measure('tpx:bvh-build', { start: started, end: performance.now() })
      document.body.dataset.bvhReady = '1'
      return bvh
    })
    pending.set(geometry, promise)
  }
  return promise
}

/** The serialized tree from a worker, or null (no worker support, or it failed): then build here. */
function buildInWorker(geometry: BufferGeometry): Promise<SerializedBVH | null> {
  return new Promise((resolve) => {
    let worker: Worker
    try {
      worker = new Worker(new URL('./bvh.worker.ts', import.meta.url), { type: 'module' })
    } catch {
      resolve(null)
      return
    }
    worker.onmessage = (event: MessageEvent<BvhResponse>) => {
      worker.terminate()
      resolve(event.data.ok ? event.data.bvh : null)
    }
    worker.onerror = (event) => {
      event.preventDefault()
      worker.terminate()
      resolve(null)
    }
    const request: BvhRequest = {
      positions: new Float32Array(geometry.getAttribute('position').array),
      index: new Uint32Array(geometry.getIndex()?.array ?? []),
    }
    worker.postMessage(request, [request.positions.buffer, request.index.buffer])
  })
}

export const bodyBvh = (geometry: BufferGeometry): MeshBVH | null => cache.get(geometry) ?? null

/** First crossing of the skin along the ray (world = model space: the body mesh is not transformed). */
export function raycastSkin(geometry: BufferGeometry, ray: Ray, far = Infinity): { distance: number } | null {
  const hit = bodyBvh(geometry)?.raycastFirst(ray, DoubleSide, 0, far)
  return hit ? { distance: hit.distance } : null
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
