// The app's URL (DESIGN section 7): `?tp=<id>&side=L|R&compare=<id>&muscle=<id>&condition=<id>&mode=...`
// and a pain drawing in the fragment (`#pain=1.<base64url>`, see pain-codec.ts), which browsers
// never send to a server. A shared link must never break the app: every unknown or bad value
// is dropped with a notice a person can read, and aliases resolve to today's ids.
import type { Side } from '../geometry'
import type { DatasetIndex } from '../dataset'
import { idPattern } from '../dataset'
import { clip, stripUnsafe } from '../text'
import { decodePain, encodePain } from '../pain'
import { DEFAULT_LANG, isLang, LANGUAGES, type Lang } from '../i18n'
import type { PainSample } from '../pain'

export type { PainSample } from '../pain'

export const APP_MODES = ['explore', 'find', 'consult', 'study'] as const
export type AppMode = (typeof APP_MODES)[number]

export interface AppUrlState {
  tp?: string
  side?: Side
  /** a second trigger point drawn beside the first (consult mode) */
  compare?: string
  muscle?: string
  condition?: string
  mode?: AppMode
  /** painted skin samples (find mode) */
  pain?: PainSample[]
  /** the camera of a shared consult view: `cam=px,py,pz,tx,ty,tz` (metres, body space) */
  cam?: CameraPose
  /** the language of the interface and the dataset's words (`?lang=es`); English is the default */
  lang?: Lang
  /**
   * one pain diary entry (`#entry=`, domain/diary entry-link.ts), as the link's text: the diary
   * UI decodes it when it loads. Only read, never written: the address bar never carries it.
   */
  entry?: string
}

/** Where the camera is and what it looks at, in metres of the body's space. */
export interface CameraPose {
  position: [number, number, number]
  target: [number, number, number]
}

/** camera values beyond this many metres from the body are not a view of it */
export const CAMERA_LIMIT = 20

/** `cam=` value: six numbers rounded to centimetres. */
export function formatCameraPose(pose: CameraPose): string {
  return [...pose.position, ...pose.target].map((v) => String(Math.round(v * 100) / 100)).join(',')
}

/** Reads a `cam=` value; null when it is not six finite numbers within CAMERA_LIMIT. */
export function parseCameraPose(raw: string): CameraPose | null {
  const parts = raw.split(',')
  if (parts.length !== 6) return null
  const values = parts.map((p) => (/^\s*-?\d+(\.\d+)?\s*$/.test(p) ? Number(p) : NaN))
  if (!values.every((v) => Number.isFinite(v) && Math.abs(v) <= CAMERA_LIMIT)) return null
  const [px, py, pz, tx, ty, tz] = values as [number, number, number, number, number, number]
  // a camera on its target looks nowhere
  if (Math.hypot(px - tx, py - ty, pz - tz) < 0.05) return null
  return { position: [px, py, pz], target: [tx, ty, tz] }
}

/** One dropped value: the app's sentence, and apart from it the link's own text (cleaned, cut short). */
export interface UrlNotice {
  text: string
  /** the same sentence as a key of the interface words (`notices` namespace, under `link.`), for other languages */
  key: UrlNoticeKey
  /** values the sentence names besides the link's text (the allowed values) */
  params?: Record<string, string>
  /** what the link said, never part of the app's sentence: shown quoted as the link's text */
  input?: string
}

export interface ParsedAppUrl {
  state: AppUrlState
  /** one sentence per dropped value, for a visible notice */
  notices: string[]
  /** the same, with the link's text apart from the app's words (for the notice list) */
  details?: UrlNotice[]
}

export interface UrlCodecOptions {
  /** vertex count of the body mesh; a drawing that names a vertex beyond it is dropped */
  vertexCount?: number
}

/** Longest piece of a link's text shown back to the reader. */
export const MAX_LINK_TEXT = 40

/**
 * Text from a link as it may be shown: control and bidi characters removed (U+202E would
 * reverse the sentence around it), cut to MAX_LINK_TEXT characters.
 */
export const linkText = (v: string): string => clip(stripUnsafe(v).trim(), MAX_LINK_TEXT)

const shown = (v: string) => `"${linkText(v)}"`

export type UrlNoticeKey =
  | 'unknownTp'
  | 'unknownCompare'
  | 'unknownMuscle'
  | 'unknownCondition'
  | 'badSide'
  | 'badMode'
  | 'badLang'
  | 'badCamera'
  | 'drawingUnreadable'
  | 'drawingOtherBody'
  | 'drawingUnknownAreas'
  | 'entryUnreadable'

/** Collects notices in both forms; a template holds `%s` where the link's text goes. */
class Notes {
  readonly details: UrlNotice[] = []
  readonly strings: string[] = []
  add(key: UrlNoticeKey, template: string, input?: string, params?: Record<string, string>): void {
    const coded = { key, ...(params && { params }) }
    if (input === undefined) {
      this.details.push({ text: template, ...coded })
      this.strings.push(template)
    } else {
      this.details.push({ text: template.replace(' %s', ''), ...coded, input: linkText(input) })
      this.strings.push(template.replace('%s', shown(input)))
    }
  }
}

type Lookup = ReadonlyMap<string, { id: string }> | undefined

function resolveId(raw: string, map: Lookup, what: string, key: UrlNoticeKey, notices: Notes): string | undefined {
  const v = raw.trim()
  const entry = map?.get(v)
  if (entry) return entry.id
  if (!map && idPattern.test(v)) return v
  notices.add(key, `Unknown ${what} %s in the link was ignored.`, raw)
  return undefined
}

function parsePain(
  hash: string,
  index: DatasetIndex | undefined,
  options: UrlCodecOptions,
  notices: Notes,
): PainSample[] | undefined {
  const raw = hashParam(hash, 'pain')
  if (raw === null || raw === '') return undefined
  const decoded = decodePain(raw)
  if (!decoded.ok) {
    notices.add('drawingUnreadable', 'The pain drawing in the link could not be read and was ignored.')
    return undefined
  }
  const { vertexCount } = options
  if (vertexCount !== undefined && decoded.samples.some((s) => 'vertex' in s && s.vertex >= vertexCount)) {
    notices.add('drawingOtherBody', 'The pain drawing in the link was made on a different body model and was ignored.')
    return undefined
  }
  const samples = decoded.samples.filter((s) => !('region' in s) || !index || index.regionById.has(s.region))
  if (samples.length < decoded.samples.length)
    notices.add('drawingUnknownAreas', 'Parts of the pain drawing in the link named unknown body areas and were ignored.')
  return samples.length > 0 ? samples : undefined
}

/** One parameter of the fragment (`#pain=...&entry=...`); null when absent or the fragment cannot be read. */
function hashParam(hash: string, name: string): string | null {
  try {
    return new URLSearchParams(hash.replace(/^#/, '')).get(name)
  } catch {
    return null
  }
}

/** The longest `entry=` value read (a diary entry link is its drawing plus ~60 characters). */
export const MAX_ENTRY_TEXT = 601_000

/** `#entry=`: only its shape is checked here; the diary UI decodes it (and says when it cannot). */
function parseEntry(hash: string, notices: Notes): string | undefined {
  const raw = hashParam(hash, 'entry')
  if (raw === null || raw === '') return undefined
  if (raw.length > MAX_ENTRY_TEXT || !/^[0-9A-Za-z._-]+$/.test(raw)) {
    notices.add('entryUnreadable', 'The diary entry in the link could not be read and was ignored.')
    return undefined
  }
  return raw
}

/** Reads `location.search` and `location.hash`. Never throws. */
export function parseAppUrl(search: string, hash: string, index?: DatasetIndex, options: UrlCodecOptions = {}): ParsedAppUrl {
  const notices = new Notes()
  const state: AppUrlState = {}
  let params: URLSearchParams
  try {
    params = new URLSearchParams(typeof search === 'string' ? search : '')
  } catch {
    params = new URLSearchParams()
  }
  const tp = params.get('tp')
  if (tp !== null) state.tp = resolveId(tp, index?.tpById, 'trigger point', 'unknownTp', notices)
  const compare = params.get('compare')
  if (compare !== null) state.compare = resolveId(compare, index?.tpById, 'trigger point to compare', 'unknownCompare', notices)
  const muscle = params.get('muscle')
  if (muscle !== null) state.muscle = resolveId(muscle, index?.muscleById, 'muscle', 'unknownMuscle', notices)
  const condition = params.get('condition')
  if (condition !== null) state.condition = resolveId(condition, index?.conditionById, 'condition', 'unknownCondition', notices)
  const side = params.get('side')
  if (side !== null) {
    const s = side.trim().toUpperCase()
    if (s === 'L' || s === 'R') state.side = s
    else notices.add('badSide', 'Side %s in the link was ignored: it must be L or R.', side)
  }
  const mode = params.get('mode')
  if (mode !== null) {
    const m = mode.trim().toLowerCase()
    if ((APP_MODES as readonly string[]).includes(m)) state.mode = m as AppMode
    else
      notices.add('badMode', `Mode %s in the link was ignored: it must be one of ${APP_MODES.join(', ')}.`, mode, {
        options: APP_MODES.join(', '),
      })
  }
  const lang = params.get('lang')
  if (lang !== null) {
    const l = lang.trim().toLowerCase()
    if (isLang(l)) state.lang = l
    else
      notices.add('badLang', `Language %s in the link was ignored: it must be one of ${LANGUAGES.join(', ')}.`, lang, {
        options: LANGUAGES.join(', '),
      })
  }
  const cam = params.get('cam')
  if (cam !== null) {
    const pose = parseCameraPose(cam)
    if (pose) state.cam = pose
    else
      notices.add(
        'badCamera',
        'Camera view %s in the link was ignored: it must be six numbers (camera and target, in metres).',
        cam,
      )
  }
  const pain = parsePain(typeof hash === 'string' ? hash : '', index, options, notices)
  if (pain) state.pain = pain
  const entry = parseEntry(typeof hash === 'string' ? hash : '', notices)
  if (entry) state.entry = entry
  for (const key of Object.keys(state) as (keyof AppUrlState)[]) if (state[key] === undefined) delete state[key]
  return { state, notices: notices.strings, ...(notices.details.length > 0 && { details: notices.details }) }
}

/** `{ search: '?tp=...&side=R', hash: '#pain=1....' }`; empty strings when there is nothing to say. */
export function serializeAppUrl(state: AppUrlState): { search: string; hash: string } {
  const params = new URLSearchParams()
  if (state.tp) params.set('tp', state.tp)
  if (state.side) params.set('side', state.side)
  if (state.compare) params.set('compare', state.compare)
  if (state.muscle) params.set('muscle', state.muscle)
  if (state.condition) params.set('condition', state.condition)
  if (state.mode) params.set('mode', state.mode)
  if (state.cam) params.set('cam', formatCameraPose(state.cam))
  if (state.lang && state.lang !== DEFAULT_LANG) params.set('lang', state.lang)
  const search = params.toString()
  const hash = state.pain && state.pain.length > 0 ? `pain=${encodePain(state.pain)}` : ''
  return { search: search ? `?${search}` : '', hash: hash ? `#${hash}` : '' }
}
