// Dates and drawings of diary entries as the diary UI shows them.
import { dayNumber, type DiaryEntry } from '../domain/diary'
import { decodePain, drawingFromSamples } from '../domain/pain'

const formats = new Map<string, Intl.DateTimeFormat>()

/** An ISO day in the reader's language: "3 Dec 2026", "3 dic 2026", "3. Dez. 2026". */
export function formatDay(isoDay: string, lang: string, style: 'medium' | 'short' = 'medium'): string {
  const key = `${lang}|${style}`
  let f = formats.get(key)
  if (!f) {
    f =
      style === 'medium'
        ? new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })
        : new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short', timeZone: 'UTC' })
    formats.set(key, f)
  }
  return f.format(new Date(dayNumber(isoDay) * 86_400_000))
}

/** The entry's drawing, one byte per vertex of the body; null when it cannot be laid on this body. */
export function drawingOfEntry(entry: DiaryEntry, vertexCount: number): Uint8Array | null {
  const decoded = decodePain(entry.drawing)
  if (!decoded.ok) return null
  try {
    return drawingFromSamples(decoded.samples, vertexCount)
  } catch {
    return null
  }
}

/** Offers text as a file download (no request: a blob URL of this page). */
export function downloadText(text: string, fileName: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }))
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
