// `where --at temple.R [--between a,b,t ...] [--side L|R] [--json]`: project placements onto
// the skin and name the regions each lands in (DESIGN section 7). One placement prints one
// object, several print an array in order. Landmarks may be written with their side
// (`temple.R`) or without it plus --side.
import type { Side } from '../../src/domain/geometry'
import { placeOnSkin, placementSide, refsOf } from '../../src/domain/geometry'
import { regionsAt, sideOfPoint } from '../../src/domain/geometry'
import { DEFAULT_SIDE } from '../../src/domain/ranking'
import { parseSide, round, single, UsageError, placementsOf } from './args'
import type { QueryCommand } from './command'
import { printable, quoteInput } from '../../src/domain/text'
import { loadIndex, loadQueryBody } from './load'

export interface WhereResult {
  point: number[]
  normal: number[]
  regions: string[]
  side: Side | null
}

export const command: QueryCommand = {
  summary: 'project landmark placements onto the skin and name their regions',
  usage: [
    'usage: query where (--at <landmark> | --between <a>,<b>[,t])... [--side L|R] [--json]',
    '  --at temple.R                      a landmark (full id, or without side plus --side)',
    '  --between mastoid.R,neck-lateral.R,0.5   the point a + t(b - a), t from 0 to 1 (default 0.5)',
    '  an offset in metres in the side frame (+x lateral) may follow @: --at temple.R@0,0.01,0',
  ].join('\n'),
  flags: { values: ['at', 'between', 'side'] },
  async run(args) {
    if (args.positionals.length > 0) throw new UsageError(`unexpected argument ${quoteInput(args.positionals[0]!)}`)
    if (args.placements.length === 0) throw new UsageError('give at least one --at or --between')
    const side = parseSide(single(args, 'side'))
    const placements = placementsOf(args)
    const index = await loadIndex()
    const { body, skin, regions } = await loadQueryBody(index)
    const results = placements.map((placement, i): WhereResult => {
      const named = placementSide(placement) ?? side
      if (!named) {
        // Only midline landmarks may go without a side; a bilateral one needs .L/.R or --side.
        const bilateral = refsOf(placement).find((ref) => !body.landmarks.has(ref) && body.landmarks.has(`${ref}.L`))
        if (bilateral)
          throw new UsageError(
            `landmark ${quoteInput(bilateral)} (in ${printable(args.placements[i]!.value)}) has a side: write ${bilateral}.L or ${bilateral}.R, or pass --side`,
          )
      }
      const p = placeOnSkin({ landmarks: body.landmarks, skin }, placement, named ?? DEFAULT_SIDE)
      return {
        point: round(p.point),
        normal: round(p.normal, 3),
        regions: regionsAt(regions, p).map((h) => h.region),
        // the geometry's own rule: on the midline (side null) a point is in both sides' zones
        side: sideOfPoint(p.point[0]),
      }
    })
    const text = results
      .map((r, i) => {
        const a = args.placements[i]!
        return `--${a.kind} ${a.value}: (${r.point.join(', ')}) side ${r.side ?? 'midline'}, in ${r.regions.length > 0 ? r.regions.join(', ') : 'no region'}`
      })
      .join('\n')
    return { json: results.length === 1 ? results[0] : results, text }
  },
}
