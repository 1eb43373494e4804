// Midline skin points (x = 0, the mesh's seam) belong to both sides (issue 9): a sided region
// reaching the midline has its midline vertices in its left AND its right zone, and a point
// there is reported in both; off the midline the side is the sign of x, the same rule as
// `query where` reports.
import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import type { LoadedBody } from '../../../../src/data/load-body'
import {
  compileRegions,
  INSIDE,
  MIDLINE_TOLERANCE,
  onSide,
  regionHitsAt,
  regionsAt,
  sideOfPoint,
  vertexRegionWeights,
  type VertexWeights,
} from '../../../../src/domain/geometry'
import { RegionsFile } from '../../../../src/domain/validation'
import { realBody } from '../../../fixtures/real-body'

const regions = RegionsFile.parse(JSON.parse(readFileSync('data/regions.json', 'utf8'))).regions
let body: LoadedBody
let zones: Map<string, VertexWeights>
let compiled: ReturnType<typeof compileRegions>

beforeAll(async () => {
  body = await realBody()
  compiled = compileRegions(regions, body.landmarks)
  zones = vertexRegionWeights(compiled, body.mesh)
})

const isMidline = (v: number) => Math.abs(body.mesh.positions[v * 3]!) < MIDLINE_TOLERANCE

describe('the side of a skin point', () => {
  it('is null on the midline and the sign of x elsewhere (x > 0 is the body left)', () => {
    expect(sideOfPoint(0)).toBeNull()
    expect(sideOfPoint(-0)).toBeNull()
    expect(sideOfPoint(0.01)).toBe('L')
    expect(sideOfPoint(-0.01)).toBe('R')
    expect(onSide(0, 'L') && onSide(0, 'R')).toBe(true)
    expect(onSide(0.01, 'R')).toBe(false)
  })
})

describe('midline vertices', () => {
  it('are in the left and the right zone of every sided region that reaches them', () => {
    let shared = 0
    const oneSided: string[] = []
    for (const r of regions.filter((x) => !x.midline)) {
      // midline vertices of each side's zone: all of them, and those firmly inside (the left and
      // right landmarks are symmetric to a few mm, so a faint edge weight may exist on one side only)
      const mid = (side: 'L' | 'R', min: number) => {
        const z = zones.get(`${r.id}.${side}`)
        return new Set([...(z?.vertices ?? [])].filter((v, i) => isMidline(v) && z!.weights[i]! >= min))
      }
      const [left, right] = [mid('L', 0), mid('R', 0)]
      for (const v of mid('R', INSIDE)) if (!left.has(v)) oneSided.push(`${r.id}: ${v}`)
      for (const v of mid('L', INSIDE)) if (!right.has(v)) oneSided.push(`${r.id}: ${v}`)
      shared += [...left].filter((v) => right.has(v)).length
    }
    expect(oneSided.slice(0, 5)).toEqual([])
    expect(shared).toBeGreaterThan(0)
  })

  it('are reported in a sided region on both sides by regionsAt', () => {
    const { positions: P, normals: N } = body.mesh
    let both = 0
    for (let v = 0; v < P.length / 3; v++) {
      if (!isMidline(v)) continue
      const p = {
        point: [P[v * 3]!, P[v * 3 + 1]!, P[v * 3 + 2]!] as const,
        normal: [N[v * 3]!, N[v * 3 + 1]!, N[v * 3 + 2]!] as const,
      }
      const all = regionHitsAt(compiled, { point: [...p.point], normal: [...p.normal] })
      for (const h of regionsAt(compiled, { point: [...p.point], normal: [...p.normal] })) {
        if (h.side === null) continue
        expect(all.some((o) => o.region === h.region && o.side !== h.side)).toBe(true)
        if (h.side === 'L') both++
      }
    }
    expect(both).toBeGreaterThan(0)
  })
})
