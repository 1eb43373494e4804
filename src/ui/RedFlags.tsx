// Next to every ranked result: this is education, not a diagnosis, and the warning signs from
// the dataset that mean "see a doctor now" (issue 6). The sentence always shows; on a phone the
// list starts folded so the results stay in view, on a larger screen it starts open.
import { useState } from 'react'
import { useData } from '../state/data-store'

const startsOpen = (): boolean =>
  typeof window === 'undefined' || !window.matchMedia || window.matchMedia('(min-width: 761px)').matches

export function RedFlags() {
  const therapy = useData((s) => s.index?.dataset.therapy)
  const [open] = useState(startsOpen)
  if (!therapy) return null
  return (
    <aside className="tpx-safety" aria-label="Safety" data-testid="red-flags">
      <p>
        <strong>This is education, not a diagnosis.</strong> See a doctor now if you have any of these warning signs.
      </p>
      <details className="tpx-group" open={open}>
        <summary>Warning signs ({therapy.redFlags.length})</summary>
        <ul className="small">
          {therapy.redFlags.map((f) => (
            <li key={f.id} title={f.text}>
              {f.title}
            </li>
          ))}
        </ul>
      </details>
    </aside>
  )
}
