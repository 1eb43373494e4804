// If the 3D view cannot start after all (the WebGL context is refused although detection said
// yes, the scene chunk fails to load), the app falls back to its list view instead of showing
// a blank page: the error is caught here and the view store told that WebGL is unavailable.
import { Component, type ReactNode } from 'react'
import { useView } from '../state/view-store'
import { pushNotice } from '../state/notice-store'

interface SceneBoundaryProps {
  children: ReactNode
}

export class SceneBoundary extends Component<SceneBoundaryProps, { failed: boolean }> {
  override state = { failed: false }

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true }
  }

  override componentDidCatch(error: unknown): void {
    console.warn('The 3D view could not start; showing the list view instead.', error)
    pushNotice('sceneFailed', 'info')
    useView.getState().setWebglAvailable(false)
  }

  override render(): ReactNode {
    return this.state.failed ? null : this.props.children
  }
}
