import { describe, expect, it } from 'vitest'
import {
  type DiaryDocument,
  type DiaryEntry,
  bodyOutline,
  decodeEntryLink,
  emptyDiary,
  encodeEntryLink,
  entryIdOf,
  isIsoDay,
  isoDayOf,
  mergeDiaries,
  newestFirst,
  normalizeNote,
  parseDiaryText,
  removeEntry,
  serializeDiary,
  thumbnailOf,
  upsertEntry,
  validateDiary,
} from '../../../../src/domain/diary'
import { encodePain } from '../../../../src/domain/pain'

const N = 1000
const drawing = (from: number, to: number) =>
  encodePain(Array.from({ length: to - from }, (_, i) => ({ vertex: from + i, weight: 1 })))

const entry = (id: string, date: string, over: Partial<DiaryEntry> = {}): DiaryEntry => ({
  id,
  date,
  intensity: 5,
  qualities: ['aching'],
  note: '',
  drawing: drawing(10, 40),
  ...over,
})

const doc = (...entries: DiaryEntry[]): DiaryDocument => ({ ...emptyDiary(N), entries })

describe('diary entries', () => {
  it('accepts real calendar days only', () => {
    expect(isIsoDay('2026-12-03')).toBe(true)
    expect(isIsoDay('2024-02-29')).toBe(true)
    expect(isIsoDay('2026-02-29')).toBe(false)
    expect(isIsoDay('2026-13-01')).toBe(false)
    expect(isIsoDay('3.12.2026')).toBe(false)
  })

  it('takes today as the local calendar day', () => {
    expect(isoDayOf(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05')
  })

  it('strips control and bidi characters from a note, flattens lines and caps it', () => {
    expect(normalizeNote(' worse \u202Eafter\u0007 work\nand\tat night ')).toBe('worse after work and at night')
    expect(Array.from(normalizeNote('x'.repeat(1000)))).toHaveLength(280)
  })

  it('lists newest first, the same day by id', () => {
    const list = newestFirst([entry('aaaa', '2026-01-02'), entry('cccc', '2026-03-01'), entry('bbbb', '2026-01-02')])
    expect(list.map((e) => e.id)).toEqual(['cccc', 'bbbb', 'aaaa'])
  })

  it('makes 12-character ids from random bytes', () => {
    expect(entryIdOf([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 63])).toBe('ABCDEFGHIJK_')
  })
})

describe('the diary file', () => {
  it('round-trips through its text, entries oldest first', () => {
    const d = doc(entry('bbbb', '2026-03-01', { note: 'after gardening' }), entry('aaaa', '2026-01-02'))
    const back = parseDiaryText(serializeDiary(d), { vertexCount: N })
    expect(back.ok).toBe(true)
    if (back.ok) expect(back.diary.entries.map((e) => e.id)).toEqual(['aaaa', 'bbbb'])
    expect(JSON.parse(serializeDiary(d))).toMatchObject({ format: 'tpx-diary', version: 1, vertexCount: N })
  })

  it('refuses a bad file with the JSON path of every error', () => {
    const bad = {
      ...doc(entry('aaaa', '2026-02-30'), entry('aaaa', '2026-01-01', { intensity: 11, qualities: ['itchy' as never] })),
    }
    const r = validateDiary(bad)
    expect(r.ok).toBe(false)
    if (r.ok) return
    const paths = r.errors.map((e) => e.path)
    expect(paths).toContain('entries[0].date')
    expect(paths).toContain('entries[1].intensity')
    expect(paths).toContain('entries[1].qualities[0]')
    expect(r.errors.find((e) => e.path === 'entries[0].date')?.message).toMatch(/YYYY-MM-DD/)
  })

  it('reports a repeated id and a damaged drawing at their entries', () => {
    const r = validateDiary(doc(entry('aaaa', '2026-01-01'), entry('aaaa', '2026-01-02', { drawing: '1.AAAAAAA' })))
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.errors.map((e) => e.path).sort()).toEqual(['entries[1].drawing', 'entries[1].id'])
  })

  it('says what is wrong with a file that is not a diary at all', () => {
    const notJson = parseDiaryText('{"format": "tpx-diary", ')
    expect(notJson.ok || notJson.errors[0]).toMatchObject({ path: '(root)', message: expect.stringMatching(/not a JSON file/) })
    const other = parseDiaryText(JSON.stringify({ format: 'something', version: 1, vertexCount: N, entries: [] }))
    expect(other.ok || other.errors[0]).toMatchObject({ path: 'format', message: expect.stringMatching(/not a pain diary/) })
    const newer = validateDiary({ ...emptyDiary(N), version: 2 })
    expect(newer.ok || newer.errors[0]).toMatchObject({ path: 'version', message: expect.stringMatching(/version 1/) })
    const extra = validateDiary({ ...emptyDiary(N), owner: 'x' })
    expect(extra.ok || extra.errors[0]).toMatchObject({ path: 'owner' })
  })

  it('refuses drawings made on another body model', () => {
    const r = parseDiaryText(serializeDiary(doc(entry('aaaa', '2026-01-01'))), { vertexCount: N + 1 })
    expect(r.ok || r.errors[0]?.path).toBe('vertexCount')
    const beyond = validateDiary({ ...doc(entry('aaaa', '2026-01-01', { drawing: drawing(990, 1010) })) })
    expect(beyond.ok || beyond.errors[0]?.path).toBe('entries[0].drawing')
  })

  it('refuses a note longer than the cap and strips unsafe characters from one that fits', () => {
    const long = validateDiary(doc(entry('aaaa', '2026-01-01', { note: 'n'.repeat(300) })))
    expect(long.ok || long.errors[0]?.path).toBe('entries[0].note')
    const ok = validateDiary(doc(entry('aaaa', '2026-01-01', { note: 'left\u202E side' })))
    expect(ok.ok && ok.diary.entries[0]?.note).toBe('left side')
  })
})

describe('import merges by id and never drops an entry', () => {
  it('adds new entries, skips the same ones and keeps both of a changed one', () => {
    const mine = doc(entry('aaaa', '2026-01-01'), entry('bbbb', '2026-01-02'))
    const file = doc(entry('aaaa', '2026-01-01'), entry('bbbb', '2026-01-02', { intensity: 8 }), entry('cccc', '2026-01-03'))
    const r = mergeDiaries(mine, file)
    expect([r.added, r.unchanged, r.renamed]).toEqual([1, 1, 1])
    expect(r.diary.entries.map((e) => e.id)).toEqual(['aaaa', 'bbbb', 'bbbb-2', 'cccc'])
    expect(r.diary.entries.find((e) => e.id === 'bbbb')?.intensity).toBe(5)
    // importing the same file again changes nothing
    const again = mergeDiaries(r.diary, file)
    expect([again.added, again.renamed]).toEqual([0, 0])
    expect(again.diary.entries).toHaveLength(4)
  })

  it('adds, replaces and removes single entries', () => {
    let d = upsertEntry(emptyDiary(N), entry('aaaa', '2026-01-05'))
    d = upsertEntry(d, entry('bbbb', '2026-01-01'))
    d = upsertEntry(d, entry('aaaa', '2026-01-05', { intensity: 2 }))
    expect(d.entries.map((e) => [e.id, e.intensity])).toEqual([
      ['bbbb', 5],
      ['aaaa', 2],
    ])
    expect(removeEntry(d, 'bbbb').entries.map((e) => e.id)).toEqual(['aaaa'])
  })
})

describe('the consult link of one entry', () => {
  const e = entry('Zx9-_abc12AB', '2026-11-30', {
    intensity: 7,
    qualities: ['burning', 'tingling'],
    note: 'Schlimmer nach dem Sport – ñ ✓',
  })

  it('round-trips an entry', () => {
    const text = encodeEntryLink(e)
    expect(text).toMatch(/^1\.[A-Za-z0-9_-]+\.1\.[A-Za-z0-9_-]+$/)
    expect(decodeEntryLink(text, N)).toEqual({ ok: true, entry: e })
    // safe in a fragment as it is
    expect(new URLSearchParams(`entry=${text}`).get('entry')).toBe(text)
  })

  it('refuses a damaged link, a header on another drawing and another body model', () => {
    const text = encodeEntryLink(e)
    const [v, header] = text.split('.')
    const flipped = `${v}.${header!.slice(0, 3)}${header![3] === 'A' ? 'B' : 'A'}${header!.slice(4)}.${e.drawing}`
    expect(decodeEntryLink(flipped).ok).toBe(false)
    expect(decodeEntryLink(`${v}.${header}.${drawing(50, 60)}`)).toMatchObject({ ok: false, reason: 'checksum mismatch' })
    expect(decodeEntryLink(text, 20)).toMatchObject({ ok: false, reason: 'another body model' })
    expect(decodeEntryLink('2.abc.1.abc').ok).toBe(false)
    expect(decodeEntryLink('').ok).toBe(false)
  })
})

describe('thumbnails', () => {
  // a 3 x 2 "body": two front vertices on top, one back vertex at the bottom right
  const positions = new Float32Array([-0.04, 1, 0.1, 0.04, 1, 0.1, 0.04, 0.01, -0.1])
  const normals = new Float32Array([0, 0, 1, 0, 0, 1, 0, 0, -1])

  it('draws the silhouette as runs of cells and puts painted skin in the view it faces', () => {
    const outline = bodyOutline(positions, 0.05)
    expect([outline.cols, outline.rows]).toEqual([2, 20])
    expect(outline.path.startsWith('M0 0h2v1h-2z')).toBe(true)
    const t = thumbnailOf(
      [
        { vertex: 1, weight: 1 },
        { vertex: 2, weight: 1 },
      ],
      positions,
      normals,
      outline,
    )
    // front: +x is on the viewer's right (column 1); back, mirrored: on the left (column 0)
    expect(t.front).toEqual([1])
    expect(t.back).toEqual([19 * 2 + 0])
  })
})
