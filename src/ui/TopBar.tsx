import { LANGUAGE_NAMES, LANGUAGES, isLang } from '../domain/i18n'
import { useLang } from '../state/lang-store'
import { ModeSwitch } from './ModeSwitch'
import { useTranslation } from './i18n'
import { useMediaQuery } from './useMediaQuery'

export interface TopBarProps {
  onOpenTherapy: () => void
}

export function TopBar({ onOpenTherapy }: TopBarProps) {
  const { t } = useTranslation()
  return (
    <header className="tpx-topbar">
      <h1 className="brand">{t('brand')}</h1>
      <ModeSwitch />
      <span className="spacer" />
      <LanguageSwitch />
      <button type="button" className="therapy-button" onClick={onOpenTherapy} aria-haspopup="dialog">
        <span className="long">{t('therapy.open')}</span>
        <span className="short">{t('therapy.openShort')}</span>
      </button>
    </header>
  )
}

/** The language of the dataset's words (names, places, conditions, treatment facts). */
function LanguageSwitch() {
  const lang = useLang((s) => s.lang)
  const setLang = useLang((s) => s.setLang)
  const { t } = useTranslation()
  // where the switch is narrow (ui.css) the closed switch shows the code alone ("EN", not a cut
  // "EN ·"); the open list still names every language
  const narrow = useMediaQuery('(max-width: 900px)')
  return (
    <label className="lang-switch">
      <span className="visually-hidden">{t('language')}</span>
      <select
        value={lang}
        onChange={(e) => {
          if (isLang(e.target.value)) setLang(e.target.value)
        }}
      >
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {narrow && l === lang ? l.toUpperCase() : `${l.toUpperCase()} · ${LANGUAGE_NAMES[l]}`}
          </option>
        ))}
      </select>
    </label>
  )
}
