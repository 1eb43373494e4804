// The printed handout of a consult (shown only on paper, @media print): the date, the
// therapist's note (typed in the consult panel, printed, never stored), both patterns named in
// their colours with where they refer, the body picture above them (a still of the 3D view cut
// to both patterns, taken as the page prints: print-picture.ts; other markers are hidden in
// consult), what a treatment involves and when not to have it (TherapyFacts: the words of the
// Treatment and safety dialog, written out), and the sources with their addresses written out,
// since a link cannot be clicked on paper.
import { useEffect, useState } from 'react'
import { flushSync } from 'react-dom'
import { zonesOf } from '../domain/pattern'
import type { DatasetIndex } from '../domain/dataset'
import type { Side } from '../domain/geometry'
import { useData } from '../state/data-store'
import { useSelection } from '../state/selection-store'
import { useView } from '../state/view-store'
import { cropForPrint, takePrintPicture } from './print-picture'
import { formatLocale, listWords, regionWords, sideWords } from './labels'
import { TherapyFacts, type TherapyGroup } from './TherapyFacts'
import { useTranslation } from './i18n'

/** On paper: the warning signs, what a session is like and when not to have it (techniques and causes stay on screen). */
const PRINTED_GROUPS: readonly TherapyGroup[] = ['redFlags', 'whatToExpect', 'contraindications']

export interface ConsultHandoutProps {
  note: string
}

export function ConsultHandout({ note }: ConsultHandoutProps) {
  const index = useData((s) => s.index)
  const tpId = useSelection((s) => s.tpId)
  const compareTpId = useSelection((s) => s.compareTpId)
  const side = useSelection((s) => s.side)
  const pictures = usePrintPictures()
  const { t } = useTranslation('consult')
  if (!index || !tpId) return null
  const therapy = index.dataset.therapy
  const sourceKeys = new Set<string>()
  for (const id of [tpId, compareTpId]) {
    if (!id) continue
    index.tpById.get(id)?.sources.forEach((k) => sourceKeys.add(k))
    index.muscleOfTp.get(id)?.sources.forEach((k) => sourceKeys.add(k))
  }
  return (
    <section className="tpx-handout print-only" aria-label={t('handout.label')} data-testid="handout">
      <p className="small">
        {t('handout.printed', {
          date: new Date().toLocaleDateString(formatLocale(), { year: 'numeric', month: 'long', day: 'numeric' }),
        })}
      </p>
      {note.trim() && (
        <div className="tpx-handout-note">
          <h3>{t('handout.note')}</h3>
          <p>{note}</p>
        </div>
      )}
      {pictures.length > 0 && (
        <div className="tpx-handout-pictures">
          {pictures.map((src, i) => (
            <img key={i} className="tpx-handout-picture" src={src} alt="" data-testid="print-picture" />
          ))}
        </div>
      )}
      <PatternWords index={index} tpId={tpId} side={side} colour="red" />
      {compareTpId && <PatternWords index={index} tpId={compareTpId} side={side} colour="blue" />}
      <TherapyFacts index={index} groups={PRINTED_GROUPS} paper titled />
      <h3>{t('handout.sources')}</h3>
      <ul className="tpx-sources">
        {[...sourceKeys].map((key) => {
          const src = index.sourceByKey.get(key)
          return (
            <li key={key}>
              {src?.title ?? key}
              {src?.url ? ` (${src.url})` : ''}
            </li>
          )
        })}
      </ul>
      <p className="small">{therapy.disclaimer}</p>
    </section>
  )
}

/**
 * The stills of the 3D view for paper, taken when the page is about to print (or print media is
 * emulated): the view on screen, and the blue pattern from where it is best seen when the
 * screen's view hides it (PrintShots in the scene).
 */
function usePrintPictures(): string[] {
  const [pictures, setPictures] = useState<string[]>([])
  useEffect(() => {
    const take = (): void => {
      const view = useView.getState()
      // the screen's view first: the extra shots draw over the drawing buffer, then restore it
      const shown = takePrintPicture(view.sceneInsets)
      const extra = (view.printShooter?.() ?? []).map((still) => cropForPrint(still, null))
      const all = [shown, ...extra].filter((p): p is string => p !== null)
      // synchronously: the browser lays the page out for paper right after this event
      flushSync(() => setPictures(all))
    }
    const media = window.matchMedia('print')
    const onMedia = (e: MediaQueryListEvent): void => {
      if (e.matches) take()
    }
    window.addEventListener('beforeprint', take)
    media.addEventListener('change', onMedia)
    return () => {
      window.removeEventListener('beforeprint', take)
      media.removeEventListener('change', onMedia)
    }
  }, [])
  return pictures
}

function PatternWords({ index, tpId, side, colour }: { index: DatasetIndex; tpId: string; side: Side; colour: 'red' | 'blue' }) {
  const tp = index.tpById.get(tpId)
  const muscle = index.muscleOfTp.get(tpId)
  const { t } = useTranslation('consult')
  if (!tp || !muscle) return null
  const zones = zonesOf(tp, side, index.regionById)
  const words = (refs: typeof zones.essential) => listWords([...new Set(refs.map((z) => regionWords(index, z.region)))])
  return (
    <div className={`tpx-handout-pattern ${colour}`} data-pattern={colour}>
      <h3>
        <span className="swatch" aria-hidden="true" />{' '}
        {t(`handout.${colour}`, { plain: muscle.plainName, muscle: muscle.name, tp: tp.name, side: sideWords(side) })}
      </h3>
      <p>
        {zones.spillover.length > 0
          ? t('handout.mainSpread', { main: words(zones.essential), spread: words(zones.spillover) })
          : t('handout.main', { main: words(zones.essential) })}
      </p>
      <p className="small">{t('handout.where', { location: tp.location })}</p>
    </div>
  )
}
