// Visiting the skin vertices a set of shapes covers, fast: the mesh's vertices sorted by height
// once (cached per mesh), then only the slice inside the shapes' bounding box is weighed. Shared
// by pattern painting and muscle painting, which both ask "which vertices, with what weight".
import type { SkinMesh } from './body-types'
import { shapesWeight, type CompiledShape } from './shapes'

const byHeight = new WeakMap<Float32Array, { order: Uint32Array; ys: Float32Array }>()

const INDEX_BITS = 2 ** 20

/**
 * The mesh's vertices sorted by height (cached per mesh). Sorted natively as one float key per
 * vertex (height to 0.01 mm, then the vertex index), several times faster than a comparator
 * sort; call it at idle time to keep it off a first selection.
 */
export function heightOrder(positions: Float32Array): { order: Uint32Array; ys: Float32Array } {
  let cached = byHeight.get(positions)
  if (!cached) {
    const n = positions.length / 3
    if (n > INDEX_BITS) throw new Error(`heightOrder: ${n} vertices is more than ${INDEX_BITS}`)
    const keys = new Float64Array(n)
    for (let v = 0; v < n; v++) keys[v] = Math.round((positions[v * 3 + 1]! + 10) * 1e5) * INDEX_BITS + v
    keys.sort()
    const order = new Uint32Array(n)
    for (let i = 0; i < n; i++) order[i] = keys[i]! % INDEX_BITS
    const ys = Float32Array.from(order, (v) => positions[v * 3 + 1]!)
    byHeight.set(positions, (cached = { order, ys }))
  }
  return cached
}

/** Calls `visit(vertex, weight)` for every vertex inside `box` whose weight in the shapes is above 0. */
export function forEachShapeVertex(
  shapes: readonly CompiledShape[],
  box: Float64Array,
  mesh: SkinMesh,
  visit: (v: number, weight: number) => void,
): void {
  if (shapes.length === 0) return
  const { positions: P, normals: N } = mesh
  const { order, ys } = heightOrder(P)
  let lo = 0
  let hi = ys.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (ys[mid]! < box[1]!) lo = mid + 1
    else hi = mid
  }
  for (let i = lo; i < ys.length && ys[i]! <= box[4]!; i++) {
    const v = order[i]!
    const x = P[v * 3]!
    if (x < box[0]! || x > box[3]!) continue
    const z = P[v * 3 + 2]!
    if (z < box[2]! || z > box[5]!) continue
    const w = shapesWeight(shapes, x, P[v * 3 + 1]!, z, N[v * 3]!, N[v * 3 + 1]!, N[v * 3 + 2]!)
    if (w > 0) visit(v, w)
  }
}
