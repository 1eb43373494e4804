// Step: close the eye sockets. The hm08 body has no eyeballs (they are the separate
// `helper-l-eye` / `helper-r-eye` proxies): each socket is a closed pocket of skin curving in
// behind the lids, which renders as a dark hollow. Adding eyeball meshes would make the body
// three components, so instead the pocket is turned into a calm eyeball surface:
//   1. the pocket = vertices near the eyeball whose normals point at its centre (inside skin);
//   2. a Laplacian fill with the lid margin fixed spreads them over the lid opening;
//   3. they are pushed onto the sphere through the lid margin around the eyeball centre, so the
//      surface meets the lids flush, like an eye under a closed-eye/blank-statue look.
import { triangulate, vertexNormals } from './finish-mesh'

export interface Eye {
  centre: [number, number, number]
  /** eyeball radius (mesh units); the pocket is searched within 1.6 radii */
  radius: number
}

export interface CloseEyesOptions {
  /** Jacobi iterations of the Laplacian fill */
  iterations?: number
}
export const CLOSE_EYES_DEFAULTS: Required<CloseEyesOptions> = { iterations: 400 }

export interface ClosedEyes {
  positions: Float64Array
  /** vertices moved, per eye */
  pockets: number[][]
}

export function closeEyeSockets(
  positions: Float64Array,
  faces: readonly number[][],
  eyes: readonly Eye[],
  options: CloseEyesOptions = {},
): ClosedEyes {
  const { iterations } = { ...CLOSE_EYES_DEFAULTS, ...options }
  const out = Float64Array.from(positions)
  const normals = vertexNormals({ positions, indices: triangulate(positions, faces) })
  const n = positions.length / 3
  const neighbours: Set<number>[] = Array.from({ length: n }, () => new Set<number>())
  for (const f of faces)
    f.forEach((v, i) => {
      const w = f[(i + 1) % f.length]!
      neighbours[v]!.add(w)
      neighbours[w]!.add(v)
    })
  const pockets = eyes.map(({ centre, radius }) => {
    const rel = (v: number, k: number) => positions[v * 3 + k]! - centre[k]!
    const pocket: number[] = []
    for (let v = 0; v < n; v++) {
      const d = Math.hypot(rel(v, 0), rel(v, 1), rel(v, 2))
      if (d > radius * 1.6) continue
      const inward = (normals[v * 3]! * rel(v, 0) + normals[v * 3 + 1]! * rel(v, 1) + normals[v * 3 + 2]! * rel(v, 2)) / d
      if (inward < -0.2) pocket.push(v)
    }
    const inPocket = new Set(pocket)
    // lid margin: fixed neighbours of the pocket; the eyeball surface passes through them
    const margin = [...new Set(pocket.flatMap((v) => [...neighbours[v]!].filter((w) => !inPocket.has(w))))]
    const r = margin.reduce((s, v) => s + Math.hypot(rel(v, 0), rel(v, 1), rel(v, 2)), 0) / margin.length
    let cur = Float64Array.from(out)
    for (let it = 0; it < iterations; it++) {
      const next = Float64Array.from(cur)
      for (const v of pocket) {
        const nb = [...neighbours[v]!]
        for (let k = 0; k < 3; k++) next[v * 3 + k] = nb.reduce((s, w) => s + cur[w * 3 + k]!, 0) / nb.length
      }
      cur = next
    }
    for (const v of pocket) {
      const d = [0, 1, 2].map((k) => cur[v * 3 + k]! - centre[k]!)
      const l = Math.hypot(d[0]!, d[1]!, d[2]!)
      for (let k = 0; k < 3; k++) out[v * 3 + k] = centre[k]! + (d[k]! / l) * r
    }
    return pocket
  })
  return { positions: out, pockets }
}
