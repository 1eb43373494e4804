import { beforeAll, describe, expect, it } from 'vitest'
import { decodePain, encodePain, quantizeWeight, WEIGHT_LEVELS } from '../../../../src/domain/pain'
import type { PainSample } from '../../../../src/domain/pain'
import { newModels, RangeDecoder, RangeEncoder } from '../../../../src/domain/pain'
import { mulberry32 } from '../../../fixtures/prng'
import { realBody } from '../../../fixtures/real-body'

/** What a drawing becomes after a round trip: unique (max weight), quantized, vertices sorted, then regions. */
function normalized(samples: readonly PainSample[]): PainSample[] {
  const v = new Map<number, number>()
  const r = new Map<string, number>()
  for (const s of samples) {
    if ('vertex' in s) v.set(s.vertex, Math.max(v.get(s.vertex) ?? 0, s.weight))
    else r.set(s.region, Math.max(r.get(s.region) ?? 0, s.weight))
  }
  return [
    ...[...v].sort((a, b) => a[0] - b[0]).map(([vertex, w]) => ({ vertex, weight: quantizeWeight(w) })),
    ...[...r].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([region, w]) => ({ region, weight: quantizeWeight(w) })),
  ]
}

describe('range coder', () => {
  it('decodes exactly the bits it encoded, across skewed and even probabilities', () => {
    const rand = mulberry32(42)
    const bits: (0 | 1)[] = []
    for (let i = 0; i < 20_000; i++) bits.push(rand() < (i % 3 === 0 ? 0.5 : 0.03) ? 1 : 0)
    const em = newModels(3)
    const enc = new RangeEncoder()
    bits.forEach((b, i) => enc.encodeBit(em, i % 3, b))
    const bytes = enc.finish()
    const dm = newModels(3)
    const dec = new RangeDecoder(bytes)
    expect(bits.map((_, i) => dec.decodeBit(dm, i % 3))).toEqual(bits)
    expect(dec.overrun).toBeLessThanOrEqual(4)
    expect(bytes.length).toBeLessThan((20_000 / 8) * 0.6)
  })
})

describe('encodePain / decodePain', () => {
  it('round-trips vertices and regions, quantizing weights and merging repeats', () => {
    const rand = mulberry32(1)
    const samples: PainSample[] = []
    for (let i = 0; i < 3000; i++) samples.push({ vertex: 1000 + Math.floor(rand() * 5000), weight: rand() })
    samples.push({ region: 'temple', weight: 0.3 }, { region: 'angle_of_jaw', weight: 1 }, { region: 'temple', weight: 0.9 })
    expect(decodePain(encodePain(samples))).toEqual({ ok: true, samples: normalized(samples) })
  })

  it(`quantizes weights to ${WEIGHT_LEVELS} levels and drops weights <= 0 and bad vertices`, () => {
    const text = encodePain([
      { vertex: 3, weight: 0 },
      { vertex: -1, weight: 1 },
      { vertex: 1.5, weight: 1 },
      { vertex: 8, weight: 0.01 },
      { vertex: 9, weight: 0.6 },
    ])
    expect(decodePain(text)).toEqual({
      ok: true,
      samples: [
        { vertex: 8, weight: 0.25 },
        { vertex: 9, weight: 0.5 },
      ],
    })
  })

  it('encodes an empty drawing and a single vertex', () => {
    expect(decodePain(encodePain([]))).toEqual({ ok: true, samples: [] })
    expect(decodePain(encodePain([{ vertex: 53_000, weight: 1 }]))).toEqual({
      ok: true,
      samples: [{ vertex: 53_000, weight: 1 }],
    })
  })

  it('refuses every truncation, a padded text and single-character damage', () => {
    const rand = mulberry32(3)
    const text = encodePain(Array.from({ length: 400 }, (_, i) => ({ vertex: i * 3, weight: rand() })))
    for (let cut = 2; cut < text.length; cut++) expect(decodePain(text.slice(0, cut)).ok, `cut ${cut}`).toBe(false)
    expect(decodePain(`${text}AA`).ok).toBe(false)
    let accepted = 0
    for (let i = 2; i < text.length; i++) {
      const c = text[i] === 'A' ? 'B' : 'A'
      if (decodePain(text.slice(0, i) + c + text.slice(i + 1)).ok) accepted++
    }
    expect(accepted).toBe(0)
  })

  it('refuses other versions and non-base64 text without throwing', () => {
    for (const t of ['', '1', '1.', '2.AAAAAAA', 'x.AAAA', '1.@@@@', '1.A', `1.${'_'.repeat(5000)}`, '99999999999999999999.AA']) {
      expect(decodePain(t).ok, t).toBe(false)
    }
  })
})

describe('pain drawing size on the real body', () => {
  // Brush strokes as the finder paints them: dabs of the medium brush (3 cm, weight falling off
  // with distance) every 2 cm along a 10 cm stroke, on the vertices of public/models/body.glb.
  let positions: Float32Array
  const cells = new Map<string, number[]>()
  const CELL = 0.03
  const cellKey = (x: number, y: number, z: number) => `${Math.floor(x / CELL)},${Math.floor(y / CELL)},${Math.floor(z / CELL)}`
  beforeAll(async () => {
    positions = (await realBody()).mesh.positions
    for (let i = 0; i < positions.length / 3; i++) {
      const k = cellKey(positions[i * 3]!, positions[i * 3 + 1]!, positions[i * 3 + 2]!)
      const list = cells.get(k)
      if (list) list.push(i)
      else cells.set(k, [i])
    }
  })

  function dab(weights: Float32Array, p: number[]): void {
    const [cx, cy, cz] = [Math.floor(p[0]! / CELL), Math.floor(p[1]! / CELL), Math.floor(p[2]! / CELL)]
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++)
        for (let dz = -1; dz <= 1; dz++) {
          for (const i of cells.get(`${cx + dx},${cy + dy},${cz + dz}`) ?? []) {
            const d = Math.hypot(positions[i * 3]! - p[0]!, positions[i * 3 + 1]! - p[1]!, positions[i * 3 + 2]! - p[2]!)
            if (d < 0.03) weights[i] = Math.max(weights[i]!, 1 - (d / 0.03) ** 2)
          }
        }
  }

  function paint(seed: number, strokes: number, areas: number): PainSample[] {
    const rand = mulberry32(seed)
    const n = positions.length / 3
    const weights = new Float32Array(n)
    const centres = Array.from({ length: areas }, () => Math.floor(rand() * n))
    for (let s = 0; s < strokes; s++) {
      const c = centres[s % areas]!
      const start = [0, 1, 2].map((k) => positions[c * 3 + k]! + (rand() - 0.5) * 0.15)
      const dir = [rand() - 0.5, rand() - 0.5, rand() - 0.5]
      for (let k = 0; k < 5; k++)
        dab(
          weights,
          start.map((x, j) => x + dir[j]! * 0.02 * k),
        )
    }
    const out: PainSample[] = []
    weights.forEach((w, vertex) => {
      if (w > 0) out.push({ vertex, weight: w })
    })
    return out
  }

  // Measured: 10 strokes on 2 areas ~1.9k vertices -> ~0.5 KB; 100 strokes on 4 areas ~20k
  // vertices (a third of the skin) -> ~3 KB. Sorted-id deltas took ~1.7 characters per vertex.
  it('fits a 10-stroke drawing in under 1 KB and a 100-stroke drawing in about 3 KB', () => {
    const ten = paint(5, 10, 2)
    const hundred = paint(6, 100, 4)
    const tenText = encodePain(ten)
    const hundredText = encodePain(hundred)
    console.log(
      `pain codec: 10 strokes ${ten.length} vertices -> ${tenText.length} chars; 100 strokes ${hundred.length} vertices -> ${hundredText.length} chars`,
    )
    expect(ten.length).toBeGreaterThan(1000)
    expect(tenText.length).toBeLessThan(1024)
    expect(hundred.length).toBeGreaterThan(10_000)
    expect(hundredText.length).toBeLessThan(3300)
    expect(decodePain(hundredText)).toEqual({ ok: true, samples: normalized(hundred) })
  })
})
