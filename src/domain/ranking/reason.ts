// The reason of a condition's result as data, not English (a drawing's reason is the result's
// own `reason`, from toResult): the cited prior and the pattern's main areas, so the interface
// can say it in the person's language (src/ui/match-words.ts).
import type { Side } from '../geometry'
import type { CommonLevel } from '../validation'
import type { PreparedRanking } from './prepare'
import type { RankedPoint } from './rank'

export interface ConditionReason {
  side: Side
  condition: string
  /** the trigger point is a cited cause of the condition; else its pain is mistaken for it */
  level?: CommonLevel
  /** the pattern's own main areas (zone keys), in the dataset's order */
  main: readonly string[]
}

export function conditionReason(result: RankedPoint, conditionId: string, prepared: PreparedRanking): ConditionReason {
  const p = prepared.points.find((x) => x.tp.id === result.triggerPoint && x.side === result.side)
  const main = (p?.zones ?? []).filter((z) => z.essential && !z.contralateral).map((z) => prepared.keys[z.key]!)
  const level = result.prior?.condition === conditionId ? result.prior.level : undefined
  return {
    side: result.side,
    condition: prepared.conditionById.get(conditionId)?.id ?? conditionId,
    ...(level && { level }),
    main,
  }
}
