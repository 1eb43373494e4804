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

/** At most `max` characters (code points), with an ellipsis when cut. */
export function clip(text: string, max: number): string {
  const chars = Array.from(text)
  return chars.length <= max ? text : `${chars.slice(0, Math.max(0, max - 1)).join('')}…`
}

/** Untrusted text for a message: clipped to `max` characters and escaped, e.g. `templ…`. */
export function printable(text: string, max = 60): string {
  return escapeUnsafe(clip(text, max))
}

/** The same in quotes, e.g. `"templ…"`. */
export function quoteInput(text: string, max = 60): string {
  return `"${printable(text, max)}"`
}
