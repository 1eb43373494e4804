// Steps after subdivision: scale to the target height with the feet on y = 0 (decimetres become
// metres on the way), split quads into triangles, and compute smooth vertex normals.
// The mesh is already welded and indexed: it never leaves indexed form, so no vertex is duplicated.

export const BODY_HEIGHT = 1.75

export interface TriMesh {
  positions: Float64Array
  indices: Uint32Array
}

/** Uniform scale about the feet so the body is `height` tall, lowest point at y = 0. */
export function fitHeight(positions: Float64Array, height = BODY_HEIGHT): Float64Array {
  let lo = Infinity
  let hi = -Infinity
  for (let i = 1; i < positions.length; i += 3) {
    lo = Math.min(lo, positions[i]!)
    hi = Math.max(hi, positions[i]!)
  }
  const s = height / (hi - lo)
  return positions.map((c, i) => (i % 3 === 1 ? (c - lo) * s : c * s))
}

/** Quads to triangles along the shorter diagonal, which keeps folds (knuckles, lids) smooth. */
export function triangulate(positions: Float64Array, faces: readonly number[][]): Uint32Array {
  const d2 = (a: number, b: number) =>
    (positions[a * 3]! - positions[b * 3]!) ** 2 +
    (positions[a * 3 + 1]! - positions[b * 3 + 1]!) ** 2 +
    (positions[a * 3 + 2]! - positions[b * 3 + 2]!) ** 2
  const out: number[] = []
  for (const f of faces) {
    if (f.length === 3) out.push(f[0]!, f[1]!, f[2]!)
    else if (f.length === 4) {
      const [a, b, c, d] = f as [number, number, number, number]
      if (d2(a, c) <= d2(b, d)) out.push(a, b, c, a, c, d)
      else out.push(a, b, d, b, c, d)
    } else for (let i = 1; i + 1 < f.length; i++) out.push(f[0]!, f[i]!, f[i + 1]!)
  }
  return Uint32Array.from(out)
}

/** Area-weighted smooth normals (unit length). */
export function vertexNormals({ positions, indices }: TriMesh): Float64Array {
  const normals = new Float64Array(positions.length)
  for (let t = 0; t < indices.length; t += 3) {
    const [a, b, c] = [indices[t]!, indices[t + 1]!, indices[t + 2]!]
    const u = [0, 1, 2].map((k) => positions[b * 3 + k]! - positions[a * 3 + k]!)
    const v = [0, 1, 2].map((k) => positions[c * 3 + k]! - positions[a * 3 + k]!)
    const n = [u[1]! * v[2]! - u[2]! * v[1]!, u[2]! * v[0]! - u[0]! * v[2]!, u[0]! * v[1]! - u[1]! * v[0]!]
    for (const i of [a, b, c]) for (let k = 0; k < 3; k++) normals[i * 3 + k]! += n[k]!
  }
  for (let i = 0; i < normals.length; i += 3) {
    const l = Math.hypot(normals[i]!, normals[i + 1]!, normals[i + 2]!) || 1
    for (let k = 0; k < 3; k++) normals[i + k]! /= l
  }
  return normals
}
