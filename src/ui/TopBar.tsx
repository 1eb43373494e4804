import { LANGUAGE_NAMES, LANGUAGES, isLang } from '../domain/i18n'
import { useLang } from '../state/lang-store'
import { ModeSwitch } from './ModeSwitch'

export interface TopBarProps {
  onOpenTherapy: () => void
}

export function TopBar({ onOpenTherapy }: TopBarProps) {
  return (
    <header className="tpx-topbar">
      <h1 className="brand">Trigger point explorer</h1>
      <ModeSwitch />
      <span className="spacer" />
      <LanguageSwitch />
      <button type="button" className="therapy-button" onClick={onOpenTherapy} aria-haspopup="dialog">
        <span className="long">Treatment &amp; safety</span>
        <span className="short">Safety</span>
      </button>
    </header>
  )
}

/** The language of the dataset's words (names, places, conditions, treatment facts). */
function LanguageSwitch() {
  const lang = useLang((s) => s.lang)
  const setLang = useLang((s) => s.setLang)
  return (
    <label className="lang-switch">
      <span className="visually-hidden">Language</span>
      <select
        value={lang}
        onChange={(e) => {
          if (isLang(e.target.value)) setLang(e.target.value)
        }}
      >
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {l.toUpperCase()} · {LANGUAGE_NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  )
}
