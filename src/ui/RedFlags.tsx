// Next to every ranked result: this is education, not a diagnosis, and the warning signs from
// the dataset that mean "see a doctor now" (issue 6).
import { useData } from '../state/data-store'

export function RedFlags() {
  const therapy = useData((s) => s.index?.dataset.therapy)
  if (!therapy) return null
  return (
    <aside className="tpx-safety" aria-label="Safety" data-testid="red-flags">
      <p>
        <strong>This is education, not a diagnosis.</strong> See a doctor now if you have:
      </p>
      <ul className="small">
        {therapy.redFlags.map((f) => (
          <li key={f.id} title={f.text}>
            {f.title}
          </li>
        ))}
      </ul>
    </aside>
  )
}
