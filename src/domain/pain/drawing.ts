// The finder's pain drawing, the one model of it: one weight per vertex of the body mesh
// (0..255 in a Uint8Array, 0 = not painted). The brush and the quick marks write it, the
// shader reads it as a normalized vertex attribute, and `painAreasOfVertices` turns it into
// the PainArea list the ranking reads, using the region vertex weights (DESIGN section 5: the
// same region geometry that paints the zones decides which areas a painted vertex marks).
//
// Drawings are treated as immutable values (undo keeps them), except the draft of a stroke
// in progress, which only the pain store holds and which it may edit in place.
import { INSIDE, type VertexWeights } from '../geometry'
import { parseZoneKey } from '../geometry'
import { type PainArea, mergePain } from './areas'

export type VertexDrawing = Uint8Array

export const emptyDrawing = (vertexCount: number): VertexDrawing => new Uint8Array(vertexCount)

export function isEmpty(d: VertexDrawing): boolean {
  for (let i = 0; i < d.length; i++) if (d[i] !== 0) return false
  return true
}

/**
 * One brush dab, IN PLACE: painting raises each vertex to the brush weight (a second pass
 * over the same skin never darkens beyond the brush), erasing lowers it by the brush weight.
 * Ids outside the mesh are ignored. Returns whether anything changed.
 */
export function paintInPlace(d: VertexDrawing, ids: ArrayLike<number>, weights: ArrayLike<number>, erase: boolean): boolean {
  let changed = false
  const n = Math.min(ids.length, weights.length)
  for (let i = 0; i < n; i++) {
    const v = ids[i]!
    if (v >= d.length) continue
    const w = weights[i]!
    const q = Math.round((w > 1 ? 1 : w < 0 ? 0 : w) * 255)
    const old = d[v]!
    const next = erase ? Math.max(0, Math.round(old * (1 - q / 255))) : Math.max(old, q)
    if (next !== old) {
      d[v] = next
      changed = true
    }
  }
  return changed
}

/** Quick mark: every vertex inside the region gets the full weight. */
export function markRegion(d: VertexDrawing, rv: VertexWeights, inside = INSIDE): VertexDrawing {
  const out = d.slice()
  for (let i = 0; i < rv.vertices.length; i++)
    if (rv.weights[i]! >= inside && rv.vertices[i]! < out.length) out[rv.vertices[i]!] = 255
  return out
}

/** Remove a quick mark (or whatever was painted inside the region). */
export function unmarkRegion(d: VertexDrawing, rv: VertexWeights, inside = INSIDE): VertexDrawing {
  const out = d.slice()
  for (let i = 0; i < rv.vertices.length; i++)
    if (rv.weights[i]! >= inside && rv.vertices[i]! < out.length) out[rv.vertices[i]!] = 0
  return out
}

/** Share (0..1) of the region's inside vertices that are painted, each counted by its weight. */
export function regionCoverage(d: VertexDrawing, rv: VertexWeights, inside = INSIDE): number {
  let sum = 0
  let count = 0
  for (let i = 0; i < rv.vertices.length; i++) {
    if (rv.weights[i]! < inside) continue
    count++
    sum += d[rv.vertices[i]!] ?? 0
  }
  return count === 0 ? 0 : sum / (255 * count)
}

export interface AreaOptions {
  /** painting this share of a region marks it fully; less marks it proportionally */
  fullCoverage?: number
  /** areas weaker than this are dropped (a brush edge grazing a neighbour region) */
  minWeight?: number
  /**
   * an area is left out when at least this share of its paint lies inside another area that
   * is more completely painted: that area already explains it (see painAreasOfVertices)
   */
  nestedShare?: number
}

// A quarter of a region is what a person paints when "it hurts around here": regions are
// drawn generously (a whole temple, the whole side of the thigh). Below a tenth, the brush
// only grazed the region's border.
export const AREA_DEFAULTS: Required<AreaOptions> = { fullCoverage: 0.25, minWeight: 0.1, nestedShare: 0.9 }

interface Candidate {
  key: string
  coverage: number
  /** painted weight inside the region */
  painted: number
  /** painted inside vertices -> their painted weight */
  vertices: Map<number, number>
}

/**
 * The marked areas of a drawing, sorted by key (deterministic, like the rest of areas.ts).
 *
 * Regions overlap at their borders (a point there is honestly in both, DESIGN section 5), so a
 * fully painted temple also covers a good part of the small regions around it. When nearly all
 * of an area's paint lies inside another area that is more completely painted, the person
 * marked that other area, and the overlap is not a second complaint: it is left out. Painting
 * that reaches beyond the overlap keeps the neighbour, so "temple and the side of the head"
 * is still two areas when both were painted.
 */
export function painAreasOfVertices(
  d: VertexDrawing,
  zones: ReadonlyMap<string, VertexWeights>,
  options: AreaOptions = {},
): PainArea[] {
  const o = { ...AREA_DEFAULTS, ...options }
  const candidates: Candidate[] = []
  for (const [key, rv] of zones) {
    let count = 0
    let painted = 0
    const vertices = new Map<number, number>()
    for (let i = 0; i < rv.vertices.length; i++) {
      if (rv.weights[i]! < INSIDE) continue
      count++
      const v = rv.vertices[i]!
      const w = d[v] ?? 0
      if (w === 0) continue
      painted += w / 255
      vertices.set(v, w / 255)
    }
    const coverage = count === 0 ? 0 : painted / count
    if (Math.min(1, coverage / o.fullCoverage) >= o.minWeight) candidates.push({ key, coverage, painted, vertices })
  }
  const explainedByOther = (c: Candidate): boolean =>
    candidates.some((other) => {
      if (other === c || other.coverage <= c.coverage) return false
      let shared = 0
      for (const [v, w] of c.vertices) if (other.vertices.has(v)) shared += w
      return shared >= o.nestedShare * c.painted
    })
  const areas: PainArea[] = []
  for (const c of candidates) {
    if (explainedByOther(c)) continue
    areas.push({ ...parseZoneKey(c.key), weight: Math.min(1, c.coverage / o.fullCoverage) })
  }
  return mergePain(areas)
}

/**
 * For each vertex, its mirror image across x = 0 (the body's left is +x). The body mesh is
 * symmetric (DESIGN section 3), so nearly every vertex has an exact twin at (-x, y, z): those
 * are found by hashing coordinates rounded to 0.1 mm. The few left (a rounding boundary, an
 * asymmetric mesh) take the nearest vertex to their mirrored point from a 2 cm grid.
 * Measured on the 53.5k-vertex body: every vertex found by the hash, about 30 ms in node.
 */
export function mirrorVertexMap(positions: Float32Array): Uint32Array {
  const n = positions.length / 3
  // 0.1 mm steps; offsets keep every part positive and the key below 2^53 for a 2 m body
  const q = (v: number): number => Math.round(v * 1e4) + 30000
  const hash = (x: number, y: number, z: number): number => q(x) + 60000 * (q(y) + 60000 * q(z))
  const byPosition = new Map<number, number>()
  for (let v = 0; v < n; v++) byPosition.set(hash(positions[3 * v]!, positions[3 * v + 1]!, positions[3 * v + 2]!), v)
  const out = new Uint32Array(n)
  const missing: number[] = []
  for (let v = 0; v < n; v++) {
    const twin = byPosition.get(hash(-positions[3 * v]!, positions[3 * v + 1]!, positions[3 * v + 2]!))
    if (twin === undefined) missing.push(v)
    else out[v] = twin
  }
  if (missing.length > 0) nearestMirrored(positions, missing, out)
  return out
}

/** The nearest vertex to each listed vertex's mirrored point, through a uniform grid. */
function nearestMirrored(positions: Float32Array, vertices: readonly number[], out: Uint32Array, cell = 0.02): void {
  const n = positions.length / 3
  const grid = new Map<number, number[]>()
  const c = (v: number): number => Math.floor(v / cell) + 2000
  const key = (i: number, j: number, k: number): number => i + 4000 * (j + 4000 * k)
  for (let u = 0; u < n; u++) {
    const k = key(c(positions[3 * u]!), c(positions[3 * u + 1]!), c(positions[3 * u + 2]!))
    const list = grid.get(k)
    if (list) list.push(u)
    else grid.set(k, [u])
  }
  for (const v of vertices) {
    const x = -positions[3 * v]!
    const y = positions[3 * v + 1]!
    const z = positions[3 * v + 2]!
    let best = v
    let bestD = Infinity
    for (let dk = -1; dk <= 1; dk++)
      for (let dj = -1; dj <= 1; dj++)
        for (let di = -1; di <= 1; di++) {
          for (const u of grid.get(key(c(x) + di, c(y) + dj, c(z) + dk)) ?? []) {
            const ex = positions[3 * u]! - x
            const ey = positions[3 * u + 1]! - y
            const ez = positions[3 * u + 2]! - z
            const dd = ex * ex + ey * ey + ez * ez
            if (dd < bestD) {
              bestD = dd
              best = u
            }
          }
        }
    out[v] = best
  }
}

/** "Mirror to the other side": the drawing plus its mirror image. */
export function mirrorVertices(d: VertexDrawing, mirror: Uint32Array): VertexDrawing {
  const out = d.slice()
  for (let i = 0; i < d.length; i++) {
    const w = d[i]!
    if (w === 0) continue
    const j = mirror[i]
    if (j !== undefined && j < out.length && out[j]! < w) out[j] = w
  }
  return out
}

/** The drawing as the URL codec's samples (codec.ts), painted vertices only. */
export function samplesOfDrawing(d: VertexDrawing): { vertex: number; weight: number }[] {
  const out: { vertex: number; weight: number }[] = []
  for (let i = 0; i < d.length; i++) if (d[i] !== 0) out.push({ vertex: i, weight: d[i]! / 255 })
  return out
}

/**
 * Back from samples; region samples are ignored (this drawing is per vertex). Throws when a
 * vertex lies beyond the mesh: that drawing was made on another body model.
 */
export function drawingFromSamples(
  samples: readonly ({ vertex: number; weight: number } | { region: string; weight: number })[],
  vertexCount: number,
): VertexDrawing {
  const d = new Uint8Array(vertexCount)
  for (const s of samples) {
    if (!('vertex' in s)) continue
    if (s.vertex >= vertexCount) throw new Error(`vertex ${s.vertex} is beyond this body's ${vertexCount} vertices`)
    d[s.vertex] = Math.max(d[s.vertex]!, Math.round(Math.min(1, Math.max(0, s.weight)) * 255))
  }
  return d
}
