// The real dataset in data/ passes the validator with the landmarks of the real body model, and
// holds what issue 5 promises. Nothing here is skipped: a missing file fails.
import { existsSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadDatasetDir } from '../../../src/data/load-dataset-node'
import type { LoadedDataset } from '../../../src/data/load-dataset-node'
import { BODY_GLB_FILE } from '../../../src/data/load-body-node'
import { formatErrors } from '../../../src/domain/dataset'
import { realBody } from '../../fixtures/real-body'

let loaded: LoadedDataset
let landmarkIds: ReadonlySet<string>

beforeAll(async () => {
  expect(existsSync(BODY_GLB_FILE), `${BODY_GLB_FILE} must exist`).toBe(true)
  landmarkIds = new Set((await realBody()).landmarks.keys())
  loaded = await loadDatasetDir('data', { landmarkIds })
})

describe('data/', () => {
  it('passes the validator, placements checked against the landmarks of body.glb', () => {
    expect(landmarkIds.size).toBeGreaterThan(100)
    expect(loaded.ok ? '' : formatErrors(loaded.errors)).toBe('')
  })

  it('holds the counts of the reference', () => {
    if (!loaded.ok) throw new Error('invalid dataset')
    const d = loaded.dataset
    expect(d.muscles.length).toBeGreaterThanOrEqual(100)
    expect(loaded.index.allTriggerPoints.length).toBeGreaterThanOrEqual(155)
    expect(d.regions.length).toBeGreaterThanOrEqual(115)
    expect(d.conditions.length).toBeGreaterThanOrEqual(68)
  })

  it('has every condition of the clinic material, each leading to trigger points', () => {
    if (!loaded.ok) throw new Error('invalid dataset')
    const seeds = [
      'tendonitis',
      'headache',
      'tmj_disorder',
      'carpal_tunnel',
      'upper_back_pain',
      'low_back_pain',
      'sciatica',
      'hip_pain',
      'knee_pain',
      'it_band_syndrome',
      'calf_cramps',
      'plantar_fasciitis',
      'neck_pain',
      'shoulder_pain',
    ]
    for (const id of seeds) {
      expect(loaded.index.conditionById.get(id)?.id, id).toBe(id)
      expect(loaded.index.tpsForCondition(id).length, id).toBeGreaterThan(0)
    }
  })

  it('keeps the reference ids of renamed trigger points as aliases', () => {
    if (!loaded.ok) throw new Error('invalid dataset')
    expect(loaded.index.tpById.get('gmin_posterior_trp')?.id).toBe('gluteus_minimus_posterior_trp')
    expect(loaded.index.tpById.get('ql_deep_upper')?.id).toMatch(/^quadratus_lumborum_/)
  })
})
