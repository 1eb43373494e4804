// `pattern <trigger-point-id> --side L|R [--at P]... [--between A,B,t]... [--json]`: the painted
// referral pattern itself (DESIGN section 7, issue 10): whether it covers each given skin point
// (in order), and for each zone kind its painted area and number of connected pieces (pieces
// under 2 cm2 not counted). The same compiled pattern and per-vertex paint the app draws.
import { INSIDE, type Side } from '../../src/domain/geometry'
import { compilePattern, patternPaint, patternZoneAt, zoneArea, type PatternZone, type ZoneArea } from '../../src/domain/pattern'
import { idAndSide, placementsOf, round, skinPointsOf, unknownId } from './args'
import type { QueryCommand } from './command'
import { loadIndex, loadQueryBody } from './load'

export interface PatternResult {
  triggerPoint: string
  side: Side
  /** 'pattern': the trigger point's own shapes; 'regions': the union of its named regions */
  source: 'pattern' | 'regions'
  points: { point: number[]; zone: PatternZone | null }[]
  essential: ZoneArea
  spillover: ZoneArea
}

const USAGE = [
  'usage: query pattern <trigger-point-id> --side L|R [--at <landmark>]... [--between <a>,<b>[,t]]... [--json]',
  '  for each point, in order: is it in the painted essential or spillover zone (or neither);',
  "  then each zone kind's painted area (cm2) and connected pieces (pieces under 2 cm2 not counted)",
  '  landmarks without .L/.R take --side; an offset in metres may follow @: --at temple.R@0,0.01,0',
].join('\n')

const area = (a: ZoneArea) => `${a.areaCm2} cm2 in ${a.parts} piece${a.parts === 1 ? '' : 's'}`

export const command: QueryCommand = {
  summary: 'the painted pattern of a trigger point: which zone covers each point, area and pieces',
  usage: USAGE,
  flags: { values: ['side', 'at', 'between'] },
  async run(args) {
    const { id, side } = idAndSide(args, 'a trigger point id')
    const placements = placementsOf(args)
    const index = await loadIndex()
    const tp = index.tpById.get(id)
    if (!tp) throw unknownId('trigger point', id, index.tpById.keys())
    const { body, skin, regions } = await loadQueryBody(index)
    const pattern = compilePattern(tp, side, { landmarks: body.landmarks, skin }, regions, index.regionById)
    const points = skinPointsOf(placements, body, skin, side).map((p) => ({
      point: round(p.point),
      zone: patternZoneAt(pattern, p).zone,
    }))
    const paint = patternPaint(pattern, body.mesh)
    const result: PatternResult = {
      triggerPoint: tp.id,
      side,
      source: pattern.source,
      points,
      essential: zoneArea(body.mesh, (v) => paint.essential[v]! >= INSIDE),
      spillover: zoneArea(body.mesh, (v) => paint.spillover[v]! >= INSIDE),
    }
    const lines = [
      `${tp.name} (${tp.id}), ${side === 'L' ? 'left' : 'right'} side, drawn from ${pattern.source === 'pattern' ? 'its own pattern' : 'its named regions'}`,
      `  essential: ${area(result.essential)}`,
      `  spillover: ${area(result.spillover)}`,
      ...points.map((p, i) => `  --${args.placements[i]!.kind} ${args.placements[i]!.value}: ${p.zone ?? 'not painted'}`),
    ]
    return { json: result, text: lines.join('\n') }
  },
}
