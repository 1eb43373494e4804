// The finder's painted drawing ranked through skin points (issue 10) on the real body model:
// brush dabs as a person paints them, sampled into a few weighted skin points, ranked against
// the drawn patterns by the same function `find --at/--between` uses.
import { beforeAll, describe, expect, it } from 'vitest'
import { type BodyModel, type Side, type SkinIndex, parsePlacementArg, placeOnSkin } from '../../../../src/domain/geometry'
import { brushDab, emptyDrawing, paintInPlace, samplePainted } from '../../../../src/domain/pain'
import { type SkinRanking, groupByMuscle, rankPaintedDrawing, rankSkinDrawing } from '../../../../src/domain/ranking'
import { finderCases } from '../../../fixtures/finder-cases'
import { realPatterns } from '../../../fixtures/real-body'

let body: BodyModel
let skin: SkinIndex
let ctx: SkinRanking

beforeAll(async () => {
  const real = await realPatterns()
  body = real.body
  skin = real.skin
  ctx = { prepared: real.ranking, regions: real.regions, patternOf: real.patternOf }
}, 60_000)

/** A stroke through the landmarks (a dab every centimetre), as the brush paints it. */
function stroke(ids: string[], side: Side, radius: number, d = emptyDrawing(body.mesh.positions.length / 3)): Uint8Array {
  const at = { landmarks: body.landmarks, skin }
  for (let i = 1; i < ids.length; i++) {
    for (let s = 0; s <= 10; s++) {
      const q = placeOnSkin(at, parsePlacementArg('between', `${ids[i - 1]},${ids[i]},${s / 10}`), side)
      const dab = brushDab(skin, q.point, q.normal, radius)
      paintInPlace(d, dab.ids, dab.weights, false)
    }
  }
  return d
}

const painted = (d: Uint8Array): number => d.reduce((n, w) => n + (w > 0 ? 1 : 0), 0)

describe('rankPaintedDrawing', () => {
  it('ranks upper trapezius TrP1 first for the temple, behind the ear and the side of the neck, on the painted side', () => {
    for (const side of ['R', 'L'] as const) {
      const d = stroke([`temple.${side}`, `mastoid.${side}`, `neck-lateral.${side}`], side, 0.025)
      const results = rankPaintedDrawing(d, body.mesh, ctx)
      expect(results[0], side).toMatchObject({ triggerPoint: 'upper_trapezius_trp1', side })
      // the reason names the places and speaks of shares of the painting
      expect(results[0]!.explain).toMatch(/^its main pain area covers \d+% of what you marked \(.*temple/)
    }
  })

  it('ranks 20 or 2000 painted vertices through at most 100 points', () => {
    const small = stroke(['temple.R', 'mastoid.R'], 'R', 0.006)
    const large = stroke(['temple.R', 'mastoid.R', 'neck-lateral.R', 'acromion.R'], 'R', 0.05)
    expect(painted(small)).toBeLessThan(400)
    expect(painted(large)).toBeGreaterThan(2000)
    for (const d of [small, large]) {
      const s = samplePainted(d, body.mesh)
      expect(s.points.length).toBeGreaterThan(0)
      expect(s.points.length).toBeLessThanOrEqual(100)
      expect(rankPaintedDrawing(d, body.mesh, ctx).length).toBeGreaterThan(0)
    }
  })

  it('is the CLI skin-point ranking of the sampled points (one code path)', () => {
    const d = stroke(['suboccipital.R', 'orbit-lateral.R'], 'R', 0.02)
    const s = samplePainted(d, body.mesh)
    expect(rankPaintedDrawing(d, body.mesh, ctx)).toEqual(rankSkinDrawing(s.points, s.weights, ctx, { explainAs: 'share' }))
  })

  it('says the cited prior: base of the neck -> a most common cause of neck pain', () => {
    const d = stroke(['neck-lateral.R', 'c7'], 'R', 0.025)
    const top = rankPaintedDrawing(d, body.mesh, ctx).slice(0, 5)
    const cited = top.find((r) => r.prior?.condition === 'neck_pain' && r.prior.level === 'most_common')
    expect(cited?.explain).toMatch(/; one of the most common causes of neck pain$/)
  })

  it('says which share only the wider (spillover) area reaches', () => {
    const d = stroke(['temple.R', 'mastoid.R', 'neck-lateral.R'], 'R', 0.025)
    const results = rankPaintedDrawing(d, body.mesh, ctx, { limit: 100 })
    const spill = results.find((r) => r.essentialMatches.length === 0)
    expect(spill?.explain).toMatch(/^only its wider area reaches \d+% of what you marked/)
  })
})

describe('literature cases painted with the brush', () => {
  // Each case's points painted as 4 cm brush dabs, ranked as the finder ranks a painting
  // (scripts/finder-quality.ts prints the same figures next to the other forms).
  it('ranks the expected muscle first in most cases and in the top 5 in nearly all (top-1/3/5 printed)', () => {
    const ranks = finderCases.map((c) => {
      const d = emptyDrawing(body.mesh.positions.length / 3)
      for (const p of c.points) {
        const placement =
          'at' in p ? parsePlacementArg('at', p.at) : parsePlacementArg('between', `${p.between.join(',')},${p.t}`)
        const q = placeOnSkin({ landmarks: body.landmarks, skin }, placement, c.side)
        const dab = brushDab(skin, q.point, q.normal, 0.04)
        paintInPlace(d, dab.ids, dab.weights, false)
      }
      const i = groupByMuscle(rankPaintedDrawing(d, body.mesh, ctx, { limit: 500 })).findIndex((g) => c.expect.includes(g.muscle))
      return i < 0 ? Infinity : i + 1
    })
    const within = (k: number) => ranks.filter((r) => r <= k).length
    console.log(`finder cases (painted form): ${finderCases.length}; first ${within(1)}, top 3 ${within(3)}, top 5 ${within(5)}`)
    expect(within(1)).toBeGreaterThanOrEqual(Math.ceil(finderCases.length * 0.7))
    expect(within(5)).toBeGreaterThanOrEqual(Math.ceil(finderCases.length * 0.95))
  })
})
