// `muscle <muscle-id> --side L|R [--at P]... [--between A,B,t]... [--json]`: a muscle as the app
// draws it on the skin (DESIGN section 7, issue 10): whether each given skin point (in order)
// lies over its outline, and the outline's area and connected parts on the body mesh (parts
// under 2 cm2 not counted, as for patterns). The same compiled outline the app paints.
import type { Side } from '../../src/domain/geometry'
import { compileMuscle, isOverMuscle, muscleArea, type MuscleDepth } from '../../src/domain/muscle'
import { idAndSide, placementsOf, round, skinPointsOf, unknownId } from './args'
import type { QueryCommand } from './command'
import { loadIndex, loadQueryBody } from './load'

export interface MuscleResult {
  muscle: string
  side: Side
  depth: MuscleDepth
  points: { point: number[]; inside: boolean }[]
  areaCm2: number
  parts: number
}

const USAGE = [
  'usage: query muscle <muscle-id> --side L|R [--at <landmark>]... [--between <a>,<b>[,t]]... [--json]',
  "  for each point, in order: does it lie over the muscle's drawn outline;",
  "  then the outline's area on the skin (cm2) and connected parts (parts under 2 cm2 not counted)",
  '  landmarks without .L/.R take --side; an offset in metres may follow @: --at acromion.R@0,0.02,0',
].join('\n')

export const command: QueryCommand = {
  summary: 'a muscle as drawn on the skin: which points lie over it, its area and parts',
  usage: USAGE,
  flags: { values: ['side', 'at', 'between'] },
  async run(args) {
    const { id, side } = idAndSide(args, 'a muscle id')
    const placements = placementsOf(args)
    const index = await loadIndex()
    const muscle = index.muscleById.get(id)
    if (!muscle) throw unknownId('muscle', id, index.muscleById.keys(), 4)
    const { body, skin } = await loadQueryBody(index)
    const compiled = compileMuscle(muscle, side, { landmarks: body.landmarks, skin })
    const points = skinPointsOf(placements, body, skin, side).map((p) => ({
      point: round(p.point),
      inside: isOverMuscle(compiled, p),
    }))
    const area = muscleArea(compiled, body.mesh)
    const result: MuscleResult = { muscle: muscle.id, side, depth: muscle.depth, points, ...area }
    const lines = [
      `${muscle.name} (${muscle.id}), ${side === 'L' ? 'left' : 'right'} side, ${muscle.depth}`,
      `  outline: ${area.areaCm2} cm2 in ${area.parts} part${area.parts === 1 ? '' : 's'}`,
      ...(muscle.outline?.under?.length ? [`  lies under: ${muscle.outline.under.join(', ')}`] : []),
      ...points.map(
        (p, i) => `  --${args.placements[i]!.kind} ${args.placements[i]!.value}: ${p.inside ? 'over the muscle' : 'not over it'}`,
      ),
    ]
    return { json: result, text: lines.join('\n') }
  },
}
