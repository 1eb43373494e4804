// A native select of every trigger point, grouped by body area: the fastest way for a
// therapist to jump to a pattern with the keyboard (type to find), and large on phones.
import { useData } from '../state/data-store'
import { BODY_AREAS, bodyAreaWords } from './labels'

export interface TpSelectProps {
  label: string
  value: string | null
  onChange: (tpId: string | null) => void
  emptyLabel: string
}

export function TpSelect({ label, value, onChange, emptyLabel }: TpSelectProps) {
  const index = useData((s) => s.index)
  if (!index) return null
  return (
    <label className="tpx-select">
      <span className="small muted">{label}</span>
      <select value={value ?? ''} onChange={(e) => onChange(e.target.value || null)} style={{ width: '100%', minHeight: 48 }}>
        <option value="">{emptyLabel}</option>
        {BODY_AREAS.map((area) => (
          <optgroup key={area.id} label={bodyAreaWords(area.id)}>
            {index.dataset.muscles
              .filter((m) => m.bodyArea === area.id)
              .flatMap((m) =>
                m.triggerPoints.map((tp) => (
                  <option key={tp.id} value={tp.id}>
                    {m.triggerPoints.length > 1 ? tp.name : m.name}
                  </option>
                )),
              )}
          </optgroup>
        ))}
      </select>
    </label>
  )
}
