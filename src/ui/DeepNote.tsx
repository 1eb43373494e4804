// A deep muscle in the detail panel (issue 10): the body shows it as a dashed outline; this
// says so and which muscles lie over it, in plain words.
import type { Muscle } from '../domain/validation'
import { useData } from '../state/data-store'
import { listWords } from './labels'
import { useTranslation } from './i18n'

export function DeepNote({ muscle }: { muscle: Muscle }) {
  const index = useData((s) => s.index)
  const { t } = useTranslation('explore')
  const over = (muscle.outline?.under ?? []).map((id) => index?.muscleById.get(id)?.plainName ?? id.replace(/_/g, ' '))
  return (
    <p className="small" data-testid="deep-note">
      {over.length > 0 ? t('deep.under', { muscles: listWords(over) }) : t('deep.alone')}
    </p>
  )
}
