// The printed handout of a consult (shown only on paper, @media print): the date, the
// therapist's note (typed in the consult panel, printed, never stored), both patterns named in
// their colours with where they refer, the body picture above it (the 3D view, other markers
// hidden), what a treatment involves and when not to have it (data/therapy.json), and the
// sources with their addresses written out, since a link cannot be clicked on paper.
import { zonesOf } from '../domain/pattern'
import type { DatasetIndex } from '../domain/dataset'
import type { Side } from '../domain/geometry'
import { useData } from '../state/data-store'
import { useSelection } from '../state/selection-store'
import { formatLocale, listWords, regionWords, sideWords } from './labels'
import { useTranslation } from './i18n'

export interface ConsultHandoutProps {
  note: string
}

export function ConsultHandout({ note }: ConsultHandoutProps) {
  const index = useData((s) => s.index)
  const tpId = useSelection((s) => s.tpId)
  const compareTpId = useSelection((s) => s.compareTpId)
  const side = useSelection((s) => s.side)
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
      <PatternWords index={index} tpId={tpId} side={side} colour="red" />
      {compareTpId && <PatternWords index={index} tpId={compareTpId} side={side} colour="blue" />}
      <h3>{t('handout.involves')}</h3>
      <p>
        {t('handout.hold', {
          min: therapy.holdSeconds[0],
          max: therapy.holdSeconds[1],
          soreMin: therapy.sorenessHours[0],
          soreMax: therapy.sorenessHours[1],
        })}
      </p>
      <ul>
        {therapy.whatToExpect.map((f) => (
          <li key={f.id}>{f.text}</li>
        ))}
      </ul>
      <h3>{t('handout.notWhen')}</h3>
      <ul>
        {therapy.contraindications.map((f) => (
          <li key={f.id}>
            <strong>{f.title}.</strong> {f.text}
          </li>
        ))}
      </ul>
      <h3>{t('handout.doctor')}</h3>
      <ul>
        {therapy.redFlags.map((f) => (
          <li key={f.id}>{f.text}</li>
        ))}
      </ul>
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
