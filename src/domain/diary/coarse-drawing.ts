// A pain drawing in skin cells, for a QR code (issue 13). A large drawing takes up to ~4 KB in the
// pain codec (one bit per vertex between the first and last painted one), more than a QR code can
// carry with the link around it (~2.3 KB). Here the skin is cut into cubes of `cellMm` (and by
// which way it faces, so the palm and the back of a thin hand, or the two inner thighs, never
// share a cell), and each cell keeps one value: the mean paint of its vertices, at the codec's
// WEIGHT_LEVELS (a cell with any paint at least the lowest). What is lost: the outline of a
// painted area moves to cell boundaries (within one cell, `cellMm`; a cell it crosses is painted
// whole, so the area grows), and the paint's falloff inside a cell is evened out. A drawing of any size
// fits a QR code at some cell size: the body has ~6k cells at 2 cm, a few hundred at 10 cm.
//
// The cells are numbered from the body model alone (positions and normals), the same way on the
// patient's phone and the therapist's tablet, so the text carries only a bit per cell (range
// coded with the previous two bits as context, as the pain codec does) and a level per painted
// cell. Text: `<cellMm>.<base64url>`; bytes: varint cell count (a check that both sides cut
// the same body), the range-coded bits, 2 bytes FNV-1a.
import { type SkinMesh, facingAxis } from '../geometry'
import { fromBase64Url, newModels, RangeDecoder, RangeEncoder, toBase64Url, type VertexDrawing, WEIGHT_LEVELS } from '../pain'

/** cell sizes tried in turn (mm) until the drawing fits */
export const COARSE_CELL_SIZES_MM = [20, 30, 45, 70, 100, 150, 250, 400] as const

const LEVEL_BITS = 2
/** every body model lies inside this box (DESIGN section 3: metres, feet on y = 0) */
const ORIGIN = [-2, -1, -2] as const
const SPAN = 4096

export interface SkinCells {
  /** cell of each vertex */
  cellOf: Uint32Array
  count: number
}

const cache = new WeakMap<Float32Array, Map<number, SkinCells>>()

/** The skin's cells at `cellMm`, numbered head to foot (by y, then z, x, facing). Cached per mesh. */
export function skinCells(mesh: SkinMesh, cellMm: number): SkinCells {
  let byMesh = cache.get(mesh.positions)
  if (!byMesh) cache.set(mesh.positions, (byMesh = new Map()))
  const hit = byMesh.get(cellMm)
  if (hit) return hit
  const { positions: p, normals: n } = mesh
  const count = p.length / 3
  const cell = cellMm / 1000
  const keys = new Float64Array(count)
  for (let v = 0; v < count; v++) {
    const [ix, iy, iz] = [0, 1, 2].map((k) => Math.min(SPAN - 1, Math.max(0, Math.floor((p[v * 3 + k]! - ORIGIN[k]!) / cell))))
    keys[v] = (((SPAN - 1 - iy!) * SPAN + iz!) * SPAN + ix!) * 6 + facingAxis(n[v * 3]!, n[v * 3 + 1]!, n[v * 3 + 2]!)
  }
  const sorted = [...new Set(keys)].sort((a, b) => a - b)
  const rank = new Map(sorted.map((k, i) => [k, i]))
  const cellOf = new Uint32Array(count)
  for (let v = 0; v < count; v++) cellOf[v] = rank.get(keys[v]!)!
  const out = { cellOf, count: sorted.length }
  byMesh.set(cellMm, out)
  return out
}

function pushVarint(out: number[], v: number): void {
  while (v >= 128) {
    out.push((v % 128) | 128)
    v = Math.floor(v / 128)
  }
  out.push(v)
}

function checksum(bytes: readonly number[], end: number): number {
  let h = 0x811c9dc5
  for (let i = 0; i < end; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193) >>> 0
  return (h ^ (h >>> 16)) & 0xffff
}

/** The level (0 = not painted, k = weight k / WEIGHT_LEVELS) of each cell: its vertices' mean paint. */
function cellLevels(drawing: VertexDrawing, cells: SkinCells): Uint8Array {
  const sum = new Float64Array(cells.count)
  const n = new Uint32Array(cells.count)
  for (let v = 0; v < drawing.length; v++) {
    const c = cells.cellOf[v]!
    sum[c] = sum[c]! + drawing[v]! / 255
    n[c] = n[c]! + 1
  }
  // a cell with any paint stays painted (at least the lowest level), one without stays clean: a
  // vertex changes only in a cell the drawing's outline crosses
  return Uint8Array.from(sum, (s, c) =>
    s > 0 ? Math.min(WEIGHT_LEVELS, Math.max(1, Math.round((s / Math.max(1, n[c]!)) * WEIGHT_LEVELS))) : 0,
  )
}

/** The drawing as cells of `cellMm` (text `<cellMm>.<base64url>`). */
export function encodeCoarseDrawing(drawing: VertexDrawing, mesh: SkinMesh, cellMm: number): string {
  const cells = skinCells(mesh, cellMm)
  const levels = cellLevels(drawing, cells)
  const out: number[] = []
  pushVarint(out, cells.count)
  const enc = new RangeEncoder()
  const presence = newModels(4)
  const levelModels = newModels((WEIGHT_LEVELS + 1) << LEVEL_BITS)
  let ctx = 0
  let prev = 0
  for (const l of levels) {
    const bit = l > 0 ? 1 : 0
    enc.encodeBit(presence, ctx, bit)
    ctx = ((ctx << 1) | bit) & 3
    if (!bit) {
      prev = 0
      continue
    }
    let node = 1
    for (let b = LEVEL_BITS - 1; b >= 0; b--) {
      const lb = (((l - 1) >> b) & 1) as 0 | 1
      enc.encodeBit(levelModels, (prev << LEVEL_BITS) + node, lb)
      node = (node << 1) | lb
    }
    prev = l
  }
  out.push(...enc.finish())
  const sum = checksum(out, out.length)
  out.push(sum >> 8, sum & 0xff)
  return `${cellMm}.${toBase64Url(out)}`
}

export type DecodedCoarse = { ok: true; drawing: VertexDrawing; cellMm: number } | { ok: false; reason: string }

/** Back to a drawing on `mesh`: every vertex takes its cell's level. Never throws. */
export function decodeCoarseDrawing(text: string, mesh: SkinMesh): DecodedCoarse {
  const m = /^(\d{1,4})\.([A-Za-z0-9_-]*)$/.exec(text)
  const cellMm = Number(m?.[1])
  if (!m || !(COARSE_CELL_SIZES_MM as readonly number[]).includes(cellMm)) return { ok: false, reason: 'unknown cell size' }
  const bytes = fromBase64Url(m[2]!)
  if (!bytes || bytes.length < 3) return { ok: false, reason: 'not base64url' }
  const end = bytes.length - 2
  if (checksum(bytes, end) !== ((bytes[end]! << 8) | bytes[end + 1]!)) return { ok: false, reason: 'checksum mismatch' }
  const cells = skinCells(mesh, cellMm)
  let pos = 0
  let count = 0
  for (let mul = 1, k = 0; ; k++, mul *= 128) {
    if (pos >= end || k > 4) return { ok: false, reason: 'truncated' }
    const b = bytes[pos++]!
    count += (b & 127) * mul
    if (b < 128) break
  }
  if (count !== cells.count) return { ok: false, reason: 'another body model' }
  const dec = new RangeDecoder(bytes.slice(0, end), pos)
  const presence = newModels(4)
  const levelModels = newModels((WEIGHT_LEVELS + 1) << LEVEL_BITS)
  const levels = new Uint8Array(count)
  let ctx = 0
  let prev = 0
  for (let c = 0; c < count; c++) {
    const bit = dec.decodeBit(presence, ctx)
    ctx = ((ctx << 1) | bit) & 3
    if (!bit) {
      prev = 0
      continue
    }
    let node = 1
    for (let b = 0; b < LEVEL_BITS; b++) node = (node << 1) | dec.decodeBit(levelModels, (prev << LEVEL_BITS) + node)
    levels[c] = prev = node - (1 << LEVEL_BITS) + 1
  }
  if (dec.overrun > 4) return { ok: false, reason: 'truncated' }
  const drawing = new Uint8Array(cells.cellOf.length)
  for (let v = 0; v < drawing.length; v++) drawing[v] = Math.round((levels[cells.cellOf[v]!]! / WEIGHT_LEVELS) * 255)
  return { ok: true, drawing, cellMm }
}
