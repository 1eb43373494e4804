// An action that cannot be undone (clear my data, reset the quiz progress) in two steps, so one
// stray tap cannot wipe anything: its button, then the question with "yes" and "keep". The
// focus follows: to "keep" when the question appears, back to the button when it goes.
import { useEffect, useRef, useState } from 'react'

export interface ConfirmActionProps {
  /** the first button, e.g. "Clear my data" (also names the question's group) */
  label: string
  /** the question, e.g. "Remove your drawing from this device?" */
  ask: string
  yes: string
  keep: string
  onYes: () => void
  /** the look of the "yes" button */
  tone?: 'primary' | 'danger'
}

export function ConfirmAction({ label, ask, yes, keep, onYes, tone = 'primary' }: ConfirmActionProps) {
  const [asking, setAsking] = useState(false)
  const keepButton = useRef<HTMLButtonElement>(null)
  const button = useRef<HTMLButtonElement>(null)
  const moved = useRef(false)
  useEffect(() => {
    if (!moved.current) return
    ;(asking ? keepButton : button).current?.focus()
  }, [asking])
  const step = (next: boolean) => {
    moved.current = true
    setAsking(next)
  }
  if (!asking)
    return (
      <button type="button" ref={button} onClick={() => step(true)}>
        {label}
      </button>
    )
  return (
    <div className="row" role="group" aria-label={label}>
      <span>{ask}</span>
      <button
        type="button"
        className={tone}
        onClick={() => {
          onYes()
          step(false)
        }}
      >
        {yes}
      </button>
      <button type="button" ref={keepButton} onClick={() => step(false)}>
        {keep}
      </button>
    </div>
  )
}
