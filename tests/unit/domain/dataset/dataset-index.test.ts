import { describe, expect, it } from 'vitest'
import { indexDataset } from '../../../../src/domain/dataset'
import { validateDataset } from '../../../../src/domain/validation'
import { fixtureFiles } from '../../../fixtures/dataset'

function fixtureIndex() {
  const result = validateDataset(fixtureFiles())
  if (!result.ok) throw new Error('fixture must be valid')
  return indexDataset(result.dataset)
}

describe('indexDataset', () => {
  const index = fixtureIndex()

  it('finds muscles, trigger points, regions and conditions by id', () => {
    expect(index.muscleById.get('masseter')?.name).toBe('Masseter')
    expect(index.tpById.get('upper_trapezius_trp1')?.name).toBe('Upper trapezius TrP1')
    expect(index.regionById.get('temple')?.plainName).toBe('temple')
    expect(index.conditionById.get('tmj_disorder')?.plainName).toBe('jaw pain')
    expect(index.sourceByKey.get('medlink_mps')?.kind).toBe('professional')
    expect(index.muscleGroupById.get('head_neck')?.name).toBe('Head, face and neck')
  })

  it('resolves aliases to the canonical entry', () => {
    expect(index.tpById.get('ut_trp2')?.id).toBe('upper_trapezius_trp2')
    expect(index.muscleById.get('masseter_muscle')?.id).toBe('masseter')
    expect(index.conditionById.get('tmj')?.id).toBe('tmj_disorder')
    expect(index.muscleOfTp.get('ut_trp2')?.id).toBe('upper_trapezius')
  })

  it('knows the muscle of each trigger point and the group of each region', () => {
    expect(index.muscleOfTp.get('masseter_deep')?.id).toBe('masseter')
    expect(index.regionGroupOf.get('posterolateral_neck')?.id).toBe('neck')
    expect(index.regionGroupOf.get('temple')?.id).toBe('head_face')
  })

  it('lists all trigger points in dataset order', () => {
    expect(index.allTriggerPoints.map((t) => t.id)).toEqual(['upper_trapezius_trp1', 'upper_trapezius_trp2', 'masseter_deep'])
  })

  it('leads from a condition to the trigger points of the muscles that mimic it', () => {
    expect(index.tpsForCondition('tension_headache').map((t) => t.id)).toEqual(['upper_trapezius_trp1', 'upper_trapezius_trp2'])
    expect(index.tpsForCondition('tmj').map((t) => t.id)).toEqual([
      'upper_trapezius_trp1',
      'upper_trapezius_trp2',
      'masseter_deep',
    ])
    expect(index.musclesForCondition('tmj_disorder').map((m) => m.id)).toEqual(['upper_trapezius', 'masseter'])
    expect(index.tpsForCondition('no_such_condition')).toEqual([])
  })

  it('lists the conditions a trigger point can mimic', () => {
    expect(index.conditionsForTp('masseter_deep').map((c) => c.id)).toEqual(['tmj_disorder'])
    expect(index.conditionsForTp('nope')).toEqual([])
  })
})
