// Per-vertex region weights off the main thread: every region shape against every skin vertex
// is tens of millions of tests (measured: see bootstrap timings), enough to freeze the page.
// The worker compiles the regions itself from plain data, so nothing but arrays crosses over.
import type { Landmark } from '../domain/geometry'
import { compileRegions, createSkinIndex, vertexRegionWeights, type VertexWeights } from '../domain/geometry'
import type { Region } from '../domain/validation'

export interface RegionWeightsRequest {
  regions: Region[]
  landmarks: Landmark[]
  positions: Float32Array
  normals: Float32Array
}

export type RegionWeightsResponse = { ok: true; weights: Map<string, VertexWeights>; ms: number } | { ok: false; message: string }

self.onmessage = (event: MessageEvent<RegionWeightsRequest>) => {
  const started = performance.now()
  try {
    const { regions, landmarks, positions, normals } = event.data
    const mesh = { positions, normals, indices: new Uint32Array(0) }
    // stroke shapes are projected onto the skin (nearest vertex here: no triangles cross over)
    const strokes = regions.some((r) => r.shapes.some((s) => s.kind === 'stroke'))
    const compiled = compileRegions(
      regions,
      new Map(landmarks.map((l) => [l.id, l])),
      strokes ? createSkinIndex(mesh) : undefined,
    )
    const weights = vertexRegionWeights(compiled, mesh)
    const transfer = [...weights.values()].flatMap((w) => [w.vertices.buffer, w.weights.buffer])
    const response: RegionWeightsResponse = { ok: true, weights, ms: performance.now() - started }
    self.postMessage(response, { transfer })
  } catch (error) {
    const response: RegionWeightsResponse = { ok: false, message: error instanceof Error ? error.message : String(error) }
    self.postMessage(response)
  }
}
