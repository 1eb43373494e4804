// One diary entry in a link's fragment, for "Bring to my consult" (issue 13): the therapist's
// consult mode opens it and shows it on the body. The fragment is never sent to a server.
//
//   #entry=1.<header, base64url>.<drawing: the pain codec's text, `1.<base64url>`>
// Header bytes (varint = unsigned LEB128): varint day number (days since 1970-01-01), byte
// intensity, byte qualities (bit i = QUALITIES[i]), varint id length + id (ASCII), varint note
// length + note (UTF-8), then 2 bytes of FNV-1a over those bytes AND the drawing's text, so a
// header pasted onto another drawing, or a damaged link, is refused rather than misread. The
// drawing keeps its own checksum (pain codec). ~40 bytes of header plus the drawing.
import { decodePain, fromBase64Url, pushVarint, readVarint, toBase64Url } from '../pain'
import { type DiaryEntry, type Quality, dayNumber, isoDayOfNumber, QUALITIES } from './entry'
import { DiaryEntrySchema } from './schema'

export const ENTRY_LINK_VERSION = 1
/** a link longer than this is not one the app made (the pain codec's own cap plus the header) */
const MAX_LINK_TEXT = 601_000

function fnv(bytes: readonly number[], text: string): number {
  let h = 0x811c9dc5
  for (const b of bytes) h = Math.imul(h ^ b, 0x01000193) >>> 0
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0
  return (h ^ (h >>> 16)) & 0xffff
}

/** The fragment value (after `entry=`) for one entry. */
export function encodeEntryLink(entry: DiaryEntry): string {
  const out: number[] = []
  pushVarint(out, dayNumber(entry.date))
  out.push(entry.intensity)
  out.push(entry.qualities.reduce((mask, q) => mask | (1 << QUALITIES.indexOf(q)), 0))
  pushVarint(out, entry.id.length)
  for (const ch of entry.id) out.push(ch.charCodeAt(0))
  const note = new TextEncoder().encode(entry.note)
  pushVarint(out, note.length)
  out.push(...note)
  const sum = fnv(out, entry.drawing)
  out.push(sum >> 8, sum & 0xff)
  return `${ENTRY_LINK_VERSION}.${toBase64Url(out)}.${entry.drawing}`
}

export type DecodedEntryLink = { ok: true; entry: DiaryEntry } | { ok: false; reason: string }

/** Reads encodeEntryLink's text; never throws. The entry passes the diary's own schema. */
export function decodeEntryLink(text: string, vertexCount?: number): DecodedEntryLink {
  if (typeof text !== 'string' || text.length > MAX_LINK_TEXT) return { ok: false, reason: 'too long' }
  const [version, header, ...rest] = text.split('.')
  if (version !== String(ENTRY_LINK_VERSION)) return { ok: false, reason: 'unknown version' }
  const drawing = rest.join('.')
  const bytes = fromBase64Url(header ?? '')
  if (!bytes || bytes.length < 7) return { ok: false, reason: 'not base64url' }
  const end = bytes.length - 2
  if (fnv(bytes.slice(0, end), drawing) !== ((bytes[end]! << 8) | bytes[end + 1]!))
    return { ok: false, reason: 'checksum mismatch' }
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
