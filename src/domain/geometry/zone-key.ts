// A zone is a region on one side of the body, or a midline region (no side). Its key is the
// one text form every part of the app uses for it: `temple.R`, `sternum`. Region ids are snake_case
// (no dot, validation's `Id`), so the key reads back unambiguously.
import type { Side } from './body-types'

/** A zone: a region on a side (`null` for a midline region). */
export interface ZoneRef {
  region: string
  side: Side | null
}

/** `temple` on the right -> `temple.R`; a midline region -> its id. */
export const zoneKey = (region: string, side: Side | null): string => (side ? `${region}.${side}` : region)

/** `temple.R` -> temple on the right; `sternum` -> a midline region (side null). */
export function parseZoneKey(key: string): ZoneRef {
  const m = /^(.*)\.([LR])$/.exec(key)
  return m ? { region: m[1]!, side: m[2] as Side } : { region: key, side: null }
}
