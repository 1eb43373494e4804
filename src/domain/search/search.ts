// One search box over muscles, trigger points, conditions and regions (issue 3). Two passes:
// - fuse.js, fuzzy on whole fields: typos in a name ("trapezuis", "sciatca", "tenis elbow");
// - a word pass: every word of the query found (exactly, as a prefix, or within one or two
//   typos) in one field, so everyday phrases match a synonym even when worded a little
//   differently ("pins and needles hand", "pain jaw").
// A hit's score is the better of the two (0 = perfect). Conditions lead the UI to the trigger
// points that mimic them (DatasetIndex.tpsForCondition).
import Fuse from 'fuse.js'
import type { DatasetIndex } from '../dataset'

export type SearchKind = 'muscle' | 'triggerPoint' | 'condition' | 'region'

export interface SearchHit {
  kind: SearchKind
  /** canonical id */
  id: string
  /** what the list shows first: the clinical name */
  label: string
  /** second line: plain words, or the muscle of a trigger point */
  detail: string
  /** 0 is a perfect match, 1 the worst shown */
  score: number
}

export const SEARCH_DEFAULTS = { limit: 10, threshold: 0.4 } as const

interface Doc {
  kind: SearchKind
  id: string
  label: string
  detail: string
  names: string[]
  words: string[]
  aliases: string[]
  location: string
}

// Kinds a person most likely means when scores tie: what hurts, then what to press.
const KIND_ORDER: Record<SearchKind, number> = { condition: 0, muscle: 1, triggerPoint: 2, region: 3 }
const FUSE_MAX_QUERY = 20
const STOPWORDS = new Set(['a', 'an', 'the', 'in', 'on', 'of', 'my', 'at', 'to', 'and', 'with', 'from', 'for', 'i', 'have', 'is'])

export const normalize = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()

const idWords = (id: string) => id.replace(/_/g, ' ')

function buildDocs(index: DatasetIndex): Doc[] {
  const d = index.dataset
  const docs: Doc[] = []
  for (const c of d.conditions) {
    docs.push({
      kind: 'condition',
      id: c.id,
      label: c.name,
      detail: c.plainName,
      names: [c.name, c.plainName],
      words: c.synonyms,
      aliases: [c.id, ...(c.aliases ?? [])].map(idWords),
      location: '',
    })
  }
  for (const m of d.muscles) {
    docs.push({
      kind: 'muscle',
      id: m.id,
      label: m.name,
      detail: m.plainName,
      names: [m.name, m.plainName],
      words: m.family ? [m.family.replace(/_/g, ' ')] : [],
      aliases: [m.id, ...(m.aliases ?? [])].map(idWords),
      location: '',
    })
    for (const tp of m.triggerPoints) {
      docs.push({
        kind: 'triggerPoint',
        id: tp.id,
        label: tp.name,
        detail: m.name,
        names: [tp.name],
        words: [m.name],
        aliases: [tp.id, ...(tp.aliases ?? [])].map(idWords),
        location: tp.location,
      })
    }
  }
  for (const r of d.regions) {
    const group = index.regionGroupOf.get(r.id)
    docs.push({
      kind: 'region',
      id: r.id,
      label: r.name,
      detail: group ? `${r.plainName} (${group.name})` : r.plainName,
      names: [r.name, r.plainName],
      words: [],
      aliases: [idWords(r.id)],
      location: '',
    })
  }
  return docs
}

/** Edit distance with a cap: cheap early exit for words that are clearly different. */
function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  let prevPrev: number[] = prev
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    let best = i
    for (let j = 1; j <= b.length; j++) {
      let v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
      // a swap of two neighbouring letters is one typo ("trapezuis")
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prevPrev[j - 2]! + 1)
      row.push(v)
      best = Math.min(best, v)
    }
    if (best > max) return false
    prevPrev = prev
    prev = row
  }
  return prev[b.length]! <= max
}

/** How a query word matches a vocabulary word: 0 exact, 1 prefix or typo, undefined not at all. */
function matchQuality(q: string, w: string, strict: boolean): 0 | 1 | undefined {
  if (w === q) return 0
  if (q.length >= 3 && w.startsWith(q)) return 1
  const typos = strict ? 0 : q.length >= 7 ? 2 : q.length >= 4 ? 1 : 0
  return typos > 0 && withinEdits(q, w, typos) ? 1 : undefined
}

/** Per query word: quality of every vocabulary word it matches (computed once per query). */
type WordMatches = ReadonlyMap<string, 0 | 1>[]

interface Field {
  text: string
  words: string[]
  meaningful: number
  weak: boolean
}
/** a query found only in a location text ranks after names, synonyms and ids */
const WEAK_FIELD_BASE = 0.2

/**
 * Word pass: 0 for a field equal to the query; otherwise, when every query word is in one field,
 * 0.03 per inexact word plus up to 0.22 for the field's words the query does not mention.
 */
function wordScore(
  queryWords: readonly string[],
  matches: WordMatches,
  normalizedQuery: string,
  fields: readonly Field[],
): number {
  let best = 1
  for (const f of fields) {
    if (f.text === normalizedQuery) return 0
    if (queryWords.length === 0) continue
    let inexact = 0
    for (let k = 0; k < queryWords.length && inexact >= 0; k++) {
      let m = -1
      for (const w of f.words) {
        const quality = f.weak ? matchQuality(queryWords[k]!, w, true) : matches[k]!.get(w)
        if (quality !== undefined && (m < 0 || quality < m)) m = quality
      }
      inexact = m < 0 ? -1 : inexact + m
    }
    if (inexact < 0) continue
    const coverage = Math.min(1, queryWords.length / Math.max(1, f.meaningful))
    best = Math.min(best, (f.weak ? WEAK_FIELD_BASE : 0) + 0.03 * inexact + 0.22 * (1 - coverage))
  }
  return best
}

export type Search = (query: string, limit?: number) => SearchHit[]

export function createSearch(index: DatasetIndex): Search {
  const docs = buildDocs(index)
  // Fuse reads pre-normalized copies: the query is normalized the same way, so Fuse need not
  // strip diacritics on every comparison (a measured 5% of search time).
  const fuseDocs = docs.map((d) => ({
    names: d.names.map(normalize),
    words: d.words.map(normalize),
    aliases: d.aliases.map(normalize),
  }))
  const fuse = new Fuse(fuseDocs, {
    // Locations are left to the word pass: fuzzy matching over 600-character texts tripled the
    // time per query (measured 20 ms vs 7 ms for 158 trigger points) and matched nearly anything.
    keys: [
      { name: 'names', weight: 3 },
      { name: 'words', weight: 2.5 },
      { name: 'aliases', weight: 1 },
    ],
    includeScore: true,
    ignoreLocation: true,
    threshold: SEARCH_DEFAULTS.threshold,
    minMatchCharLength: 2,
  })
  const toField = (f: string, weak: boolean): Field => {
    const text = normalize(f)
    const words = text.split(' ').filter(Boolean)
    return { text, words, meaningful: words.filter((w) => !STOPWORDS.has(w)).length, weak }
  }
  const fields: Field[][] = docs.map((d) => [
    ...[...d.names, ...d.words, ...d.aliases].map((f) => toField(f, false)),
    ...(d.location ? [toField(d.location, true)] : []),
  ])
  const vocabulary = [
    ...new Set(
      fields
        .flat()
        .filter((f) => !f.weak)
        .flatMap((f) => f.words),
    ),
  ]
  return (query, limit = SEARCH_DEFAULTS.limit) => {
    const q = normalize(typeof query === 'string' ? query.slice(0, 200) : '')
    if (q.length < 2 || limit <= 0) return []
    const scores = new Map<number, number>()
    // Bitap's cost grows with pattern length times allowed errors: a 28-character query took
    // ~10x a short one. Long queries are phrases, which the word pass matches better anyway.
    // The 0.001 floor keeps a fuzzy hit from tying with a field that equals the query.
    if (q.length <= FUSE_MAX_QUERY) for (const r of fuse.search(q)) scores.set(r.refIndex, Math.max(0.001, r.score ?? 1))
    const queryWords = q
      .split(' ')
      .filter((w) => !STOPWORDS.has(w))
      .slice(0, 12)
    const matches: WordMatches = queryWords.map((qw) => {
      const m = new Map<string, 0 | 1>()
      for (const w of vocabulary) {
        const quality = matchQuality(qw, w, false)
        if (quality !== undefined) m.set(w, quality)
      }
      return m
    })
    docs.forEach((_, i) => {
      const s = wordScore(queryWords, matches, q, fields[i]!)
      if (s < (scores.get(i) ?? 1)) scores.set(i, s)
    })
    return [...scores.entries()]
      .filter(([, s]) => s <= SEARCH_DEFAULTS.threshold)
      .sort(([a, sa], [b, sb]) => sa - sb || KIND_ORDER[docs[a]!.kind] - KIND_ORDER[docs[b]!.kind] || a - b)
      .slice(0, limit)
      .map(([i, score]) => {
        const d = docs[i]!
        return { kind: d.kind, id: d.id, label: d.label, detail: d.detail, score: Math.round(score * 1000) / 1000 }
      })
  }
}
