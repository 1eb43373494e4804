// Compact, versioned encoding of a pain drawing for the URL fragment (DESIGN section 7): the
// drawing never leaves the device, yet a link can carry it. Text form: `1.<base64url>`.
//
// Version 1 bytes (varint = unsigned LEB128):
//   varint n                         vertex samples, sorted by vertex index, unique
//   n x varint (gap - 1)             gap to the previous index (the first counts from -1)
//   runs until n covered:            weights, run-length coded (strokes paint runs of one weight)
//     varint ((run - 1) * 8 + level) level 0..7 means weight (level + 1) / 8
//   varint m                         region samples
//   m x (varint len, len ascii bytes of the region key, byte level)
// Measured (tests/unit/url-codec.test.ts): 100 strokes of 10 samples on a 55k-vertex mesh
// take about 1.7 KB of text.
export type PainSample = { vertex: number; weight: number } | { region: string; weight: number }

export const PAIN_CODEC_VERSION = 1
export const WEIGHT_LEVELS = 8
/** far above any body mesh; bounds what a hostile link can make us allocate */
export const MAX_VERTEX_INDEX = 1 << 24
export const MAX_PAIN_SAMPLES = 200_000
const MAX_TEXT = 600_000

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
const B64_INDEX = new Map([...B64].map((c, i) => [c, i]))

function toBase64Url(bytes: readonly number[]): string {
  let out = ''
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0)
    const chars = i + 2 < bytes.length ? 4 : i + 1 < bytes.length ? 3 : 2
    for (let k = 0; k < chars; k++) out += B64[(n >> (18 - 6 * k)) & 63]
  }
  return out
}

function fromBase64Url(text: string): number[] | null {
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

function pushVarint(out: number[], v: number): void {
  while (v >= 128) {
    out.push((v % 128) | 128)
    v = Math.floor(v / 128)
  }
  out.push(v)
}

/**
 * Encodes samples; weights are quantized to eighths, samples with weight <= 0 or bad indices are
 * left out, and a vertex or region given twice keeps its larger weight.
 */
export function encodePain(samples: readonly PainSample[]): string {
  const vertices = new Map<number, number>()
  const regions = new Map<string, number>()
  for (const s of samples) {
    if (!(s.weight > 0)) continue
    if ('vertex' in s) {
      if (Number.isInteger(s.vertex) && s.vertex >= 0 && s.vertex < MAX_VERTEX_INDEX) vertices.set(s.vertex, Math.max(vertices.get(s.vertex) ?? 0, s.weight))
    } else if (/^[a-z0-9_]{1,80}$/.test(s.region)) regions.set(s.region, Math.max(regions.get(s.region) ?? 0, s.weight))
  }
  const sorted = [...vertices.keys()].sort((a, b) => a - b)
  const out: number[] = []
  pushVarint(out, sorted.length)
  let prev = -1
  for (const v of sorted) {
    pushVarint(out, v - prev - 1)
    prev = v
  }
  for (let i = 0; i < sorted.length;) {
    const l = level(vertices.get(sorted[i]!)!)
    let run = 1
    while (i + run < sorted.length && level(vertices.get(sorted[i + run]!)!) === l) run++
    pushVarint(out, (run - 1) * WEIGHT_LEVELS + l)
    i += run
  }
  const keys = [...regions.keys()].sort()
  pushVarint(out, keys.length)
  for (const k of keys) {
    pushVarint(out, k.length)
    for (const ch of k) out.push(ch.charCodeAt(0))
    out.push(level(regions.get(k)!))
  }
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
  if (!bytes) return { ok: false, reason: 'not base64url' }
  let pos = 0
  const varint = (): number => {
    let v = 0
    let mul = 1
    for (let k = 0; k < 8; k++) {
      const b = bytes[pos++]
      if (b === undefined) throw new Error('truncated')
      v += (b & 127) * mul
      if (b < 128) return v
      mul *= 128
    }
    throw new Error('varint too long')
  }
  try {
    const n = varint()
    if (n > MAX_PAIN_SAMPLES || n > bytes.length) throw new Error('too many samples')
    const indices: number[] = []
    let prev = -1
    for (let i = 0; i < n; i++) {
      prev += varint() + 1
      if (prev >= MAX_VERTEX_INDEX) throw new Error('vertex index out of range')
      indices.push(prev)
    }
    const samples: PainSample[] = []
    while (samples.length < n) {
      const v = varint()
      const run = Math.floor(v / WEIGHT_LEVELS) + 1
      if (samples.length + run > n) throw new Error('weights overrun')
      const weight = ((v % WEIGHT_LEVELS) + 1) / WEIGHT_LEVELS
      for (let k = 0; k < run; k++) samples.push({ vertex: indices[samples.length]!, weight })
    }
    const m = varint()
    if (m > MAX_PAIN_SAMPLES || m > bytes.length) throw new Error('too many regions')
    for (let i = 0; i < m; i++) {
      const len = varint()
      if (len < 1 || len > 80 || pos + len + 1 > bytes.length) throw new Error('bad region key')
      const region = String.fromCharCode(...bytes.slice(pos, pos + len))
      pos += len
      if (!/^[a-z0-9_]+$/.test(region)) throw new Error('bad region key')
      const l = bytes[pos++]!
      if (l >= WEIGHT_LEVELS) throw new Error('bad weight')
      samples.push({ region, weight: (l + 1) / WEIGHT_LEVELS })
    }
    if (pos !== bytes.length) throw new Error('trailing bytes')
    return { ok: true, samples }
  } catch (e) {
    return { ok: false, reason: e instanceof Error ? e.message : 'corrupt' }
  }
}
