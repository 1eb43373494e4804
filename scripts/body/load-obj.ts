// Step 1 of the body build: parse the MakeHuman base mesh (hm08, OBJ, decimetres).
// Keeps only the faces of the `body` group (the skin); `helper-*` fitting aids are dropped.
// The `joint-*` groups are small cubes around joint centres: their vertex means are kept
// because they locate the shoulder, elbow, hip, knee... when placing landmarks.
// Vertex indices are kept as in the file (0-based) so morph targets, the mirror map and the
// landmark table all address the same vertices.

export interface BaseMesh {
  /** xyz per vertex of the whole file (helpers included), file units (decimetres) */
  positions: Float64Array
  /** body faces, each a list of 0-based vertex indices (hm08 body faces are quads) */
  faces: number[][]
  /** vertices of each `joint-*` cube, keyed by group name without the `joint-` prefix */
  jointVertices: Record<string, number[]>
}

export function parseObj(text: string): BaseMesh {
  const coords: number[] = []
  const faces: number[][] = []
  const jointVerts = new Map<string, Set<number>>()
  let group = ''
  for (const raw of text.split('\n')) {
    const line = raw.trim()
    if (line.startsWith('v ')) {
      const [, x, y, z] = line.split(/\s+/)
      coords.push(Number(x), Number(y), Number(z))
    } else if (line.startsWith('g ')) {
      group = line.slice(2).trim()
    } else if (line.startsWith('f ')) {
      const face = line
        .split(/\s+/)
        .slice(1)
        .map((tok) => Number(tok.split('/')[0]) - 1)
      if (group === 'body') faces.push(face)
      else if (group.startsWith('joint-')) {
        const name = group.slice('joint-'.length)
        const set = jointVerts.get(name) ?? new Set<number>()
        face.forEach((v) => set.add(v))
        jointVerts.set(name, set)
      }
    }
  }
  const jointVertices: BaseMesh['jointVertices'] = {}
  for (const [name, set] of [...jointVerts].sort(([a], [b]) => (a < b ? -1 : 1))) jointVertices[name] = [...set]
  return { positions: Float64Array.from(coords), faces, jointVertices }
}

/** Joint centres (mean of each cube's vertices) of a possibly morphed vertex array. */
export function jointCentres(
  positions: Float64Array,
  jointVertices: BaseMesh['jointVertices'],
): Record<string, [number, number, number]> {
  const out: Record<string, [number, number, number]> = {}
  for (const [name, verts] of Object.entries(jointVertices)) {
    const c: [number, number, number] = [0, 0, 0]
    for (const v of verts) for (let k = 0; k < 3; k++) c[k]! += positions[v * 3 + k]! / verts.length
    out[name] = c
  }
  return out
}

/** Keep only the vertices the faces use (order preserved); `oldToNew[i]` is -1 for dropped ones. */
export function compact(
  positions: Float64Array,
  faces: readonly number[][],
): { positions: Float64Array; faces: number[][]; oldToNew: Int32Array } {
  const oldToNew = new Int32Array(positions.length / 3).fill(-1)
  faces.forEach((f) => f.forEach((v) => (oldToNew[v] = 0)))
  let next = 0
  const kept: number[] = []
  oldToNew.forEach((mark, i) => {
    if (mark === 0) {
      oldToNew[i] = next++
      kept.push(positions[i * 3]!, positions[i * 3 + 1]!, positions[i * 3 + 2]!)
    }
  })
  return { positions: Float64Array.from(kept), faces: faces.map((f) => f.map((v) => oldToNew[v]!)), oldToNew }
}
