// Painting and ranking share one definition of "this skin point is in zone X" (DESIGN section 5):
// a vertex is painted solid exactly when regionsAt puts it in one of the essential zones, and
// stippled exactly when it is in a spillover zone and not in an essential one.
import { beforeAll, describe, expect, it } from 'vitest'
import { loadDatasetDir } from '../../../../src/data/load-dataset-node'
import type { BodyModel, Side } from '../../../../src/domain/geometry'
import type { DatasetIndex } from '../../../../src/domain/dataset'
import { paintWeights, zonesOf } from '../../../../src/domain/pattern'
import { zoneKey } from '../../../../src/domain/geometry'
import {
  compileRegions,
  INSIDE,
  regionsAt,
  vertexRegionWeights,
  type CompiledRegions,
  type VertexWeights,
} from '../../../../src/domain/geometry'
import { FIXTURE_DIR } from '../../../fixtures/dataset'
import { realBody } from '../../../fixtures/real-body'

const zone = (vertices: number[], weights: number[]): VertexWeights => ({
  vertices: Uint32Array.from(vertices),
  weights: Float32Array.from(weights),
})

describe('paintWeights on hand-made weights', () => {
  const byZone = new Map([
    ['temple.R', zone([0, 1, 2], [1, 0.6, 0.2])],
    ['mastoid.R', zone([2, 3], [0.9, 0.4])],
    ['angle_of_jaw.R', zone([1, 3, 4], [0.8, 0.9, 0.7])],
    ['sternum', zone([5], [1])],
  ])

  it('keeps the strongest weight of a vertex over the zones of one kind', () => {
    const p = paintWeights(
      {
        essential: [
          { region: 'temple', side: 'R' },
          { region: 'mastoid', side: 'R' },
        ],
        spillover: [],
      },
      byZone,
      6,
    )
    expect([...p.essential]).toEqual([1, 0.6, 0.9, 0.4, 0, 0].map(Math.fround))
  })

  it('lets the essential zone win where both kinds cover a vertex', () => {
    const p = paintWeights(
      { essential: [{ region: 'temple', side: 'R' }], spillover: [{ region: 'angle_of_jaw', side: 'R' }] },
      byZone,
      6,
    )
    // vertex 1: essential 0.6 (inside) so spillover 0.8 gives way to below INSIDE
    expect(p.spillover[1]).toBeLessThan(INSIDE)
    // vertex 3 and 4: no essential, spillover kept
    expect(p.spillover[3]).toBeCloseTo(0.9)
    expect(p.spillover[4]).toBeCloseTo(0.7)
  })

  it('reads a midline zone by its unsided key and reports zones without weights', () => {
    const p = paintWeights(
      { essential: [{ region: 'sternum', side: null }], spillover: [{ region: 'temple', side: 'L' }] },
      byZone,
      6,
    )
    expect(p.essential[5]).toBe(1)
    expect(p.missing).toEqual(['temple.L'])
    expect([...p.spillover].every((w) => w === 0)).toBe(true)
  })
})

// [tp, side, at least this many solid vertices, at least this many stippled ones]
type Case = [string, Side, number, number]

function agreesWithRegionsAt(datasetName: string, dir: string, cases: Case[]): void {
  describe(`paintWeights agrees with regionsAt on the real body (${datasetName})`, () => {
    let body: BodyModel
    let index: DatasetIndex
    let compiled: CompiledRegions
    let byZone: Map<string, VertexWeights>

    beforeAll(async () => {
      body = await realBody()
      const loaded = await loadDatasetDir(dir)
      if (!loaded.ok) throw new Error(`${datasetName} invalid: ${JSON.stringify(loaded.errors.slice(0, 3))}`)
      index = loaded.index
      compiled = compileRegions(loaded.dataset.regions, body.landmarks)
      byZone = vertexRegionWeights(compiled, body.mesh)
    })

    it.each(cases)('paints %s on side %s exactly where regionsAt finds its zones', (tpId, side, minSolid, minStippled) => {
      const tp = index.tpById.get(tpId)
      if (!tp) throw new Error(`${datasetName} has no ${tpId}`)
      const zones = zonesOf(tp, side, index.regionById)
      const essentialKeys = new Set(zones.essential.map((z) => zoneKey(z.region, z.side)))
      const spilloverKeys = new Set(zones.spillover.map((z) => zoneKey(z.region, z.side)))
      const { positions, normals } = body.mesh
      const n = positions.length / 3
      const paint = paintWeights(zones, byZone, n)
      expect(paint.missing).toEqual([])

      let solid = 0
      let stippled = 0
      for (let v = 0; v < n; v++) {
        const point: [number, number, number] = [positions[v * 3]!, positions[v * 3 + 1]!, positions[v * 3 + 2]!]
        const normal: [number, number, number] = [normals[v * 3]!, normals[v * 3 + 1]!, normals[v * 3 + 2]!]
        const keys = regionsAt(compiled, { point, normal }).map((h) => zoneKey(h.region, h.side))
        const inEssential = keys.some((k) => essentialKeys.has(k))
        const inSpillover = !inEssential && keys.some((k) => spilloverKeys.has(k))
        if (paint.essential[v]! >= INSIDE !== inEssential || paint.spillover[v]! >= INSIDE !== inSpillover) {
          throw new Error(
            `vertex ${v} at ${point.map((c) => c.toFixed(3)).join(',')}: painted ${paint.essential[v]}/${paint.spillover[v]}, regionsAt ${keys.join(' ')}`,
          )
        }
        if (inEssential) solid++
        if (inSpillover) stippled++
      }
      // the agreement means something only if the pattern covers skin
      expect(solid).toBeGreaterThanOrEqual(minSolid)
      expect(stippled).toBeGreaterThanOrEqual(minStippled)
    })
  })
}

agreesWithRegionsAt('test fixture', FIXTURE_DIR, [
  ['upper_trapezius_trp1', 'R', 200, 10],
  // its spillover (mastoid) lies within its bilateral essential neck zone: nothing left to stipple
  ['upper_trapezius_trp2', 'L', 200, 0],
  ['masseter_deep', 'L', 10, 50],
])

// the two patterns issue 3 checks in the browser, on the shipped dataset
agreesWithRegionsAt('data/', 'data', [
  ['upper_trapezius_trp1', 'R', 200, 50],
  ['gluteus_minimus_posterior_trp', 'L', 300, 50],
])
