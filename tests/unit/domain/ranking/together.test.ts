// A muscle's trigger points together (issue 10, rank.ts withMuscle): pain at the sacroiliac
// joint and in the lower buttock is quadratus lumborum's deep points as T&S chart them together
// (the upper one refers to the joint, the lower one to the buttock); each alone explains half
// and used to rank below muscles covering both with one point. Scored together, the muscle's
// best point carries the muscle's score and says so; the other point stays listed on its own.
import { beforeAll, describe, expect, it } from 'vitest'
import { loadDatasetDir } from '../../../../src/data/load-dataset-node'
import type { DatasetIndex } from '../../../../src/domain/dataset'
import { painAreasFromRegions } from '../../../../src/domain/pain'
import { type PreparedRanking, groupByMuscle, rankForCondition, rankTriggerPoints } from '../../../../src/domain/ranking'

let index: DatasetIndex
let prepared: PreparedRanking

beforeAll(async () => {
  const loaded = await loadDatasetDir('data')
  if (!loaded.ok) throw new Error('dataset does not load')
  index = loaded.index
  prepared = loaded.ranking
})

describe('a muscle scored with its trigger points together', () => {
  const pain = () => painAreasFromRegions(['sacroiliac', 'lower_buttock'], 'R', index.regionById)

  it('ranks quadratus lumborum first for the sacroiliac joint and the lower buttock, and says why', () => {
    const alone = groupByMuscle(rankTriggerPoints(pain(), prepared, { together: false, limit: Infinity }))
    expect(alone[0]!.muscle).not.toBe('quadratus_lumborum')
    const results = rankTriggerPoints(pain(), prepared, { limit: Infinity })
    const first = results[0]!
    expect(first.muscle).toBe('quadratus_lumborum')
    expect(first.side).toBe('R')
    expect(first.reason.together).toEqual([
      first.triggerPoint === 'quadratus_lumborum_deep_upper' ? 'quadratus_lumborum_deep_lower' : 'quadratus_lumborum_deep_upper',
    ])
    expect(first.explain).toMatch(/together with this muscle's other trigger point/)
    expect(first.essentialMatches.sort()).toEqual(['lower_buttock.R', 'sacroiliac.R'])
    // the other deep point is still listed, on its own score, lower
    const other = results.find((r) => r.triggerPoint === first.reason.together![0] && r.side === 'R')!
    expect(other.score).toBeLessThan(first.score)
    expect(other.reason.together).toBeUndefined()
    // best first still holds
    for (let i = 1; i < results.length; i++) expect(results[i - 1]!.score).toBeGreaterThanOrEqual(results[i]!.score)
  })

  it('leaves a drawing one point explains alone as it was', () => {
    const temple = painAreasFromRegions(['temple', 'posterolateral_neck'], 'R', index.regionById)
    const a = rankTriggerPoints(temple, prepared, { limit: 10 })
    const b = rankTriggerPoints(temple, prepared, { limit: 10, together: false })
    expect(a[0]!.triggerPoint).toBe(b[0]!.triggerPoint)
    expect(a[0]!.reason.together).toBeUndefined()
  })

  it('does not score a condition by muscles together', () => {
    const sciatica = rankForCondition('sciatica', prepared)
    expect(sciatica.every((r) => r.reason.together === undefined)).toBe(true)
  })
})
