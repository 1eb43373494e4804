// Issue 13: a "bring to my consult" QR code carries an entry whatever the size of its drawing.
// A drawing too large for the QR is sent in skin cells (version 2 links); version 1 links (the
// drawing in full) still open as before. Real body model, seeded random drawings.
import { beforeAll, describe, expect, it } from 'vitest'
import { loadBodyFile } from '../../../../src/data/load-body-node'
import {
  type DiaryEntry,
  COARSE_CELL_SIZES_MM,
  decodeCoarseDrawing,
  decodeEntryLink,
  encodeCoarseDrawing,
  encodeEntryLink,
  entryLinkThatFits,
  skinCells,
} from '../../../../src/domain/diary'
import type { SkinMesh } from '../../../../src/domain/geometry'
import { decodePain, drawingFromSamples, encodePain, samplesOfDrawing } from '../../../../src/domain/pain'
import { mulberry32 } from '../../../fixtures/prng'
import { strokesDrawing as strokesOf } from '../../../fixtures/strokes-drawing'

/** what a QR code holds with the app's address and `?mode=consult#entry=` around the text */
const QR_TEXT = 2200
let mesh: SkinMesh

beforeAll(async () => {
  mesh = (await loadBodyFile()).mesh
})

const strokesDrawing = (strokes: number, seed: number) => strokesOf(mesh, strokes, seed)

const entryOf = (d: Uint8Array): DiaryEntry => ({
  id: 'Qr-entry-01',
  date: '2026-12-02',
  intensity: 6,
  qualities: ['aching', 'numb'],
  note: 'Nach dem Büro schlimmer',
  drawing: encodePain(samplesOfDrawing(d)),
})

describe('entry links for a QR code', () => {
  it('still opens a version 1 link made before version 2 existed', () => {
    const old = '1.s6IBBwoMWng5LV9hYmMxMkFCEFNjaGxpbW1lciDigJMgw7EY-Q.1.Ch4A_____v___tIN2XV3'
    const decoded = decodeEntryLink(old, mesh)
    expect(decoded).toEqual({
      ok: true,
      entry: {
        id: 'Zx9-_abc12AB',
        date: '2026-11-30',
        intensity: 7,
        qualities: ['burning', 'tingling'],
        note: 'Schlimmer – ñ',
        drawing: encodePain(Array.from({ length: 30 }, (_, i) => ({ vertex: 10 + i, weight: 1 }))),
      },
    })
    expect(decodeEntryLink(old, 1000).ok).toBe(true)
  })

  it('keeps a small drawing in full (version 1)', () => {
    const e = entryOf(strokesDrawing(2, 11))
    const fit = entryLinkThatFits(e, mesh, QR_TEXT)
    expect(fit).toEqual({ text: encodeEntryLink(e), cellMm: null })
  })

  it('fits a large drawing (seed 7, 200 strokes) in skin cells, its outline moved within one cell only', () => {
    const d = strokesDrawing(200, 7)
    const e = entryOf(d)
    expect(encodeEntryLink(e).length, 'in full it is too long for a QR code').toBeGreaterThan(QR_TEXT)
    const fit = entryLinkThatFits(e, mesh, QR_TEXT)
    expect(fit.text.length).toBeLessThanOrEqual(QR_TEXT)
    expect(fit.text.startsWith('2.')).toBe(true)
    expect(fit.cellMm).toBe(COARSE_CELL_SIZES_MM[0])
    const decoded = decodeEntryLink(fit.text, mesh)
    expect(decoded.ok).toBe(true)
    if (!decoded.ok) return
    const { drawing, ...header } = decoded.entry
    const { drawing: _, ...original } = e
    expect(header).toEqual(original)
    const samples = decodePain(drawing)
    expect(samples.ok).toBe(true)
    const coarse = drawingFromSamples(samples.ok ? samples.samples : [], d.length)
    // a vertex changes (painted <-> not painted) only in a cell the original outline crosses
    const { cellOf, count } = skinCells(mesh, fit.cellMm!)
    const painted = new Uint8Array(count)
    const clear = new Uint8Array(count)
    for (let v = 0; v < d.length; v++) (d[v]! > 0 ? painted : clear)[cellOf[v]!] = 1
    let changed = 0
    let paintedBefore = 0
    for (let v = 0; v < d.length; v++) {
      if (d[v]! > 0) paintedBefore++
      if (d[v]! > 0 === coarse[v]! > 0) continue
      changed++
      expect(painted[cellOf[v]!] && clear[cellOf[v]!], `vertex ${v} changed inside an unbroken cell`).toBe(1)
    }
    // measured: 41,860 painted vertices, 1,653 (4 %) changed at 20 mm; 3,567 -> 1,489 characters
    console.log(
      `200 strokes: ${paintedBefore} painted vertices, ${changed} changed at ${fit.cellMm} mm; link ${encodeEntryLink(e).length} -> ${fit.text.length} characters`,
    )
    expect(changed / paintedBefore).toBeLessThan(0.2)
  })

  it('fits any drawing: random speckle over the whole body (seed 5) takes coarser cells', () => {
    const rand = mulberry32(5)
    const d = Uint8Array.from({ length: mesh.positions.length / 3 }, () => (rand() < 0.5 ? 255 : 0))
    const fit = entryLinkThatFits(entryOf(d), mesh, QR_TEXT)
    expect(fit.text.length).toBeLessThanOrEqual(QR_TEXT)
    expect(fit.cellMm).toBeGreaterThan(COARSE_CELL_SIZES_MM[0])
    expect(decodeEntryLink(fit.text, mesh).ok).toBe(true)
  })

  it('refuses a version 2 link without the body model, on another body model, or damaged', () => {
    const e = entryOf(strokesDrawing(3, 2))
    const text = entryLinkThatFits(e, mesh, 0).text
    expect(text.startsWith('2.')).toBe(true)
    expect(decodeEntryLink(text)).toMatchObject({ ok: false, reason: 'needs the body model' })
    expect(decodeEntryLink(text, 1000)).toMatchObject({ ok: false, reason: 'needs the body model' })
    const other: SkinMesh = { ...mesh, positions: mesh.positions.slice(0, 3000), normals: mesh.normals.slice(0, 3000) }
    expect(decodeEntryLink(text, other).ok).toBe(false)
    const i = text.length - 5
    expect(decodeEntryLink(`${text.slice(0, i)}${text[i] === 'A' ? 'B' : 'A'}${text.slice(i + 1)}`, mesh).ok).toBe(false)
    expect(decodeEntryLink('3.abc.20.abc', mesh)).toMatchObject({ ok: false, reason: 'unknown version' })
  })
})

describe('coarse drawings', () => {
  it('round-trip a drawing already in cells exactly, at every cell size', () => {
    for (const size of COARSE_CELL_SIZES_MM) {
      const once = decodeCoarseDrawing(encodeCoarseDrawing(strokesDrawing(4, size), mesh, size), mesh)
      expect(once.ok).toBe(true)
      if (!once.ok) continue
      const twice = decodeCoarseDrawing(encodeCoarseDrawing(once.drawing, mesh, size), mesh)
      expect(twice.ok && Buffer.from(twice.drawing).equals(Buffer.from(once.drawing)), `${size} mm`).toBe(true)
    }
  })

  it('refuses an unknown cell size and a truncated text', () => {
    const text = encodeCoarseDrawing(strokesDrawing(4, 1), mesh, 30)
    expect(decodeCoarseDrawing(text.replace(/^30\./, '31.'), mesh)).toMatchObject({ ok: false, reason: 'unknown cell size' })
    for (let cut = 4; cut < text.length; cut += 7)
      expect(decodeCoarseDrawing(text.slice(0, cut), mesh).ok, `cut ${cut}`).toBe(false)
  })
})
