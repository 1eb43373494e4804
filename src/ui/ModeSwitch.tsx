import type { AppMode } from '../domain/url'
import { useSelection } from '../state/selection-store'
import { useView } from '../state/view-store'
import { useTranslation } from './i18n'

const MODES: readonly AppMode[] = ['explore', 'find', 'consult', 'study']

export function ModeSwitch() {
  const mode = useView((s) => s.mode)
  const { t } = useTranslation()
  const choose = (next: AppMode): void => {
    // "where does it hurt?" starts from the person's drawing: a pattern left over from
    // exploring would cover it (and its details the finder, on a phone)
    if (next === 'find' && next !== mode) useSelection.getState().select(null)
    useView.getState().setMode(next)
  }
  return (
    <nav className="tpx-modes" aria-label={t('modes.label')}>
      {MODES.map((m) => (
        <button
          key={m}
          type="button"
          aria-pressed={mode === m}
          title={t(`modes.${m}.title`)}
          onClick={() => choose(m)}
          data-mode={m}
        >
          <span className="long">{t(`modes.${m}.label`)}</span>
          {/* no aria-hidden: on phones the long label is display:none and this one is the name */}
          <span className="short">{t(`modes.${m}.short`)}</span>
        </button>
      ))}
    </nav>
  )
}
