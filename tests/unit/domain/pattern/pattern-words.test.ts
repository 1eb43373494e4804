// Words and picture agree (issue 10), for every trigger point that has its own `pattern`, on
// both sides: each named zone is visibly painted, and painted skin lies within the named zones
// plus a margin (thresholds in tests/fixtures/pattern-agreement.ts). Deliberately wrong
// patterns (tests/fixtures/wrong-patterns.json) must fail, so the check can fail.
import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import type { DatasetIndex } from '../../../../src/domain/dataset'
import { vertexRegionWeights, type BodyModel, type CompiledRegions, type ShapeBody } from '../../../../src/domain/geometry'
import { compilePattern, patternPaint, zonesOf } from '../../../../src/domain/pattern'
import { Pattern, type TriggerPoint } from '../../../../src/domain/validation'
import { patternDisagreements, regionSkin, type RegionSkin } from '../../../fixtures/pattern-agreement'
import { realPatterns } from '../../../fixtures/real-body'

let index: DatasetIndex
let body: BodyModel
let shapeBody: ShapeBody
let regions: CompiledRegions
let skin: RegionSkin

beforeAll(async () => {
  ;({ index, body, shapeBody, regions } = await realPatterns())
  skin = regionSkin(vertexRegionWeights(regions, body.mesh), body.mesh)
}, 120_000)

const check = (
  tp: Pick<TriggerPoint, 'id' | 'essentialZones' | 'spilloverZones' | 'bilateralZones' | 'pattern'>,
  side: 'L' | 'R',
) =>
  patternDisagreements(
    patternPaint(compilePattern(tp, side, shapeBody, regions, index.regionById), body.mesh),
    zonesOf(tp, side, index.regionById),
    skin,
    body.mesh,
  )

describe('words and picture agree', () => {
  it('for every trigger point with its own pattern, on both sides', () => {
    const drawn = index.allTriggerPoints.filter((tp) => tp.pattern)
    expect(drawn.map((tp) => tp.id)).toContain('upper_trapezius_trp1')
    const failures = drawn.flatMap((tp) =>
      (['L', 'R'] as const).flatMap((side) => check(tp, side).map((p) => `${tp.id} ${side}: ${p}`)),
    )
    expect(failures).toEqual([])
  })

  const wrong = JSON.parse(readFileSync('tests/fixtures/wrong-patterns.json', 'utf8')) as {
    cases: { why: string; fails: string; triggerPoint: string; pattern: unknown }[]
  }
  for (const c of wrong.cases) {
    it(`fails for a deliberately wrong pattern: ${c.why}`, () => {
      const tp = index.tpById.get(c.triggerPoint)!
      const problems = check({ ...tp, pattern: Pattern.parse(c.pattern) }, 'R')
      expect(problems.length, 'a wrong pattern passed the check').toBeGreaterThan(0)
      expect(problems.join('\n')).toContain(c.fails)
    })
  }
})
