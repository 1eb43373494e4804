import { useSelection } from '../state/selection-store'

/** Which side of the body the pattern is shown on (the body's own left and right). */
export function SideSwitch() {
  const side = useSelection((s) => s.side)
  const setSide = useSelection((s) => s.setSide)
  return (
    <div className="tpx-side-switch" role="group" aria-label="Side of the body">
      <button type="button" aria-pressed={side === 'L'} onClick={() => setSide('L')}>
        Left side
      </button>
      <button type="button" aria-pressed={side === 'R'} onClick={() => setSide('R')}>
        Right side
      </button>
    </div>
  )
}
