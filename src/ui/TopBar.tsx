import { ModeSwitch } from './ModeSwitch'

export interface TopBarProps {
  onOpenTherapy: () => void
}

export function TopBar({ onOpenTherapy }: TopBarProps) {
  return (
    <header className="tpx-topbar">
      <span className="brand">Trigger point explorer</span>
      <ModeSwitch />
      <span className="spacer" />
      <button type="button" className="therapy-button" onClick={onOpenTherapy} aria-haspopup="dialog">
        Treatment &amp; safety
      </button>
    </header>
  )
}
