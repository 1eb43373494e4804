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
      <button type="button" className="therapy-button" onClick={onOpenTherapy} aria-haspopup="dialog">
        <span className="long">Treatment &amp; safety</span>
        <span className="short">Safety</span>
      </button>
    </header>
  )
}
