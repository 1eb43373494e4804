// Start-up derivation failures name the file and JSON path of the entry that failed (issue 9):
// a bad landmark in a muscles.json placement is a muscles.json error, not "regions.json (root)".
import { beforeAll, describe, expect, it } from 'vitest'
import type { LoadedBody } from '../../../src/data/load-body'
import type { SkinIndex } from '../../../src/domain/geometry'
import type { Dataset } from '../../../src/domain/validation'
import { DerivationError, derivationFailure, placeMarkers, regionWeightsHere } from '../../../src/app/derive'
import { fixtureFiles } from '../../fixtures/dataset'
import { realSkin } from '../../fixtures/real-body'

let body: LoadedBody
let skin: SkinIndex
const files = fixtureFiles()

beforeAll(async () => {
  ;({ body, skin } = await realSkin())
})

const caught = (fn: () => unknown): DerivationError => {
  try {
    fn()
  } catch (e) {
    if (e instanceof DerivationError) return e
    throw e
  }
  throw new Error('did not throw')
}

describe('start-up derivation', () => {
  it('places every trigger point on both sides, in dataset order', () => {
    const muscles: Dataset['muscles'] = files.muscles.muscles
    const markers = placeMarkers({ muscles }, body, skin)
    const ids = muscles.flatMap((m) => m.triggerPoints.map((t) => t.id))
    expect(markers.L.map((m) => m.tpId)).toEqual(ids)
    expect(markers.R.map((m) => m.tpId)).toEqual(ids)
    // the left marker is on the left of the body (+x)
    expect(markers.L.every((m, i) => m.point[0] > 0 && markers.R[i]!.point[0] < 0)).toBe(true)
  })

  it('reports a bad landmark in a muscles.json placement against muscles.json with its JSON path', () => {
    const muscles: Dataset['muscles'] = structuredClone(files.muscles.muscles)
    const m = muscles.length - 1
    const t = muscles[m]!.triggerPoints.length - 1
    muscles[m]!.triggerPoints[t]!.placement = { at: 'no-such-landmark' }
    const error = derivationFailure(caught(() => placeMarkers({ muscles }, body, skin)))
    expect(error.file).toBe('muscles.json')
    expect(error.path).toBe(`muscles[${m}].triggerPoints[${t}].placement`)
    expect(error.message).toMatch(/no-such-landmark/)
    expect(error.message).toContain(muscles[m]!.triggerPoints[t]!.id)
  })

  it('reports a region shape that does not compile against regions.json with its JSON path', () => {
    const regions: Dataset['regions'] = structuredClone(files.regions.regions)
    const k = 1
    const shapes = regions[k]!.shapes
    const i = shapes.length - 1
    const shape = shapes[i]!
    if (shape.kind === 'capsule') shape.to = { at: 'no-such-landmark' }
    else if (shape.kind === 'ellipsoid') shape.center = { at: 'no-such-landmark' }
    else shape.points[0] = { at: 'no-such-landmark' }
    const error = derivationFailure(caught(() => regionWeightsHere(regions, body)))
    expect(error).toMatchObject({ file: 'regions.json', path: `regions[${k}].shapes[${i}]` })
    expect(error.message).toMatch(new RegExp(`region "${regions[k]!.id}" shape ${i} .*no-such-landmark`))
  })

  it('keeps any other failure readable, without a made-up path', () => {
    expect(derivationFailure(new Error('out of memory'))).toEqual({ file: '(dataset)', path: '(root)', message: 'out of memory' })
  })
})
