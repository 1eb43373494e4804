// The pain finder against the literature (tests/fixtures/finder-cases.json): each case is a
// presentation from a clinical source, drawn as region ids on one side, and the muscle the
// source names for it. Ranks are counted among muscles (results grouped by muscle), as the
// finder lists them. The five examples come first.
import { beforeAll, describe, expect, it } from 'vitest'
import { loadDatasetDir } from '../../src/data/load-dataset-node'
import type { DatasetIndex } from '../../src/domain/dataset-index'
import { painAreasFromRegions } from '../../src/domain/pain'
import { groupByMuscle, prepareRanking, rankTriggerPoints, type PreparedRanking } from '../../src/domain/ranking'
import { type FinderCase, finderCases } from '../fixtures/finder-cases'

let index: DatasetIndex
let prepared: PreparedRanking

beforeAll(async () => {
  const loaded = await loadDatasetDir('data')
  if (!loaded.ok) throw new Error(`dataset does not load: ${JSON.stringify(loaded.errors.slice(0, 3))}`)
  index = loaded.index
  prepared = prepareRanking(index)
})

/** 1-based rank of the first expected muscle among ranked muscles; Infinity when absent. */
function muscleRank(c: FinderCase): { rank: number; top: string[] } {
  const pain = painAreasFromRegions(c.regions, c.side, index.regionById)
  const groups = groupByMuscle(rankTriggerPoints(pain, prepared, { limit: Infinity, minScore: 0 }))
  const i = groups.findIndex((g) => c.expect.includes(g.muscle))
  return { rank: i < 0 ? Infinity : i + 1, top: groups.slice(0, 5).map((g) => `${g.muscle} ${g.score}`) }
}

describe('literature cases', () => {
  it('has at least 25 cases, each with a source, known regions and known muscles', () => {
    expect(finderCases.length).toBeGreaterThanOrEqual(25)
    expect(new Set(finderCases.map((c) => c.id)).size).toBe(finderCases.length)
    for (const c of finderCases) {
      expect(c.sources.length, c.id).toBeGreaterThan(0)
      for (const s of c.sources) expect(index.sourceByKey.has(s), `${c.id}: source ${s}`).toBe(true)
      for (const r of c.regions) expect(index.regionById.has(r), `${c.id}: region ${r}`).toBe(true)
      for (const m of c.expect) expect(index.muscleById.has(m), `${c.id}: muscle ${m}`).toBe(true)
    }
  })

  for (const c of finderCases) {
    const name = `${c.issue ? '[issue] ' : ''}${c.presentation} (${c.regions.join(' + ')}, ${c.side}) -> ${c.expect.join(' or ')} in the top ${c.within}`
    if (c.knownMiss) {
      it(`misses for now: ${name}: ${c.knownMiss}`, () => {
        expect(muscleRank(c).rank).toBeGreaterThan(c.within)
      })
    } else {
      it(name, () => {
        const { rank, top } = muscleRank(c)
        expect(rank, `ranked ${rank}; top 5: ${top.join(', ')}`).toBeLessThanOrEqual(c.within)
      })
    }
  }

  it('ranks the expected muscle first in most cases (top-1/3/5 printed)', () => {
    const ranks = finderCases.map((c) => muscleRank(c).rank)
    const within = (k: number) => ranks.filter((r) => r <= k).length
    console.log(`finder cases (region form): ${finderCases.length}; first ${within(1)}, top 3 ${within(3)}, top 5 ${within(5)}`)
    expect(within(5)).toBeGreaterThanOrEqual(Math.ceil(finderCases.length * 0.9))
    expect(within(1)).toBeGreaterThanOrEqual(Math.ceil(finderCases.length * 0.7))
  })
})
