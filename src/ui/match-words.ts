// A ranked result's reason in the person's language: whole-sentence templates of the `finder`
// namespace (why.*) filled with counts and the dataset's own (already translated) area and
// condition names, never English glue around translated words. The data comes from the
// domain (matchReason, conditionReason); in English the words equal the domain's `explain`.
import { MAX_SHARE_NAMES, sharePercent, type ConditionReason, type MatchReason } from '../domain/ranking'
import type { DatasetIndex } from '../domain/dataset'
import type { Side } from '../domain/geometry'
import { parseZoneKey } from '../domain/geometry'
import type { TFunction } from 'i18next'
import { conditionWords, formatLocale, regionWords } from './labels'

type T = TFunction<'finder'>

/** "temple", or "temple (left side)" when the area is on the other side than the trigger point. */
function areaWords(t: T, index: DatasetIndex, key: string, tpSide: Side): string {
  const { region, side } = parseZoneKey(key)
  const name = regionWords(index, region)
  return side && side !== tpSide ? t(`why.areaSide.${side}`, { area: name }) : name
}

/** "reason (temple, behind the ear)"; a painted drawing names its strongest few, then "and more" */
function withAreas(t: T, index: DatasetIndex, reason: string, keys: readonly string[], r: MatchReason): string {
  if (keys.length === 0) return reason
  const more = r.unit === 'share' && keys.length > MAX_SHARE_NAMES
  const areas = (more ? keys.slice(0, MAX_SHARE_NAMES) : keys).map((k) => areaWords(t, index, k, r.side)).join(', ')
  return more ? t('why.withMoreAreas', { reason, areas }) : t('why.withAreas', { reason, areas })
}

export function matchWords(t: T, index: DatasetIndex, r: MatchReason): string {
  const parts: string[] = []
  const percent = (n: number) => new Intl.NumberFormat(formatLocale(), { style: 'percent' }).format(sharePercent(n) / 100)
  if (r.unit === 'share') {
    if (r.essential.count > 0) {
      parts.push(withAreas(t, index, t('why.main.share', { percent: percent(r.essential.count) }), r.essential.keys, r))
      if (r.spillover.count > 0)
        parts.push(withAreas(t, index, t('why.widerShare', { percent: percent(r.spillover.count) }), r.spillover.keys, r))
    } else if (r.spillover.count > 0) {
      parts.push(withAreas(t, index, t('why.onlyWider.share', { percent: percent(r.spillover.count) }), r.spillover.keys, r))
    }
  } else {
    const unit = r.unit
    const counts = { covered: r.essential.count, count: r.marked } as const
    if (r.essential.count > 0) {
      parts.push(withAreas(t, index, t(`why.main.${unit}`, counts), r.essential.keys, r))
      if (r.spillover.count > 0)
        parts.push(withAreas(t, index, t('why.wider', { count: r.spillover.count }), r.spillover.keys, r))
    } else if (r.spillover.count > 0) {
      parts.push(withAreas(t, index, t(`why.onlyWider.${unit}`, { ...counts, covered: r.spillover.count }), r.spillover.keys, r))
    }
  }
  if (r.together?.length) parts.push(t('why.together', { count: r.together.length }))
  if (r.prior) parts.push(t(`why.prior.${r.prior.level}`, { condition: conditionWords(index, r.prior.condition) }))
  return parts.join('; ')
}

export function conditionMatchWords(t: T, index: DatasetIndex, r: ConditionReason): string {
  const condition = conditionWords(index, r.condition)
  const head = r.level ? t(`why.prior.${r.level}`, { condition }) : t('why.mistakenFor', { condition })
  const main = t('why.mainAreas', { areas: r.main.map((k) => areaWords(t, index, k, r.side)).join(', ') })
  return `${head}; ${main}`
}
