import type { AppMode } from '../domain/url'
import { useSelection } from '../state/selection-store'
import { useView } from '../state/view-store'

const MODES: readonly { id: AppMode; label: string; short: string; title: string }[] = [
  { id: 'explore', label: 'Explore', short: 'Explore', title: 'Browse trigger points and where they send pain' },
  {
    id: 'find',
    label: 'Where does it hurt?',
    short: 'Where it hurts',
    title: 'Mark where it hurts and see which trigger points may cause it',
  },
  { id: 'consult', label: 'Consult', short: 'Consult', title: 'Compare two patterns, print or share them' },
  { id: 'study', label: 'Study', short: 'Study', title: 'Quiz yourself on referral patterns' },
]

export function ModeSwitch() {
  const mode = useView((s) => s.mode)
  const choose = (next: AppMode): void => {
    // "where does it hurt?" starts from the person's drawing: a pattern left over from
    // exploring would cover it (and its details the finder, on a phone)
    if (next === 'find' && next !== mode) useSelection.getState().select(null)
    useView.getState().setMode(next)
  }
  return (
    <nav className="tpx-modes" aria-label="Mode">
      {MODES.map((m) => (
        <button
          key={m.id}
          type="button"
          aria-pressed={mode === m.id}
          title={m.title}
          onClick={() => choose(m.id)}
          data-mode={m.id}
        >
          <span className="long">{m.label}</span>
          {/* no aria-hidden: on phones the long label is display:none and this one is the name */}
          <span className="short">{m.short}</span>
        </button>
      ))}
    </nav>
  )
}
