// Words the interface shows for dataset enums and ids: body areas, sides, zones. Region and
// condition names come from the dataset (plain words first, already in the person's language);
// these are only the UI's own, from the `common` interface words. Lists are joined as the
// language joins them (Intl.ListFormat: "a, b and c", "a, b y c", "a, b und c").
import type { Side } from '../domain/geometry'
import type { BodyArea } from '../domain/validation'
import type { DatasetIndex } from '../domain/dataset'
import { parseZoneKey } from '../domain/geometry'
import { i18next } from './i18n'

/** Order of the trigger point list (issue 3): head to foot. Words: bodyAreaWords. */
export const BODY_AREAS: readonly { id: BodyArea }[] = [
  { id: 'head_neck' },
  { id: 'shoulder' },
  { id: 'arm' },
  { id: 'hand' },
  { id: 'trunk' },
  { id: 'hip' },
  { id: 'thigh_knee' },
  { id: 'leg_foot' },
]

export const bodyAreaWords = (id: BodyArea): string => i18next.t(`bodyArea.${id}`)

/** "left" / "right" */
export const sideWord = (side: Side): string => i18next.t(`side.${side}`)

/** "left side" / "right side" */
export const sideWords = (side: Side): string => i18next.t(`sideOf.${side}`)

/** Plain name of a region ("side of the head"), falling back to its id so nothing is blank. */
export function regionWords(index: DatasetIndex, regionId: string): string {
  return index.regionById.get(regionId)?.plainName ?? regionId.replace(/_/g, ' ')
}

/** Words of a zone key (`temple.R` -> "temple (right)"; midline zones have no side). */
export function zoneWords(index: DatasetIndex, key: string): string {
  const { region, side } = parseZoneKey(key)
  return side ? i18next.t('zoneSide', { area: regionWords(index, region), side: sideWord(side) }) : regionWords(index, region)
}

export function conditionWords(index: DatasetIndex, conditionId: string): string {
  return index.conditionById.get(conditionId)?.plainName ?? conditionId.replace(/_/g, ' ')
}

/** The locale of list and date formats: British English joins "a, b and c" (no serial comma). */
export const formatLocale = (): string => (i18next.language === 'en' ? 'en-GB' : i18next.language)

/** "a, b and c" in the current language */
export function listWords(items: readonly string[]): string {
  return new Intl.ListFormat(formatLocale(), { style: 'long', type: 'conjunction' }).format(items)
}
