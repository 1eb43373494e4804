// A muscle's trigger points as buttons (the list by body area, the muscles view): choosing one
// selects it and its muscle; the chosen one is pressed.
import type { Side } from '../domain/geometry'
import type { Muscle } from '../domain/validation'
import { useSelection } from '../state/selection-store'

export interface TpChoicesProps {
  muscle: Muscle
  /** the side to select it on, and pressed only there (default: the side shown) */
  side?: Side
}

export function TpChoices({ muscle, side }: TpChoicesProps) {
  const tpId = useSelection((s) => s.tpId)
  const shownSide = useSelection((s) => s.side)
  return (
    <ul className="tpx-choices">
      {muscle.triggerPoints.map((tp) => (
        <li key={tp.id}>
          <button
            type="button"
            aria-pressed={tp.id === tpId && (side === undefined || side === shownSide)}
            onClick={() => {
              const sel = useSelection.getState()
              sel.setMuscle(muscle.id)
              sel.select(tp.id, side)
            }}
            data-tp={tp.id}
          >
            <span>{tp.name}</span>
          </button>
        </li>
      ))}
    </ul>
  )
}
