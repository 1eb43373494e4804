// Next to every ranked result: this is education, not a diagnosis, and the warning signs from
// the dataset that mean "see a doctor now" (issue 6). The sentence always shows; on a phone the
// list starts folded so the results stay in view, on a larger screen it starts open.
import { useState } from 'react'
import { useData } from '../state/data-store'
import { useTranslation } from './i18n'

const startsOpen = (): boolean =>
  typeof window === 'undefined' || !window.matchMedia || window.matchMedia('(min-width: 761px)').matches

export function RedFlags() {
  const therapy = useData((s) => s.index?.dataset.therapy)
  const [open] = useState(startsOpen)
  const { t } = useTranslation('safety')
  if (!therapy) return null
  return (
    <aside className="tpx-safety" aria-label={t('redFlags.label')} data-testid="red-flags">
      <p>
        <strong>{t('redFlags.education')}</strong> {t('redFlags.seeDoctor')}
      </p>
      <details className="tpx-group" open={open}>
        <summary>{t('redFlags.signs', { count: therapy.redFlags.length })}</summary>
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
