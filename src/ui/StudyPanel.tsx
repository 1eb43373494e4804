// Study: a quiz on referral patterns. The body shows a pattern (the selected trigger point,
// painted by the scene); the student names the muscle. Feedback gives the clinical and plain
// names and where the point is found; the score is kept for the session only.
import { useCallback, useEffect, useRef, useState } from 'react'
import { makeQuestion, type QuizQuestion, seededRandom } from '../domain/quiz'
import { useData } from '../state/data-store'
import { useSelection } from '../state/selection-store'

export function StudyPanel() {
  const index = useData((s) => s.index)
  const random = useRef(seededRandom(Date.now() % 2 ** 31))
  const recent = useRef<string[]>([])
  const [question, setQuestion] = useState<QuizQuestion | null>(null)
  const [picked, setPicked] = useState<string | null>(null)
  const [score, setScore] = useState({ right: 0, total: 0 })

  const next = useCallback(() => {
    if (!index) return
    const q = makeQuestion(index.dataset.muscles, random.current, 4, recent.current)
    recent.current = [...recent.current.slice(-9), q.answer]
    setQuestion(q)
    setPicked(null)
    useSelection.getState().select(q.tpId, q.side)
  }, [index])

  useEffect(() => {
    if (!question) next()
  }, [question, next])

  if (!index || !question) return null
  const answer = index.muscleById.get(question.answer)
  const tp = index.tpById.get(question.tpId)
  const choose = (id: string): void => {
    if (picked) return
    setPicked(id)
    setScore((s) => ({ right: s.right + (id === question.answer ? 1 : 0), total: s.total + 1 }))
  }

  return (
    <section aria-labelledby="tpx-study-title" data-testid="study">
      <h2 id="tpx-study-title">Study: name the muscle</h2>
      <p>Which muscle's trigger point refers pain in the pattern shown on the body?</p>
      <p className="small muted" aria-live="polite">
        Score: {score.right} of {score.total}
      </p>
      <ul className="tpx-choices">
        {question.choices.map((id) => {
          const m = index.muscleById.get(id)
          const state = picked ? (id === question.answer ? 'right' : id === picked ? 'wrong' : '') : ''
          return (
            <li key={id}>
              <button type="button" onClick={() => choose(id)} aria-pressed={picked === id} data-choice={id} data-state={state}>
                <span>
                  {state === 'right' ? '✓ ' : state === 'wrong' ? '✗ ' : ''}
                  {m?.name}
                </span>
                <span className="sub">{m?.plainName}</span>
              </button>
            </li>
          )
        })}
      </ul>
      {picked && answer && tp && (
        <div className="tpx-result" role="status" style={{ marginTop: 10 }}>
          <p>
            <strong>{picked === question.answer ? 'Right.' : 'Not quite.'}</strong> This is {answer.name} ({answer.plainName}): {tp.name}.
          </p>
          <p className="small">{tp.location}</p>
          <button type="button" className="primary" onClick={next}>
            Next question
          </button>
        </div>
      )}
    </section>
  )
}
