// Which zones (region + side) a trigger point on one side refers pain to (DESIGN section 4 and
// the reference's side convention): its zones are on its own side; a midline region has no
// side; a region listed in bilateralZones is ALSO painted on the other side, in the same tier.
import type { Side } from '../geometry'
import type { Region, TriggerPoint } from '../validation'
import type { ZoneRef } from '../geometry'

export interface TriggerPointZones {
  essential: ZoneRef[]
  spillover: ZoneRef[]
}

export const otherSide = (side: Side): Side => (side === 'L' ? 'R' : 'L')

type RegionLookup = ReadonlyMap<string, Pick<Region, 'midline'>> | ((id: string) => Pick<Region, 'midline'> | undefined)

export function zonesOf(
  tp: Pick<TriggerPoint, 'id' | 'essentialZones' | 'spilloverZones' | 'bilateralZones'>,
  side: Side,
  regionById: RegionLookup,
): TriggerPointZones {
  const bilateral = new Set(tp.bilateralZones ?? [])
  const lookup = typeof regionById === 'function' ? regionById : (id: string) => regionById.get(id)
  const tier = (ids: readonly string[]): ZoneRef[] =>
    ids.flatMap((id): ZoneRef[] => {
      const region = lookup(id)
      if (!region) throw new Error(`trigger point "${tp.id}" names unknown region "${id}"`)
      if (region.midline) return [{ region: id, side: null }]
      return bilateral.has(id)
        ? [
            { region: id, side },
            { region: id, side: otherSide(side) },
          ]
        : [{ region: id, side }]
    })
  return { essential: tier(tp.essentialZones), spillover: tier(tp.spilloverZones) }
}
