// Step 1 of the body build: parse the MakeHuman base mesh (hm08, OBJ, decimetres).
// Keeps only the faces of the `body` group (the skin); `helper-*` fitting aids are dropped.
// The vertices of every other group are kept by group name: the `joint-*` groups are small cubes
// whose centres locate the shoulder, elbow, hip, knee... when placing landmarks, and the
// `helper-l-eye` / `helper-r-eye` eyeballs give the eye centres for closing the eye sockets.
// Vertex indices are kept as in the file (0-based) so morph targets, the mirror map and the
// landmark table all address the same vertices.

export interface BaseMesh {
  /** xyz per vertex of the whole file (helpers included), file units (decimetres) */
  positions: Float64Array
  /** body faces, each a list of 0-based vertex indices (hm08 body faces are quads) */
  faces: number[][]
  /** vertices of each non-body group (`joint-l-knee`, `helper-l-eye`...), sorted by group name */
  groupVertices: Record<string, number[]>
}

export function parseObj(text: string): BaseMesh {
  const coords: number[] = []
  const faces: number[][] = []
  const groupVerts = new Map<string, Set<number>>()
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
      else {
        const set = groupVerts.get(group) ?? new Set<number>()
        face.forEach((v) => set.add(v))
        groupVerts.set(group, set)
      }
    }
  }
  const groupVertices: BaseMesh['groupVertices'] = {}
  for (const [name, set] of [...groupVerts].sort(([a], [b]) => (a < b ? -1 : 1))) groupVertices[name] = [...set]
  return { positions: Float64Array.from(coords), faces, groupVertices }
}

/** Mean of the given vertices of a (possibly morphed) vertex array. */
export function centroid(positions: Float64Array, verts: readonly number[]): [number, number, number] {
  const c: [number, number, number] = [0, 0, 0]
  for (const v of verts) for (let k = 0; k < 3; k++) c[k]! += positions[v * 3 + k]! / verts.length
  return c
}

/** Joint centres (mean of each `joint-*` cube), keyed by name without the prefix: `l-knee`. */
export function jointCentres(
  positions: Float64Array,
  groupVertices: BaseMesh['groupVertices'],
): Record<string, [number, number, number]> {
  const out: Record<string, [number, number, number]> = {}
  for (const [group, verts] of Object.entries(groupVertices))
    if (group.startsWith('joint-')) out[group.slice('joint-'.length)] = centroid(positions, verts)
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
