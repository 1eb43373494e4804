// A ranked result's reason in the person's language: whole-sentence templates of the `finder`
// namespace (why.*) filled with counts and the dataset's own (already translated) area and
// condition names, never English glue around translated words. The data comes from the
// domain (matchReason, conditionReason); in English the words equal the domain's `explain`.
import type { ConditionReason, MatchReason } from '../domain/ranking'
import type { DatasetIndex } from '../domain/dataset'
import type { Side } from '../domain/geometry'
import { parseZoneKey } from '../domain/geometry'
import type { TFunction } from 'i18next'
import { conditionWords, regionWords } from './labels'

type T = TFunction<'finder'>

/** "temple", or "temple (left side)" when the area is on the other side than the trigger point. */
function areaWords(t: T, index: DatasetIndex, key: string, tpSide: Side): string {
  const { region, side } = parseZoneKey(key)
  const name = regionWords(index, region)
  return side && side !== tpSide ? t(`why.areaSide.${side}`, { area: name }) : name
}

const withAreas = (t: T, index: DatasetIndex, reason: string, keys: readonly string[], side: Side): string =>
  keys.length > 0 ? t('why.withAreas', { reason, areas: keys.map((k) => areaWords(t, index, k, side)).join(', ') }) : reason

export function matchWords(t: T, index: DatasetIndex, r: MatchReason): string {
  const parts: string[] = []
  const counts = { covered: r.essential.count, count: r.marked } as const
  if (r.essential.count > 0) {
    parts.push(withAreas(t, index, t(`why.main.${r.unit}`, counts), r.essential.keys, r.side))
    if (r.spillover.count > 0)
      parts.push(withAreas(t, index, t('why.wider', { count: r.spillover.count }), r.spillover.keys, r.side))
  } else if (r.spillover.count > 0) {
    parts.push(
      withAreas(t, index, t(`why.onlyWider.${r.unit}`, { ...counts, covered: r.spillover.count }), r.spillover.keys, r.side),
    )
  }
  if (r.prior) parts.push(t(`why.prior.${r.prior.level}`, { condition: conditionWords(index, r.prior.condition) }))
  return parts.join('; ')
}

export function conditionMatchWords(t: T, index: DatasetIndex, r: ConditionReason): string {
  const condition = conditionWords(index, r.condition)
  const head = r.level ? t(`why.prior.${r.level}`, { condition }) : t('why.mistakenFor', { condition })
  const main = t('why.mainAreas', { areas: r.main.map((k) => areaWords(t, index, k, r.side)).join(', ') })
  return `${head}; ${main}`
}
