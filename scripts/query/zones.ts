// `zones <trigger-point-id> --side L|R [--json]`: the essential and spillover zones of one
// trigger point on one side (DESIGN section 7). `essential` and `spillover` list region ids
// (each once); `essentialZones` / `spilloverZones` add the side of each painted zone
// (null for a midline region), which bilateralZones can put on both sides.
import { zonesOf } from '../../src/domain/pattern'
import { type ZoneRef } from '../../src/domain/geometry'
import { idAndSide, unknownId, UsageError } from './args'
import type { QueryCommand } from './command'
import { loadIndex } from './load'

const ids = (zones: ZoneRef[]) => [...new Set(zones.map((z) => z.region))]
const words = (zones: ZoneRef[]) => zones.map((z) => (z.side ? `${z.region} (${z.side})` : z.region)).join(', ') || 'none'

export const command: QueryCommand = {
  summary: 'the essential and spillover zones of a trigger point on one side',
  usage:
    'usage: query zones <trigger-point-id> --side L|R [--json]\n  the id may be an alias (e.g. the reference id gmin_posterior_trp)',
  flags: { values: ['side'] },
  async run(args) {
    if (args.placements.length > 0) throw new UsageError('zones takes no --at/--between')
    const { id, side } = idAndSide(args, 'a trigger point id')
    const index = await loadIndex()
    const tp = index.tpById.get(id)
    if (!tp) throw unknownId('trigger point', id, index.tpById.keys())
    const zones = zonesOf(tp, side, index.regionById)
    const muscle = index.muscleOfTp.get(tp.id)
    return {
      json: {
        triggerPoint: tp.id,
        muscle: muscle?.id ?? null,
        side,
        essential: ids(zones.essential),
        spillover: ids(zones.spillover),
        essentialZones: zones.essential,
        spilloverZones: zones.spillover,
      },
      text: `${tp.name} (${tp.id}), ${side === 'L' ? 'left' : 'right'} side\n  essential: ${words(zones.essential)}\n  spillover: ${words(zones.spillover)}`,
    }
  },
}
