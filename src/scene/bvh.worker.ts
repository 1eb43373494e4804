// Builds the body's BVH off the main thread (about half a second on a phone-class CPU, which
// would otherwise freeze the first moments after the body appears) and sends it back
// serialized: the main thread only deserializes it, in milliseconds.
import { BufferAttribute, BufferGeometry } from 'three'
import { MeshBVH, type SerializedBVH } from 'three-mesh-bvh'

export interface BvhRequest {
  positions: Float32Array
  index: Uint32Array
}

export type BvhResponse = { ok: true; bvh: SerializedBVH; ms: number } | { ok: false; message: string }

self.onmessage = (event: MessageEvent<BvhRequest>) => {
  const started = performance.now()
  try {
    const geometry = new BufferGeometry()
    geometry.setAttribute('position', new BufferAttribute(event.data.positions, 3))
    geometry.setIndex(new BufferAttribute(event.data.index, 1))
    const bvh = MeshBVH.serialize(new MeshBVH(geometry), { cloneBuffers: false })
    const transfer = [...bvh.roots, ...(bvh.index ? [bvh.index.buffer] : [])] as ArrayBuffer[]
    const response: BvhResponse = { ok: true, bvh, ms: performance.now() - started }
    self.postMessage(response, { transfer })
  } catch (error) {
    const response: BvhResponse = { ok: false, message: error instanceof Error ? error.message : String(error) }
    self.postMessage(response)
  }
}
