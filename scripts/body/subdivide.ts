// Step: one Catmull-Clark subdivision for a smooth skin (hm08 13,378 quads -> 53,512 quads).
// Output vertex order is fixed so landmarks defined on base vertices follow: first the n
// original vertices (moved to their Catmull-Clark vertex points, same indices), then one face
// point per face, then one edge point per edge in first-seen order. Boundary edges (none on the
// closed hm08 body, kept for generality) use the standard crease rules.

export interface PolyMesh {
  /** xyz per vertex */
  positions: Float64Array
  /** polygons as vertex index lists (quads after subdivision) */
  faces: number[][]
}

export function catmullClark({ positions, faces }: PolyMesh): PolyMesh {
  const n = positions.length / 3
  const F = faces.length
  const edgeIndex = new Map<number, number>()
  const edgeVerts: number[] = []
  const edgeFaces: number[][] = []
  const faceEdges: number[][] = faces.map((face, f) =>
    face.map((a, i) => {
      const b = face[(i + 1) % face.length]!
      const key = a < b ? a * n + b : b * n + a
      let e = edgeIndex.get(key)
      if (e === undefined) {
        e = edgeFaces.length
        edgeIndex.set(key, e)
        edgeVerts.push(a, b)
        edgeFaces.push([])
      }
      edgeFaces[e]!.push(f)
      return e
    }),
  )
  const E = edgeFaces.length
  const out = new Float64Array((n + F + E) * 3)
  const P = (v: number, k: number) => positions[v * 3 + k]!

  // face points: centroids
  faces.forEach((face, f) => {
    for (let k = 0; k < 3; k++) out[(n + f) * 3 + k] = face.reduce((s, v) => s + P(v, k), 0) / face.length
  })
  const FP = (f: number, k: number) => out[(n + f) * 3 + k]!

  // edge points: mean of the two ends and the two adjacent face points (midpoint on a boundary)
  const boundary = new Uint8Array(n)
  for (let e = 0; e < E; e++) {
    const a = edgeVerts[e * 2]!
    const b = edgeVerts[e * 2 + 1]!
    const fs = edgeFaces[e]!
    if (fs.length > 2) throw new Error(`non-manifold edge ${a}-${b}`)
    for (let k = 0; k < 3; k++) {
      out[(n + F + e) * 3 + k] =
        fs.length === 2 ? (P(a, k) + P(b, k) + FP(fs[0]!, k) + FP(fs[1]!, k)) / 4 : (P(a, k) + P(b, k)) / 2
    }
    if (fs.length === 1) boundary[a] = boundary[b] = 1
  }

  // vertex points: (Q + 2R + (m - 3) S) / m  with Q the mean of adjacent face points, R the mean
  // of incident edge midpoints, m the valence
  const faceSum = new Float64Array(n * 3)
  const faceCount = new Uint32Array(n)
  faces.forEach((face, f) =>
    face.forEach((v) => {
      faceCount[v]!++
      for (let k = 0; k < 3; k++) faceSum[v * 3 + k]! += FP(f, k)
    }),
  )
  const edgeSum = new Float64Array(n * 3)
  const edgeCount = new Uint32Array(n)
  const bSum = new Float64Array(n * 3)
  for (let e = 0; e < E; e++) {
    const a = edgeVerts[e * 2]!
    const b = edgeVerts[e * 2 + 1]!
    const isB = edgeFaces[e]!.length === 1
    for (const [v, w] of [
      [a, b],
      [b, a],
    ] as const) {
      edgeCount[v]!++
      for (let k = 0; k < 3; k++) {
        edgeSum[v * 3 + k]! += (P(v, k) + P(w, k)) / 2
        if (isB) bSum[v * 3 + k]! += P(w, k)
      }
    }
  }
  for (let v = 0; v < n; v++) {
    const m = edgeCount[v]!
    for (let k = 0; k < 3; k++) {
      if (m === 0) out[v * 3 + k] = P(v, k)
      else if (boundary[v]) out[v * 3 + k] = 0.75 * P(v, k) + 0.125 * bSum[v * 3 + k]!
      else {
        const Q = faceSum[v * 3 + k]! / faceCount[v]!
        const R = edgeSum[v * 3 + k]! / m
        out[v * 3 + k] = (Q + 2 * R + (m - 3) * P(v, k)) / m
      }
    }
  }

  const newFaces: number[][] = []
  faces.forEach((face, f) => {
    const fe = faceEdges[f]!
    face.forEach((v, i) => {
      const prev = (i + face.length - 1) % face.length
      newFaces.push([v, n + F + fe[i]!, n + f, n + F + fe[prev]!])
    })
  })
  return { positions: out, faces: newFaces }
}
