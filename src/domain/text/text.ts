// Text that came from outside the app (a link, a file, a command line) before it is shown or
// printed: control and bidirectional-override characters can reorder, hide or restyle what
// surrounds them (U+202E reverses a line, ESC drives a terminal), and a very long value can
// push the app's own words out of sight.

/** C0 and C1 controls and DEL. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g
/** Bidi embeddings, overrides, isolates and marks; zero-width joiners and spaces; BOM. */
const INVISIBLE = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g
const ALL_UNSAFE = new RegExp(`${CONTROL.source}|${INVISIBLE.source}`, 'g')

const hex = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`

/**
 * Makes every control and invisible formatting character visible as `\uXXXX`, so a printed
 * line shows what the input held and a terminal or page reads it as plain text.
 * `keep` lists characters left as they are (e.g. '\n' for multi-line output).
 */
export function escapeUnsafe(text: string, keep = ''): string {
  return text.replace(ALL_UNSAFE, (c) => (keep.includes(c) ? c : hex(c)))
}

/** Removes control and invisible formatting characters (for text shown in the page). */
export function stripUnsafe(text: string): string {
  return text.replace(ALL_UNSAFE, '')
}

export interface ClipOptions {
  /** say how long the whole was, e.g. `templ… (1048576 characters)` (a message quoting a file's value) */
  count?: boolean
}

/**
 * At most `max` characters (code points, so an emoji is never cut in half), with an ellipsis
 * when cut. Reads no further than it keeps: a 1 MB value costs what its first `max` do, unless
 * `count` asks for its length.
 */
export function clip(text: string, max: number, { count = false }: ClipOptions = {}): string {
  if (text.length <= max) return text
  let points = 0
  let end = 0 // where the first max - 1 code points end
  for (const c of text) {
    if (points === max) {
      const head = `${text.slice(0, end)}…`
      return count ? `${head} (${Array.from(text).length} characters)` : head
    }
    points++
    if (points < max) end += c.length
  }
  return text
}

/** Untrusted text for a message: clipped to `max` characters and escaped, e.g. `templ…`. */
export function printable(text: string, max = 60): string {
  return escapeUnsafe(clip(text, max))
}

/** The same in quotes, e.g. `"templ…"`. */
export function quoteInput(text: string, max = 60): string {
  return `"${printable(text, max)}"`
}
