import { useSelection } from '../state/selection-store'
import { useTranslation } from './i18n'

/** Which side of the body the pattern is shown on (the body's own left and right). */
export function SideSwitch() {
  const side = useSelection((s) => s.side)
  const setSide = useSelection((s) => s.setSide)
  const { t } = useTranslation('explore')
  return (
    <div className="tpx-side-switch" role="group" aria-label={t('sideSwitch.label')}>
      <button type="button" aria-pressed={side === 'L'} onClick={() => setSide('L')}>
        {t('sideSwitch.L')}
      </button>
      <button type="button" aria-pressed={side === 'R'} onClick={() => setSide('R')}>
        {t('sideSwitch.R')}
      </button>
    </div>
  )
}
