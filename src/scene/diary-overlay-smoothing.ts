// Smooths a diary drawing over the skin before it is drawn (diary-overlay-material.ts). A drawing
// is one byte per vertex and mostly all-or-nothing (a quick mark paints a region's vertices at
// full weight), so even cut per fragment its edge runs through the midpoints of the triangles it
// crosses: a zigzag one triangle wide. A few passes of averaging each vertex with its mesh
// neighbours turn that step into a slope whose level line is smooth, as the zone material's
// weights (continuous fields of the region shapes) are. The level DRAWN then lies within about
// one triangle of the painted vertices; nothing is added far from them.

/** Each vertex's neighbours along the triangles' edges (compressed rows), built once per mesh. */
export interface VertexNeighbours {
  start: Uint32Array
  items: Uint32Array
}

export function vertexNeighbours(indices: ArrayLike<number>, vertexCount: number): VertexNeighbours {
  const degree = new Uint32Array(vertexCount + 1)
  for (let t = 0; t + 2 < indices.length; t += 3)
    for (let k = 0; k < 3; k++) {
      degree[indices[t + k]!]! += 2
    }
  const start = new Uint32Array(vertexCount + 1)
  for (let v = 0; v < vertexCount; v++) start[v + 1] = start[v]! + degree[v]!
  const fill = start.slice(0, vertexCount)
  const items = new Uint32Array(start[vertexCount]!)
  for (let t = 0; t + 2 < indices.length; t += 3)
    for (let k = 0; k < 3; k++) {
      const v = indices[t + k]!
      items[fill[v]!++] = indices[t + ((k + 1) % 3)]!
      items[fill[v]!++] = indices[t + ((k + 2) % 3)]!
    }
  // an edge shared by two triangles is listed twice: that weighs it as the mesh does, no harm
  return { start, items }
}

/** `passes` rounds of each vertex's value averaged with its neighbours' (half its own, half theirs). */
export function smoothOverSkin(values: ArrayLike<number>, n: VertexNeighbours, passes: number, out: Uint8Array): Uint8Array {
  let a = Float32Array.from(values)
  let b = new Float32Array(a.length)
  for (let p = 0; p < passes; p++) {
    for (let v = 0; v < a.length; v++) {
      const s = n.start[v]!
      const e = n.start[v + 1]!
      if (e === s) {
        b[v] = a[v]!
        continue
      }
      let sum = 0
      for (let j = s; j < e; j++) sum += a[n.items[j]!]!
      b[v] = 0.5 * a[v]! + (0.5 * sum) / (e - s)
    }
    ;[a, b] = [b, a]
  }
  for (let v = 0; v < a.length; v++) out[v] = Math.round(Math.min(255, Math.max(0, a[v]!)))
  return out
}
