// The hm08 body is modelled symmetric about x = 0: every vertex has a mirror vertex (itself on
// the midline). The map is found geometrically on the unmorphed base mesh, then used to make the
// morphed body exactly symmetric (ethnic targets carry sub-millimetre asymmetries) and to define
// every `.R` landmark from its `.L` vertex.

/** mirror[i] = index of the vertex at (-x, y, z) of vertex i, for vertices 0..count-1. */
export function mirrorMap(positions: Float64Array, count: number, tolerance = 1e-3): Uint32Array {
  // bucket by rounded (y, z) so the search is near-linear
  const key = (y: number, z: number) => `${Math.round(y * 100)},${Math.round(z * 100)}`
  const buckets = new Map<string, number[]>()
  for (let i = 0; i < count; i++) {
    const k = key(positions[i * 3 + 1]!, positions[i * 3 + 2]!)
    const list = buckets.get(k) ?? []
    list.push(i)
    buckets.set(k, list)
  }
  const mirror = new Uint32Array(count)
  for (let i = 0; i < count; i++) {
    const x = -positions[i * 3]!
    const y = positions[i * 3 + 1]!
    const z = positions[i * 3 + 2]!
    let best = -1
    let bestD = tolerance * tolerance
    const cy = Math.round(y * 100)
    const cz = Math.round(z * 100)
    for (let dy = -1; dy <= 1; dy++)
      for (let dz = -1; dz <= 1; dz++) {
        for (const j of buckets.get(`${cy + dy},${cz + dz}`) ?? []) {
          const d = (positions[j * 3]! - x) ** 2 + (positions[j * 3 + 1]! - y) ** 2 + (positions[j * 3 + 2]! - z) ** 2
          if (d < bestD || (d === bestD && j < best)) {
            bestD = d
            best = j
          }
        }
      }
    if (best < 0) throw new Error(`vertex ${i} has no mirror vertex within ${tolerance}`)
    mirror[i] = best
  }
  return mirror
}

/** Average each vertex with the mirror image of its mirror vertex: exact x-symmetry. */
export function symmetrize(positions: Float64Array, mirror: Uint32Array): Float64Array {
  const out = Float64Array.from(positions)
  for (let i = 0; i < mirror.length; i++) {
    const j = mirror[i]!
    out[i * 3] = (positions[i * 3]! - positions[j * 3]!) / 2
    out[i * 3 + 1] = (positions[i * 3 + 1]! + positions[j * 3 + 1]!) / 2
    out[i * 3 + 2] = (positions[i * 3 + 2]! + positions[j * 3 + 2]!) / 2
  }
  return out
}
