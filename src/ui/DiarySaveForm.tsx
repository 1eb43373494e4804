// "Save to my diary": the drawing shown now, with the day (today unless changed), how strong the
// pain is (0 to 10), what it feels like and a short note.
import { useId, useState } from 'react'
import { entryIdOf, INTENSITY_MAX, isIsoDay, isoDayOf, NOTE_MAX, normalizeNote, QUALITIES, type Quality } from '../domain/diary'
import { encodePain, samplesOfDrawing } from '../domain/pain'
import { useDiary } from '../state/diary-store'
import { useLang } from '../state/lang-store'
import { usePain } from '../state/pain-store'
import { formatDay } from './diary-format'
import { useTranslation } from './i18n'

export interface DiarySaveFormProps {
  /** what to tell the person once the form closes: the entry was saved (or kept in memory only); null: cancelled */
  onDone: (message: string | null) => void
}

export function DiarySaveForm({ onDone }: DiarySaveFormProps) {
  const { t } = useTranslation('diary')
  const lang = useLang((s) => s.lang)
  const empty = usePain((s) => s.empty)
  const [date, setDate] = useState(() => isoDayOf(new Date()))
  const [intensity, setIntensity] = useState(5)
  const [qualities, setQualities] = useState<Quality[]>([])
  const [note, setNote] = useState('')
  const id = useId()
  const today = isoDayOf(new Date())

  const submit = (): void => {
    if (!isIsoDay(date)) return
    const drawing = encodePain(samplesOfDrawing(usePain.getState().history.present))
    const kept = useDiary.getState().save({
      id: entryIdOf(crypto.getRandomValues(new Uint8Array(12))),
      date,
      intensity,
      qualities: QUALITIES.filter((q) => qualities.includes(q)),
      note: normalizeNote(note),
      drawing,
    })
    onDone(kept ? t('form.saved', { date: formatDay(date, lang) }) : t('form.notKept'))
  }

  return (
    <form
      className="tpx-diary tpx-diary-form"
      aria-labelledby={`${id}-title`}
      data-testid="diary-form"
      onSubmit={(e) => {
        e.preventDefault()
        submit()
      }}
    >
      <h3 id={`${id}-title`}>{t('form.title')}</h3>
      {empty && <p className="small muted">{t('form.noDrawing')}</p>}
      <label className="tpx-diary-field">
        <span>{t('form.date')}</span>
        <input type="date" required value={date} max={today} onChange={(e) => setDate(e.target.value)} data-testid="diary-date" />
      </label>
      <fieldset className="tpx-diary-field">
        <legend>{t('form.intensity')}</legend>
        <p className="small muted" id={`${id}-hint`}>
          {t('form.intensityHint')}
        </p>
        <div className="tpx-diary-intensity">
          <input
            type="range"
            min={0}
            max={INTENSITY_MAX}
            step={1}
            value={intensity}
            aria-describedby={`${id}-hint`}
            aria-valuetext={t('form.intensityValue', { value: intensity })}
            onChange={(e) => setIntensity(Number(e.target.value))}
            data-testid="diary-intensity"
            list={`${id}-ticks`}
          />
          <output aria-hidden="true">{intensity}</output>
        </div>
        <div className="tpx-diary-ticks" aria-hidden="true">
          {Array.from({ length: INTENSITY_MAX + 1 }, (_, i) => (
            <span key={i}>{i}</span>
          ))}
        </div>
        <datalist id={`${id}-ticks`}>
          {Array.from({ length: INTENSITY_MAX + 1 }, (_, i) => (
            <option key={i} value={i} />
          ))}
        </datalist>
      </fieldset>
      <fieldset className="tpx-diary-field">
        <legend>{t('form.qualities')}</legend>
        <div className="tpx-diary-qualities">
          {QUALITIES.map((q) => (
            <label key={q}>
              <input
                type="checkbox"
                checked={qualities.includes(q)}
                onChange={(e) => setQualities((v) => (e.target.checked ? [...v, q] : v.filter((x) => x !== q)))}
              />
              <span>{t(`quality.${q}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <label className="tpx-diary-field">
        <span>{t('form.note')}</span>
        <input
          type="text"
          value={note}
          maxLength={NOTE_MAX}
          placeholder={t('form.notePlaceholder')}
          onChange={(e) => setNote(e.target.value)}
          data-testid="diary-note"
        />
        <span className="small muted">{t('form.noteLeft', { count: NOTE_MAX - Array.from(note).length })}</span>
      </label>
      <div className="tpx-data-actions">
        <button type="submit" className="primary" data-testid="diary-save">
          {t('form.save')}
        </button>
        <button type="button" onClick={() => onDone(null)}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  )
}
