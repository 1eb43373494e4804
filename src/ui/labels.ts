// Words the interface shows for dataset enums and ids: body areas, sides, zones. Region and
// condition names come from the dataset (plain words first); these are only the UI's own.
import type { Side } from '../domain/geometry'
import type { BodyArea } from '../domain/validation'
import type { DatasetIndex } from '../domain/dataset'
import { parseZoneKey } from '../domain/geometry'

/** Order and words of the trigger point list (issue 3): head to foot. */
export const BODY_AREAS: readonly { id: BodyArea; label: string }[] = [
  { id: 'head_neck', label: 'Head & neck' },
  { id: 'shoulder', label: 'Shoulder' },
  { id: 'arm', label: 'Arm' },
  { id: 'hand', label: 'Hand' },
  { id: 'trunk', label: 'Trunk' },
  { id: 'hip', label: 'Hip' },
  { id: 'thigh_knee', label: 'Thigh & knee' },
  { id: 'leg_foot', label: 'Leg & foot' },
]

export const sideWord = (side: Side): string => (side === 'L' ? 'left' : 'right')

/** Plain name of a region ("side of the head"), falling back to its id so nothing is blank. */
export function regionWords(index: DatasetIndex, regionId: string): string {
  return index.regionById.get(regionId)?.plainName ?? regionId.replace(/_/g, ' ')
}

/** Words of a zone key (`temple.R` -> "temple (right)"; midline zones have no side). */
export function zoneWords(index: DatasetIndex, key: string): string {
  const { region, side } = parseZoneKey(key)
  return side ? `${regionWords(index, region)} (${sideWord(side)})` : regionWords(index, region)
}

export function conditionWords(index: DatasetIndex, conditionId: string): string {
  return index.conditionById.get(conditionId)?.plainName ?? conditionId.replace(/_/g, ' ')
}

/** "a, b and c" */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
}
