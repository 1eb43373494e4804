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
      <button type="button" onClick={onOpenTherapy} aria-haspopup="dialog" title="Treatment and safety">
        <span aria-hidden="true">ⓘ</span>
        <span className="visually-hidden">Treatment and safety</span>
      </button>
    </header>
  )
}
