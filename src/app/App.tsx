// The shell: the 3D view filling the window and, over it, the DOM UI (src/ui/UiRoot.tsx).
// Without WebGL the canvas is not mounted at all and the UI shows its list view instead.
import { lazy, Suspense, useRef } from 'react'
import { UiRoot } from '../ui/UiRoot'
import { useView } from '../state/view-store'
import { useSceneInsets } from './useSceneInsets'

const SceneCanvas = lazy(() => import('./SceneCanvas'))

export function App() {
  const webgl = useView((s) => s.webglAvailable)
  const sceneRef = useRef<HTMLDivElement>(null)
  useSceneInsets(sceneRef)
  return (
    <div className="app">
      {webgl && (
        <div ref={sceneRef} className="scene" data-scene tabIndex={0} aria-label="3D body: drag to turn, pinch or scroll to zoom, arrow keys to turn">
          <Suspense fallback={null}>
            <SceneCanvas />
          </Suspense>
        </div>
      )}
      <UiRoot />
    </div>
  )
}
