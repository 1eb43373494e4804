// Study: a quiz on referral patterns. The body shows a pattern (the selected trigger point,
// painted by the scene); the student names the muscle. Feedback gives the clinical and plain
// names and where the point is found. Each answer is recorded per trigger point and kept on
// this device (study-store); the next question favours unseen and recently missed points.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { makeQuestionFor, type QuizQuestion, seededRandom } from '../domain/study'
import { pickTriggerPoint, summarize } from '../domain/study'
import { zonesOf } from '../domain/pattern'
import { type ZoneRef } from '../domain/geometry'
import type { DatasetIndex } from '../domain/dataset'
import { useData } from '../state/data-store'
import { useSelection } from '../state/selection-store'
import { useStudy } from '../state/study-store'
import { useView } from '../state/view-store'
import { formatLocale, listWords, regionWords, sideWords } from './labels'
import { ConfirmAction } from './ConfirmAction'
import { useTranslation } from './i18n'

/** Plain region names of zones, each once: the pattern in words, for list view and screen readers. */
const zoneList = (index: DatasetIndex, zones: readonly ZoneRef[]): string =>
  listWords([...new Set(zones.map((z) => regionWords(index, z.region)))])

export function StudyPanel() {
  const index = useData((s) => s.index)
  const random = useRef(seededRandom(Date.now() % 2 ** 31))
  const recent = useRef<string[]>([])
  const [question, setQuestion] = useState<QuizQuestion | null>(null)
  const [picked, setPicked] = useState<string | null>(null)
  const [score, setScore] = useState({ right: 0, total: 0 })
  const { t } = useTranslation('study')
  const loaded = useStudy((s) => s.loaded)
  const tpIds = useMemo(() => index?.dataset.muscles.flatMap((m) => m.triggerPoints.map((t) => t.id)) ?? [], [index])

  useEffect(() => {
    if (index) useStudy.getState().load(tpIds, (id) => index.tpById.get(id)?.id)
  }, [index, tpIds])

  const next = useCallback(() => {
    if (!index || !useStudy.getState().loaded) return
    // every point of the last few muscles asked is held back, so an answer is not given away
    const avoid = recent.current.flatMap((id) => index.muscleById.get(id)?.triggerPoints.map((t) => t.id) ?? [])
    const tpId = pickTriggerPoint(useStudy.getState().progress, tpIds, random.current, Date.now(), avoid)
    const q = makeQuestionFor(index.dataset.muscles, tpId, random.current)
    recent.current = [...recent.current.slice(-4), q.answer]
    setQuestion(q)
    setPicked(null)
    useSelection.getState().select(q.tpId, q.side)
  }, [index, tpIds])

  useEffect(() => {
    if (!question && loaded) next()
  }, [question, next, loaded])

  const answered = picked !== null
  // before the answer the X would show where the muscle is: hidden until then
  useEffect(() => {
    useView.getState().setPointHidden(question !== null && !answered)
    return () => useView.getState().setPointHidden(false)
  }, [question, answered])

  const choose = useCallback(
    (id: string): void => {
      if (!question || picked) return
      setPicked(id)
      setScore((s) => ({ right: s.right + (id === question.answer ? 1 : 0), total: s.total + 1 }))
      useStudy.getState().record(question.tpId, id === question.answer)
    },
    [question, picked],
  )

  // keys 1 to 4 answer, Enter goes on to the next question
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return
      const target = e.target
      if (target instanceof HTMLInputElement || target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement)
        return
      if (target instanceof HTMLElement && target.closest('[role="dialog"]')) return
      const n = Number(e.key)
      if (question && !picked && Number.isInteger(n) && n >= 1 && n <= question.choices.length) {
        e.preventDefault()
        choose(question.choices[n - 1]!)
      } else if (picked && e.key === 'Enter' && !(target instanceof HTMLButtonElement)) {
        e.preventDefault()
        next()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [question, picked, choose, next])

  // the feedback and "Next" in view and in reach of the keyboard once answered
  const nextButton = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    if (!picked) return
    nextButton.current?.scrollIntoView({ block: 'nearest' })
    nextButton.current?.focus({ preventScroll: true })
  }, [picked])

  if (!index || !question) return null
  const answer = index.muscleById.get(question.answer)
  const tp = index.tpById.get(question.tpId)
  const right = picked === question.answer

  return (
    <section aria-labelledby="tpx-study-title" data-testid="study" className="tpx-study">
      <h2 id="tpx-study-title">{t('title')}</h2>
      {/* once answered, the feedback takes the question's place, so it and "Next" fit on a phone */}
      {!picked && <p>{t('question')}</p>}
      {tp && !picked && <PatternInWords index={index} tpId={tp.id} side={question.side} />}
      {/* this visit only (the live region stays, empty, so the first score is announced);
          the saved record across visits is shown below the choices */}
      <p className="small muted" aria-live="polite">
        {score.total > 0 ? t('score', { right: score.right, total: score.total }) : ''}
      </p>
      {picked && answer && tp && (
        <div className={`tpx-result tpx-feedback ${right ? 'right' : 'wrong'}`} role="status" data-testid="study-feedback">
          <p>
            <strong>{right ? t('right') : t('wrong')}</strong>{' '}
            {t('answer', { muscle: answer.name, plain: answer.plainName, tp: tp.name })}
          </p>
          <button type="button" className="primary" onClick={next} ref={nextButton}>
            {t('next')}
          </button>
          <p className="small">{tp.location}</p>
        </div>
      )}
      <p className="small muted">{picked ? '' : t('pick')}</p>
      <ol className="tpx-choices tpx-quiz">
        {question.choices.map((id, i) => {
          const m = index.muscleById.get(id)
          const state = choiceState(id, picked, question.answer)
          return (
            <li key={id}>
              <button
                type="button"
                onClick={() => choose(id)}
                aria-pressed={picked === id}
                aria-disabled={picked !== null}
                data-choice={id}
                data-state={state}
              >
                <span>
                  <span className="key" aria-hidden="true">
                    {state === 'right' ? '✓' : state === 'wrong' ? '✗' : i + 1}
                  </span>{' '}
                  {m?.name}
                  {state === 'right' ? <span className="visually-hidden"> {t('isRight')}</span> : null}
                  {state === 'wrong' ? <span className="visually-hidden"> {t('isWrong')}</span> : null}
                </span>
                {/* the plain name says where the muscle is: it would give the answer away */}
                {picked && <span className="sub">{m?.plainName}</span>}
              </button>
            </li>
          )
        })}
      </ol>
      <ProgressSummary tpIds={tpIds} />
    </section>
  )
}

/** How a choice is marked once answered: the right answer, the person's wrong pick, or neither. */
function choiceState(id: string, picked: string | null, answer: string): 'right' | 'wrong' | '' {
  if (!picked) return ''
  return id === answer ? 'right' : id === picked ? 'wrong' : ''
}

/** The saved record in words, with a two-step reset so one stray tap cannot wipe it. */
function ProgressSummary({ tpIds }: { tpIds: readonly string[] }) {
  const progress = useStudy((s) => s.progress)
  const sum = useMemo(() => summarize(progress, tpIds), [progress, tpIds])
  const { t } = useTranslation('study')
  return (
    <div className="tpx-study-progress">
      <p className="small" data-testid="study-progress">
        {sum.answered === 0
          ? t('progress.none')
          : t('progress.summary', {
              answered: sum.answered,
              percent: new Intl.NumberFormat(formatLocale(), { style: 'percent' }).format(sum.percentRight / 100),
              mastered: sum.mastered,
              total: sum.total,
            })}
      </p>
      {sum.answered > 0 && (
        <ConfirmAction
          label={t('progress.reset')}
          ask={t('progress.forget', { count: sum.answered })}
          yes={t('progress.yes')}
          keep={t('progress.keep')}
          tone="danger"
          onYes={() => useStudy.getState().resetProgress()}
        />
      )}
    </div>
  )
}

/**
 * The question's pattern in words. Without WebGL there is no body to look at, and a screen
 * reader cannot see the paint: both need the words to answer. It names areas, never the muscle.
 */
function PatternInWords({ index, tpId, side }: { index: DatasetIndex; tpId: string; side: 'L' | 'R' }) {
  const tp = index.tpById.get(tpId)
  const { t } = useTranslation('study')
  if (!tp) return null
  const zones = zonesOf(tp, side, index.regionById)
  const words = { side: sideWords(side), main: zoneList(index, zones.essential) }
  return (
    <p className="small" data-testid="study-pattern">
      {zones.spillover.length > 0
        ? t('patternSpread', { ...words, spread: zoneList(index, zones.spillover) })
        : t('pattern', words)}
    </p>
  )
}
