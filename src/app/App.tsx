// The shell: the 3D view filling the window and, over it, the DOM UI (src/ui/UiRoot.tsx).
// Without WebGL the canvas is not mounted at all and the UI shows its list view instead.
import { lazy, Suspense, type ComponentType } from 'react'
import { useView } from '../state/view-store'

const SceneCanvas = lazy(() => import('./SceneCanvas'))

// The UI is built in parallel with the shell: mounted when src/ui/UiRoot.tsx exists.
const uiModules = import.meta.glob<{ UiRoot: ComponentType }>('../ui/UiRoot.tsx', { eager: true })
const UiRoot = Object.values(uiModules)[0]?.UiRoot ?? null

export function App() {
  const webgl = useView((s) => s.webglAvailable)
  return (
    <div className="app">
      {webgl && (
        <div className="scene" data-scene tabIndex={0} aria-label="3D body: drag to turn, pinch or scroll to zoom, arrow keys to turn">
          <Suspense fallback={null}>
            <SceneCanvas />
          </Suspense>
        </div>
      )}
      {UiRoot && <UiRoot />}
    </div>
  )
}
