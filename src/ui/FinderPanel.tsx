// "Where does it hurt?" (issue 6, `?mode=find`): paint on the body or tap areas, then see the
// trigger points whose referral patterns best explain the drawing, grouped by muscle and
// explained in plain words, next to the safety note. Searching a condition ("sciatica")
// leads to the same ranked view. The drawing stays on this device; "Clear drawing" clears it
// (one undo step), "Clear my data" (Treatment & safety) removes it with the diary and progress.
import { useMemo, useRef } from 'react'
import { rankPaintedDrawing, rankTriggerPoints } from '../domain/ranking'
import { coversTooMuch, painAreasOfVertices, paintedCover } from '../domain/pain'
import { useData } from '../state/data-store'
import { sidesOf, useMarkSide } from '../state/mark-side-store'
import { usePain } from '../state/pain-store'
import { patternsFor } from '../state/patterns'
import { useSelection } from '../state/selection-store'
import { useView } from '../state/view-store'
import { CauseList } from './CauseList'
import { PaintTools } from './PaintTools'
import { QuickMarks } from './QuickMarks'
import { RankedResults } from './RankedResults'
import { RedFlags } from './RedFlags'
import { SearchBox } from './SearchBox'
import { ShareDrawing } from './ShareDrawing'
import { DiaryEntryPoint } from './DiaryEntryPoint'
import { FinderClearDrawing } from './FinderClearDrawing'
import { usePreparedRanking, useWarmPatterns } from './derived'
import { listWords, zoneWords } from './labels'
import { zoneKey } from '../domain/geometry'
import { useTranslation } from './i18n'

/** The most areas (zones on a side) any one trigger point refers pain to, both sides counted. */
const broadestOf = new WeakMap<object, number>()
function broadest(index: NonNullable<ReturnType<typeof useData.getState>['index']>): number {
  let n = broadestOf.get(index)
  if (n === undefined) {
    n = 0
    for (const tp of index.allTriggerPoints) n = Math.max(n, 2 * (tp.essentialZones.length + (tp.spilloverZones?.length ?? 0)))
    broadestOf.set(index, n)
  }
  return n
}

export function FinderPanel() {
  const index = useData((s) => s.index)
  const weights = useData((s) => s.regionWeights)
  const drawing = usePain((s) => s.history.present)
  const webgl = useView((s) => s.webglAvailable && !s.webglLost)
  const conditionId = useSelection((s) => s.conditionId)
  const prepared = usePreparedRanking()
  const body = useData((s) => s.body)
  const skin = useData((s) => s.skin)
  const regions = useData((s) => s.regions)
  useWarmPatterns()
  const resultsRef = useRef<HTMLElement>(null)
  const { t } = useTranslation('finder')

  const areas = useMemo(() => (weights ? painAreasOfVertices(drawing, weights) : []), [drawing, weights])
  // what the painted skin covers: the regions it lies in, largest first, and its share of the
  // body (the words about the drawing follow the painted skin, as the ranking does)
  const cover = useMemo(
    () => (weights && body && areas.length > 0 ? paintedCover(drawing, body.mesh, weights) : null),
    [drawing, weights, body, areas.length],
  )
  // the painted skin itself against the drawn patterns (the CLI's find --at path); the marked
  // areas only while the body model is missing
  const results = useMemo(() => {
    if (!prepared || areas.length === 0) return []
    const patternOf = patternsFor(index, body, skin, regions)
    return body && regions && patternOf
      ? rankPaintedDrawing(drawing, body.mesh, { prepared, regions, patternOf }, { limit: 30 })
      : rankTriggerPoints(areas, prepared, { limit: 30 })
  }, [prepared, areas, drawing, index, body, skin, regions])
  if (!index) return null
  const best = results[0] ? index.muscleById.get(results[0].muscle) : undefined
  const marked = cover && cover.regions.length > 0 ? cover.regions : areas
  const tooBroad = cover ? coversTooMuch(cover) : areas.length > broadest(index)

  const markRegion = (regionId: string): void => {
    const region = index.regionById.get(regionId)
    // the same side as the quick marks' switch, shown under the list
    const keys = region?.midline
      ? [zoneKey(regionId, null)]
      : sidesOf(useMarkSide.getState().side).map((s) => zoneKey(regionId, s))
    const rvs = keys.flatMap((k) => weights?.get(k) ?? [])
    if (rvs.length > 0) usePain.getState().setRegions(rvs, true)
  }

  return (
    <section className="tpx-finder" aria-labelledby="tpx-finder-title" data-testid="finder">
      <h2 id="tpx-finder-title">{t('title')}</h2>
      <p className="small">{webgl ? t('intro.paint') : t('intro.list')}</p>
      {areas.length > 0 && (
        <div className="tpx-finder-summary" role="status">
          <span>
            {best ? t('summaryBest', { count: marked.length, muscle: best.plainName }) : t('summary', { count: marked.length })}
          </span>
          <button type="button" onClick={() => resultsRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' })}>
            {t('seeResults')}
          </button>
        </div>
      )}
      {webgl && <PaintTools />}
      <ShareDrawing />
      <DiaryEntryPoint />
      <SearchBox onRegion={markRegion} placeholder={t('searchPlaceholder')} />
      {conditionId && <CauseList />}

      {areas.length > 0 && (
        <section aria-label={t('results.label')} data-testid="finder-results" ref={resultsRef}>
          <h3>{t('results.title')}</h3>
          <p className="small muted" data-testid="marked-areas">
            {t('results.marked', { areas: listWords(marked.map((a) => zoneWords(index, zoneKey(a.region, a.side)))) })}
          </p>
          <RedFlags />
          {tooBroad && (
            <p data-testid="too-broad">
              {cover
                ? t('results.tooBroadShare', { share: Math.round(100 * cover.bodyShare) })
                : t('results.tooBroad', { count: areas.length, max: broadest(index) })}
            </p>
          )}
          {results.length === 0 ? (
            tooBroad ? null : (
              <p>{t('results.none')}</p>
            )
          ) : (
            <RankedResults results={results} label={t('results.listLabel')} pain={areas} />
          )}
        </section>
      )}
      <QuickMarks />
      {areas.length === 0 && !conditionId && <RedFlags />}

      {/* with WebGL the drawing tools carry Clear drawing and Undo */}
      {!webgl && <FinderClearDrawing />}
    </section>
  )
}
