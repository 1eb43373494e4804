// One diary entry in a link's fragment, for "Bring to my consult" (issue 13): the therapist's
// consult mode opens it and shows it on the body. The fragment is never sent to a server.
//
//   #entry=1.<header, base64url>.<drawing: the pain codec's text, `1.<base64url>`>
// Header bytes (varint = unsigned LEB128): varint day number (days since 1970-01-01), byte
// intensity, byte qualities (bit i = QUALITIES[i]), varint id length + id (ASCII), varint note
// length + note (UTF-8), then 2 bytes of FNV-1a over those bytes AND the drawing's text, so a
// header pasted onto another drawing, or a damaged link, is refused rather than misread. The
// drawing keeps its own checksum (pain codec). ~40 bytes of header plus the drawing.
//
//   #entry=2.<header>.<drawing in skin cells: `<cellMm>.<base64url>`, coarse-drawing.ts>
// Version 2 is for QR codes: the same header, the drawing coarsened to cells of the skin so that
// a large drawing still fits (what is lost is said there). It is decoded on the body model
// (the cells are cut from it) and becomes an ordinary entry. Version 1 links open as before.
import type { SkinMesh } from '../geometry'
import {
  decodePain,
  drawingFromSamples,
  encodePain,
  fromBase64Url,
  pushVarint,
  readVarint,
  samplesOfDrawing,
  toBase64Url,
} from '../pain'
import { COARSE_CELL_SIZES_MM, decodeCoarseDrawing, encodeCoarseDrawing } from './coarse-drawing'
import { type DiaryEntry, type Quality, dayNumber, isoDayOfNumber, QUALITIES } from './entry'
import { DiaryEntrySchema } from './schema'

export const ENTRY_LINK_VERSION = 1
/** the drawing in skin cells (for a QR code) */
export const ENTRY_LINK_COARSE_VERSION = 2
/** a link longer than this is not one the app made (the pain codec's own cap plus the header) */
const MAX_LINK_TEXT = 601_000

function fnv(bytes: readonly number[], text: string): number {
  let h = 0x811c9dc5
  for (const b of bytes) h = Math.imul(h ^ b, 0x01000193) >>> 0
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0
  return (h ^ (h >>> 16)) & 0xffff
}

/** The fragment value (after `entry=`) for one entry, its drawing in full. */
export function encodeEntryLink(entry: DiaryEntry): string {
  return `${ENTRY_LINK_VERSION}.${headerText(entry, entry.drawing)}.${entry.drawing}`
}

/** Version 2: the drawing in skin cells of `cellMm` (coarse-drawing.ts) on the entry's body model. */
export function encodeCoarseEntryLink(entry: DiaryEntry, mesh: SkinMesh, cellMm: number): string {
  const decoded = decodePain(entry.drawing)
  const vertices = drawingFromSamples(decoded.ok ? decoded.samples : [], mesh.positions.length / 3)
  const drawing = encodeCoarseDrawing(vertices, mesh, cellMm)
  return `${ENTRY_LINK_COARSE_VERSION}.${headerText(entry, drawing)}.${drawing}`
}

/**
 * The shortest faithful link text of at most `maxChars`: the full drawing when it fits, else the
 * drawing in the finest skin cells that fit (`cellMm` says which; null = in full). The coarsest
 * cells fit any drawing a QR code is asked to carry.
 */
export function entryLinkThatFits(entry: DiaryEntry, mesh: SkinMesh, maxChars: number): { text: string; cellMm: number | null } {
  const full = encodeEntryLink(entry)
  if (full.length <= maxChars) return { text: full, cellMm: null }
  let text = full
  let cellMm = 0
  for (const size of COARSE_CELL_SIZES_MM) {
    text = encodeCoarseEntryLink(entry, mesh, size)
    cellMm = size
    if (text.length <= maxChars) break
  }
  return { text, cellMm }
}

function headerText(entry: DiaryEntry, drawingText: string): string {
  const out: number[] = []
  pushVarint(out, dayNumber(entry.date))
  out.push(entry.intensity)
  out.push(entry.qualities.reduce((mask, q) => mask | (1 << QUALITIES.indexOf(q)), 0))
  pushVarint(out, entry.id.length)
  for (const ch of entry.id) out.push(ch.charCodeAt(0))
  const note = new TextEncoder().encode(entry.note)
  pushVarint(out, note.length)
  out.push(...note)
  const sum = fnv(out, drawingText)
  out.push(sum >> 8, sum & 0xff)
  return toBase64Url(out)
}

export type DecodedEntryLink = { ok: true; entry: DiaryEntry } | { ok: false; reason: string }

/**
 * Reads encodeEntryLink's (or encodeCoarseEntryLink's) text; never throws. The entry passes the
 * diary's own schema. `body` is the body model (or its vertex count): a drawing made on another
 * one is refused, and a version 2 link needs the mesh to be read at all.
 */
export function decodeEntryLink(text: string, body?: number | SkinMesh): DecodedEntryLink {
  if (typeof text !== 'string' || text.length > MAX_LINK_TEXT) return { ok: false, reason: 'too long' }
  const [version, header, ...rest] = text.split('.')
  if (version !== String(ENTRY_LINK_VERSION) && version !== String(ENTRY_LINK_COARSE_VERSION))
    return { ok: false, reason: 'unknown version' }
  const mesh = typeof body === 'object' ? body : undefined
  const vertexCount = typeof body === 'object' ? body.positions.length / 3 : body
  const linkDrawing = rest.join('.')
  const bytes = fromBase64Url(header ?? '')
  if (!bytes || bytes.length < 7) return { ok: false, reason: 'not base64url' }
  const end = bytes.length - 2
  if (fnv(bytes.slice(0, end), linkDrawing) !== ((bytes[end]! << 8) | bytes[end + 1]!))
    return { ok: false, reason: 'checksum mismatch' }
  let drawing = linkDrawing
  if (version === String(ENTRY_LINK_COARSE_VERSION)) {
    if (!mesh) return { ok: false, reason: 'needs the body model' }
    const coarse = decodeCoarseDrawing(linkDrawing, mesh)
    if (!coarse.ok) return { ok: false, reason: coarse.reason }
    drawing = encodePain(samplesOfDrawing(coarse.drawing))
  }
  let pos = 0
  const varint = (): number => {
    const [v, next] = readVarint(bytes, pos, end, 5)
    pos = next
    return v
  }
  try {
    const day = varint()
    if (pos + 2 > end) throw new Error('truncated')
    const intensity = bytes[pos++]!
    const mask = bytes[pos++]!
    const qualities: Quality[] = QUALITIES.filter((_, i) => mask & (1 << i))
    if (mask >> QUALITIES.length) throw new Error('unknown quality')
    const idLength = varint()
    if (pos + idLength > end) throw new Error('truncated')
    const id = String.fromCharCode(...bytes.slice(pos, pos + idLength))
    pos += idLength
    const noteLength = varint()
    if (pos + noteLength !== end) throw new Error('length mismatch')
    const note = new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes.slice(pos, end)))
    const entry = { id, date: isoDayOfNumber(day), intensity, qualities, note, drawing }
    const checked = DiaryEntrySchema.safeParse(entry)
    if (!checked.success) throw new Error(checked.error.issues[0]?.message ?? 'invalid entry')
    if (vertexCount !== undefined) {
      const d = decodePain(drawing)
      if (d.ok && d.samples.some((s) => 'vertex' in s && s.vertex >= vertexCount)) throw new Error('another body model')
    }
    return { ok: true, entry }
  } catch (e) {
    return { ok: false, reason: e instanceof Error ? e.message : 'corrupt' }
  }
}
