// Compact, versioned encoding of a pain drawing for the URL fragment (DESIGN section 7): the
// drawing never leaves the device, yet a link can carry it. Text form: `1.<base64url>`.
//
// A drawing is thousands of painted vertices (a brush dab covers ~100 on the 53k-vertex body),
// so sorted-id deltas were measured at 10 KB for ten strokes. Version 1 instead range-codes
// (range-coder.ts) one "painted?" bit per vertex between the first and last painted one, with
// the two previous bits as context (brush strokes paint runs of neighbouring ids, since the mesh
// is stored in vertex-cache order), then each painted vertex's weight level, with the previous
// level as context (weights change smoothly across the skin).
//
// Version 1 bytes (varint = unsigned LEB128):
//   varint first painted vertex, varint span (last - first + 1, 0 when no vertex is painted)
//   varint m, then m region samples: varint len, len ascii bytes of the region key, byte level
//   range-coded vertex bits and levels
//   2 bytes: FNV-1a of everything before, so a damaged link is refused, not misread
// Weights are quantized to WEIGHT_LEVELS levels: level k means weight (k + 1) / WEIGHT_LEVELS.
// Measured on the real body (tests/unit/pain-codec.test.ts): 10 brush strokes, ~1.9k vertices,
// take ~0.5 KB of text; 100 strokes over four areas, ~20k vertices, ~3 KB (sorted-id deltas
// needed ~1.7 characters per vertex: 33 KB).
import { newModels, RangeDecoder, RangeEncoder } from './range-coder'
import { pushVarint, readVarint } from './varint'

export type PainSample = { vertex: number; weight: number } | { region: string; weight: number }

export const PAIN_CODEC_VERSION = 1
export const WEIGHT_LEVELS = 4
const LEVEL_BITS = 2
/** far above any body mesh; bounds the work a hostile link can ask for */
export const MAX_VERTEX_INDEX = 1 << 21
export const MAX_PAIN_SAMPLES = 200_000
const MAX_TEXT = 600_000

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
const B64_INDEX = new Map([...B64].map((c, i) => [c, i]))

export function toBase64Url(bytes: readonly number[]): string {
  let out = ''
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0)
    const chars = i + 2 < bytes.length ? 4 : i + 1 < bytes.length ? 3 : 2
    for (let k = 0; k < chars; k++) out += B64[(n >> (18 - 6 * k)) & 63]
  }
  return out
}

export function fromBase64Url(text: string): number[] | null {
  if (text.length % 4 === 1) return null
  const out: number[] = []
  for (let i = 0; i < text.length; i += 4) {
    const chunk = text.slice(i, i + 4)
    let n = 0
    for (let k = 0; k < 4; k++) {
      const v = k < chunk.length ? B64_INDEX.get(chunk[k]!) : 0
      if (v === undefined) return null
      n = n * 64 + v
    }
    const bytes = [(n >> 16) & 255, (n >> 8) & 255, n & 255]
    out.push(...bytes.slice(0, chunk.length - 1))
  }
  return out
}

const level = (weight: number) => Math.min(WEIGHT_LEVELS - 1, Math.max(0, Math.round(weight * WEIGHT_LEVELS) - 1))
export const quantizeWeight = (weight: number): number => (level(weight) + 1) / WEIGHT_LEVELS

function checksum(bytes: ArrayLike<number>, end: number): number {
  let h = 0x811c9dc5
  for (let i = 0; i < end; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193) >>> 0
  return (h ^ (h >>> 16)) & 0xffff
}

// Context models: presence by the two previous presence bits; level bits by the previous
// vertex's level (0 = not painted, k + 1 = level k) and the node of the level's bit tree.
const presenceModels = () => newModels(4)
const levelModels = () => newModels((WEIGHT_LEVELS + 1) << LEVEL_BITS)

/**
 * Encodes samples. Weights are quantized to WEIGHT_LEVELS levels, samples with weight <= 0 or
 * bad indices are left out, and a vertex or region given twice keeps its larger weight.
 */
export function encodePain(samples: readonly PainSample[]): string {
  const vertices = new Map<number, number>()
  const regions = new Map<string, number>()
  for (const s of samples) {
    if (!(s.weight > 0)) continue
    if ('vertex' in s) {
      if (Number.isInteger(s.vertex) && s.vertex >= 0 && s.vertex < MAX_VERTEX_INDEX)
        vertices.set(s.vertex, Math.max(vertices.get(s.vertex) ?? 0, s.weight))
    } else if (/^[a-z0-9_]{1,80}$/.test(s.region)) regions.set(s.region, Math.max(regions.get(s.region) ?? 0, s.weight))
  }
  let first = Infinity
  let last = -1
  for (const v of vertices.keys()) {
    if (v < first) first = v
    if (v > last) last = v
  }
  const span = last < 0 ? 0 : last - first + 1
  const out: number[] = []
  pushVarint(out, span === 0 ? 0 : first)
  pushVarint(out, span)
  const keys = [...regions.keys()].sort()
  pushVarint(out, keys.length)
  for (const k of keys) {
    pushVarint(out, k.length)
    for (const ch of k) out.push(ch.charCodeAt(0))
    out.push(level(regions.get(k)!))
  }
  if (span > 0) {
    const enc = new RangeEncoder()
    const presence = presenceModels()
    const levels = levelModels()
    let ctx = 0
    let prevLevel = 0
    for (let v = first; v <= last; v++) {
      const w = vertices.get(v)
      const bit = w === undefined ? 0 : 1
      enc.encodeBit(presence, ctx, bit)
      ctx = ((ctx << 1) | bit) & 3
      if (w === undefined) {
        prevLevel = 0
        continue
      }
      const l = level(w)
      let node = 1
      for (let b = LEVEL_BITS - 1; b >= 0; b--) {
        const lb = ((l >> b) & 1) as 0 | 1
        enc.encodeBit(levels, (prevLevel << LEVEL_BITS) + node, lb)
        node = (node << 1) | lb
      }
      prevLevel = l + 1
    }
    out.push(...enc.finish())
  }
  const sum = checksum(out, out.length)
  out.push(sum >> 8, sum & 0xff)
  return `${PAIN_CODEC_VERSION}.${toBase64Url(out)}`
}

export type DecodedPain = { ok: true; samples: PainSample[] } | { ok: false; reason: string }

/** Decodes `encodePain`'s text. Never throws; anything malformed gives a reason. */
export function decodePain(text: string): DecodedPain {
  if (typeof text !== 'string' || text.length > MAX_TEXT) return { ok: false, reason: 'too long' }
  const dot = text.indexOf('.')
  const version = text.slice(0, dot)
  if (dot < 0 || !/^\d+$/.test(version)) return { ok: false, reason: 'no version' }
  if (Number(version) !== PAIN_CODEC_VERSION) return { ok: false, reason: `unknown version ${version.slice(0, 8)}` }
  const bytes = fromBase64Url(text.slice(dot + 1))
  if (!bytes || bytes.length < 5) return { ok: false, reason: 'not base64url' }
  const end = bytes.length - 2
  if (checksum(bytes, end) !== ((bytes[end]! << 8) | bytes[end + 1]!)) return { ok: false, reason: 'checksum mismatch' }
  let pos = 0
  const varint = (): number => {
    const [v, next] = readVarint(bytes, pos, end, 8)
    pos = next
    return v
  }
  try {
    const first = varint()
    const span = varint()
    if (first + span > MAX_VERTEX_INDEX) throw new Error('vertex index out of range')
    const m = varint()
    if (m > MAX_PAIN_SAMPLES || m > end) throw new Error('too many regions')
    const samples: PainSample[] = []
    for (let i = 0; i < m; i++) {
      const len = varint()
      if (len < 1 || len > 80 || pos + len + 1 > end) throw new Error('bad region key')
      const region = String.fromCharCode(...bytes.slice(pos, pos + len))
      pos += len
      if (!/^[a-z0-9_]+$/.test(region)) throw new Error('bad region key')
      const l = bytes[pos++]!
      if (l >= WEIGHT_LEVELS) throw new Error('bad weight')
      samples.push({ region, weight: (l + 1) / WEIGHT_LEVELS })
    }
    const vertexSamples: PainSample[] = []
    if (span > 0) {
      const dec = new RangeDecoder(bytes.slice(0, end), pos)
      const presence = presenceModels()
      const levels = levelModels()
      let ctx = 0
      let prevLevel = 0
      for (let v = first; v < first + span; v++) {
        const bit = dec.decodeBit(presence, ctx)
        ctx = ((ctx << 1) | bit) & 3
        if (bit === 0) {
          prevLevel = 0
          continue
        }
        let node = 1
        for (let b = 0; b < LEVEL_BITS; b++) node = (node << 1) | dec.decodeBit(levels, (prevLevel << LEVEL_BITS) + node)
        const l = node - (1 << LEVEL_BITS)
        vertexSamples.push({ vertex: v, weight: (l + 1) / WEIGHT_LEVELS })
        prevLevel = l + 1
      }
      if (dec.overrun > 4) throw new Error('truncated')
      const firstOk = vertexSamples[0] && 'vertex' in vertexSamples[0] && vertexSamples[0].vertex === first
      const lastSample = vertexSamples[vertexSamples.length - 1]
      if (!firstOk || !lastSample || !('vertex' in lastSample) || lastSample.vertex !== first + span - 1)
        throw new Error('span mismatch')
    } else if (pos !== end) throw new Error('trailing bytes')
    return { ok: true, samples: [...vertexSamples, ...samples] }
  } catch (e) {
    return { ok: false, reason: e instanceof Error ? e.message : 'corrupt' }
  }
}
