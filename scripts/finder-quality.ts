// `npx tsx scripts/finder-quality.ts [--cases]`: the pain finder against the literature cases
// (tests/fixtures/finder-cases.json) in four forms, first / top 3 / top 5 among muscles:
//   regions       the case's region ids (quick marks; rankTriggerPoints)
//   skin points   the case's --at/--between points (`find`, rankSkinDrawing)
//   painted       a brush dab (4 cm) at each of the case's points, as a person paints, ranked as
//                 the finder does (rankPaintedDrawing: sampled skin points)
//   painted (regions)  the same painting read as marked regions (the finder before issue 10)
// --cases prints each case's ranks and the top 3 of the skin-point form.
// --audit lists drawn patterns that cover little of a region they name as their main (essential)
// area: a point placed in that region misses the pattern (a shape off the chart, or a region
// drawn wider than the chart's area), the main cause of skin-point misses on these cases.
// --cover prints the share of the body surface the cases cover (their regions painted whole,
// and as brush dabs) and the widest drawn patterns: where the finder's "too broad" limit
// (TOO_BROAD_SHARE in src/domain/pain/cover.ts) comes from.
import { loadBodyFile } from '../src/data/load-body-node'
import { loadDatasetDir } from '../src/data/load-dataset-node'
import {
  compileRegions,
  createSkinIndex,
  parsePlacementArg,
  placeOnSkin,
  placementSide,
  vertexRegionWeights,
} from '../src/domain/geometry'
import { emptyDrawing, painAreasFromRegions, painAreasOfVertices, paintInPlace, paintedCover, brushDab } from '../src/domain/pain'
import { patternCache, patternPaint, zonesOf } from '../src/domain/pattern'
import { INSIDE, zoneKey } from '../src/domain/geometry'
import { type RankedPoint, groupByMuscle, rankPaintedDrawing, rankSkinDrawing, rankTriggerPoints } from '../src/domain/ranking'
import { type FinderCase, finderCases } from '../tests/fixtures/finder-cases'

const BRUSH_RADIUS = 0.04

async function main(): Promise<void> {
  const loaded = await loadDatasetDir('data')
  if (!loaded.ok) throw new Error('data/ does not validate')
  const { index, ranking: prepared } = loaded
  const body = await loadBodyFile('public/models/body.glb')
  const skin = createSkinIndex(body.mesh)
  const regions = compileRegions(index.dataset.regions, body.landmarks, skin)
  const patternOf = patternCache({ body: { landmarks: body.landmarks, skin }, regions, regionById: index.regionById })
  const ctx = { prepared, regions, patternOf }
  const weights = vertexRegionWeights(regions, body.mesh)

  const rankIn = (rs: readonly RankedPoint[], c: FinderCase): number => {
    const i = groupByMuscle(rs).findIndex((g) => c.expect.includes(g.muscle))
    return i < 0 ? Infinity : i + 1
  }
  const all = { limit: 500, minScore: 0, edgeCredit: process.env.EDGE_CREDIT !== '0' }
  const forms = ['regions', 'skin points', 'painted', 'painted (regions)'] as const
  const ranks: Record<(typeof forms)[number], number[]> = {
    regions: [],
    'skin points': [],
    painted: [],
    'painted (regions)': [],
  }
  const verbose = process.argv.includes('--cases')
  for (const c of finderCases) {
    const points = c.points.map((p) => {
      const placement = 'at' in p ? parsePlacementArg('at', p.at) : parsePlacementArg('between', `${p.between.join(',')},${p.t}`)
      return placeOnSkin({ landmarks: body.landmarks, skin }, placement, placementSide(placement) ?? c.side)
    })
    const d = emptyDrawing(body.mesh.positions.length / 3)
    for (const p of points) {
      const dab = brushDab(skin, p.point, p.normal, BRUSH_RADIUS)
      paintInPlace(d, dab.ids, dab.weights, false)
    }
    const skinResults = rankSkinDrawing(points, undefined, ctx, all)
    const r = {
      regions: rankIn(rankTriggerPoints(painAreasFromRegions(c.regions, c.side, index.regionById), prepared, all), c),
      'skin points': rankIn(skinResults, c),
      painted: rankIn(rankPaintedDrawing(d, body.mesh, ctx, all), c),
      'painted (regions)': rankIn(rankTriggerPoints(painAreasOfVertices(d, weights), prepared, all), c),
    }
    for (const f of forms) ranks[f].push(r[f])
    if (verbose) {
      const top = groupByMuscle(skinResults)
        .slice(0, 3)
        .map((g) => `${g.points[0]!.triggerPoint} ${g.score}`)
      console.log(
        `${c.id.padEnd(36)} want ${c.expect.slice(0, 2).join('|').padEnd(40)} ` +
          forms.map((f) => String(r[f]).padStart(3)).join(' ') +
          `   skin top: ${top.join(', ')}`,
      )
    }
  }
  if (process.argv.includes('--cover')) coverReport()
  function coverReport(): void {
    const n = body.mesh.positions.length / 3
    const pct = (x: number): string => `${(100 * x).toFixed(1)}%`
    const spread = (xs: number[]): string => {
      const s = [...xs].sort((a, b) => a - b)
      return `min ${pct(s[0]!)}, median ${pct(s[Math.floor(s.length / 2)]!)}, max ${pct(s[s.length - 1]!)}`
    }
    const whole: number[] = []
    const dabs: number[] = []
    for (const c of finderCases) {
      const d = emptyDrawing(n)
      for (const a of painAreasFromRegions(c.regions, c.side, index.regionById)) {
        const rv = weights.get(zoneKey(a.region, a.side))
        if (rv) paintInPlace(d, rv.vertices, rv.weights, false)
      }
      whole.push(paintedCover(d, body.mesh, weights).bodyShare)
      const dd = emptyDrawing(n)
      for (const p of c.points) {
        const placement =
          'at' in p ? parsePlacementArg('at', p.at) : parsePlacementArg('between', `${p.between.join(',')},${p.t}`)
        const q = placeOnSkin({ landmarks: body.landmarks, skin }, placement, placementSide(placement) ?? c.side)
        const dab = brushDab(skin, q.point, q.normal, BRUSH_RADIUS)
        paintInPlace(dd, dab.ids, dab.weights, false)
      }
      dabs.push(paintedCover(dd, body.mesh, weights).bodyShare)
    }
    const patterns: { id: string; share: number }[] = []
    for (const tp of index.allTriggerPoints) {
      const paint = patternPaint(patternOf(tp, 'R'), body.mesh)
      const d = emptyDrawing(n)
      for (let v = 0; v < n; v++) d[v] = Math.round(255 * Math.min(1, Math.max(paint.essential[v]!, paint.spillover[v]!)))
      patterns.push({ id: tp.id, share: paintedCover(d, body.mesh, weights).bodyShare })
    }
    patterns.sort((a, b) => b.share - a.share)
    console.log(`cases, regions painted whole (${whole.length}): ${spread(whole)}`)
    console.log(`cases, brush dabs at their points: ${spread(dabs)}`)
    console.log(`drawn patterns (${patterns.length}): ${spread(patterns.map((p) => p.share))}`)
    console.log(
      `widest: ${patterns
        .slice(0, 5)
        .map((p) => `${p.id} ${pct(p.share)}`)
        .join(', ')}`,
    )
  }
  if (process.argv.includes('--audit')) {
    const rows: string[] = []
    for (const tp of index.allTriggerPoints) {
      if (!tp.pattern) continue
      const paint = patternPaint(patternOf(tp, 'R'), body.mesh)
      for (const z of zonesOf(tp, 'R', index.regionById).essential) {
        const rv = weights.get(zoneKey(z.region, z.side))
        if (!rv) continue
        let inside = 0
        let covered = 0
        for (let i = 0; i < rv.vertices.length; i++) {
          if (rv.weights[i]! < INSIDE) continue
          inside++
          const v = rv.vertices[i]!
          if (paint.essential[v]! >= INSIDE || paint.spillover[v]! >= INSIDE) covered++
        }
        if (inside > 0 && covered / inside < 0.2)
          rows.push(`${tp.id.padEnd(40)} ${zoneKey(z.region, z.side).padEnd(30)} ${Math.round((100 * covered) / inside)}%`)
      }
    }
    console.log(`essential regions the drawn pattern covers under 20% of (${rows.length}):\n${rows.join('\n')}`)
  }
  for (const f of forms) {
    const within = (k: number) => ranks[f].filter((x) => x <= k).length
    const n = finderCases.length
    const pc = (k: number) => `${within(k)} (${Math.round((100 * within(k)) / n)}%)`
    console.log(`${f.padEnd(18)} cases ${n}: first ${pc(1)}, top 3 ${pc(3)}, top 5 ${pc(5)}`)
  }
}

main().catch((e: unknown) => {
  console.error(e)
  process.exit(1)
})
