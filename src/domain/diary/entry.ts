// A pain diary entry (issue 13): one day's pain drawing with how strong it was, what it felt
// like and a short note. Health data: it lives on this device only (src/state/diary-store.ts),
// leaves it only in a file the person exports or a link they copy (entry-link.ts).
//
// The drawing is kept as the pain codec's text (domain/pain codec.ts, the same text as a
// `#pain=` link): a day's drawing is ~0.5 to 3 KB instead of one byte per body vertex (53 KB),
// so a year of entries fits in local storage.
import { stripUnsafe } from '../text'

/** What the pain feels like; the order here is the order shown and saved. */
export const QUALITIES = ['aching', 'burning', 'sharp', 'tingling', 'numb'] as const
export type Quality = (typeof QUALITIES)[number]

export const INTENSITY_MIN = 0
export const INTENSITY_MAX = 10
/** A short note: a sentence or two (code points). */
export const NOTE_MAX = 280
export const ENTRY_ID_PATTERN = /^[A-Za-z0-9_-]{4,40}$/

export interface DiaryEntry {
  /** unique in a diary; merge on import goes by it */
  id: string
  /** the day it describes, ISO `YYYY-MM-DD` (local day of the person, no time zone) */
  date: string
  /** 0 = no pain .. 10 = worst imaginable */
  intensity: number
  /** a subset of QUALITIES, in their order */
  qualities: Quality[]
  note: string
  /** the pain codec's text (`1.<base64url>`) of the drawing on the body model of the diary */
  drawing: string
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/

/** A real calendar day written `YYYY-MM-DD` (2026-02-30 is not one). */
export function isIsoDay(text: string): boolean {
  const m = ISO_DAY.exec(text)
  if (!m) return false
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (y < 1900 || y > 2999) return false
  const t = new Date(Date.UTC(y, mo - 1, d))
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d
}

/** The local calendar day of a moment, `YYYY-MM-DD` (what "today" means to the person). */
export function isoDayOf(date: Date): string {
  const p = (n: number, w = 2) => String(n).padStart(w, '0')
  return `${p(date.getFullYear(), 4)}-${p(date.getMonth() + 1)}-${p(date.getDate())}`
}

/** Days since 1970-01-01 of an ISO day (for the chart's time axis and the link). */
export function dayNumber(isoDay: string): number {
  const [y, m, d] = isoDay.split('-').map(Number)
  return Math.round(Date.UTC(y!, m! - 1, d!) / 86_400_000)
}

export function isoDayOfNumber(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10)
}

/** A note without line breaks, tabs, control or bidi characters, trimmed (not capped). */
export const cleanNote = (text: string): string => stripUnsafe(text.replace(/[\r\n\t\u2028\u2029]+/g, ' ')).trim()

/**
 * A note as it is kept: line breaks and tabs become spaces, control and bidi characters are
 * removed (domain/text), spaces trimmed, at most NOTE_MAX code points.
 */
export function normalizeNote(text: string): string {
  const flat = cleanNote(text)
  const chars = Array.from(flat)
  return chars.length <= NOTE_MAX ? flat : chars.slice(0, NOTE_MAX).join('').trimEnd()
}

/** The qualities given, known ones only, once each, in QUALITIES order. */
export function normalizeQualities(qualities: readonly string[]): Quality[] {
  return QUALITIES.filter((q) => qualities.includes(q))
}

export function clampIntensity(n: number): number {
  return Math.min(INTENSITY_MAX, Math.max(INTENSITY_MIN, Math.round(Number.isFinite(n) ? n : 0)))
}

/** Oldest first; the same day by id (stable whatever order they came in). */
export function compareEntries(a: DiaryEntry, b: DiaryEntry): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

export const sortEntries = (entries: readonly DiaryEntry[]): DiaryEntry[] => [...entries].sort(compareEntries)

/** Newest first, as the diary list shows them. */
export const newestFirst = (entries: readonly DiaryEntry[]): DiaryEntry[] => sortEntries(entries).reverse()

export function sameEntry(a: DiaryEntry, b: DiaryEntry): boolean {
  return (
    a.id === b.id &&
    a.date === b.date &&
    a.intensity === b.intensity &&
    a.note === b.note &&
    a.drawing === b.drawing &&
    a.qualities.length === b.qualities.length &&
    a.qualities.every((q, i) => q === b.qualities[i])
  )
}

/**
 * A new entry id from random bytes (the caller's source: crypto in the app, a seeded PRNG in
 * tests): 12 base64url characters, 72 bits, so two devices' entries never collide in a merge.
 */
export function entryIdOf(bytes: ArrayLike<number>): string {
  const A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
  let out = ''
  for (let i = 0; i < 12; i++) out += A[(bytes[i] ?? 0) & 63]
  return out
}
