// The shell: the 3D view filling the window and, over it, the DOM UI (src/ui/UiRoot.tsx).
// Without WebGL the canvas is not mounted at all and the UI shows its list view instead; while
// the WebGL context is lost the canvas stays mounted (so it can be restored) but hidden, and the
// UI shows the same list view.
import { useRef } from 'react'
import { useTranslation } from '../ui/i18n'
import { UiRoot } from '../ui/UiRoot'
import { UpdateNotice } from '../ui/UpdateNotice'
import { useView } from '../state/view-store'
import { SceneBoundary } from './SceneBoundary'
// Imported statically, not lazily: as part of the entry's graph its chunks are preloaded in
// parallel with the entry (measured: the 3D chunks then arrive ~0.5 s earlier, and the first
// frame with them). Only browsers without WebGL download them for nothing.
import SceneCanvas from './SceneCanvas'
import { useSceneInsets } from './useSceneInsets'

export function App() {
  const webgl = useView((s) => s.webglAvailable)
  const lost = useView((s) => s.webglLost)
  const sceneRef = useRef<HTMLDivElement>(null)
  const { t } = useTranslation()
  useSceneInsets(sceneRef)
  return (
    <main className="app">
      {/* the interface first in the document: its skip links are the first stops of Tab */}
      <UiRoot />
      {webgl && (
        <div
          ref={sceneRef}
          id="tpx-scene"
          className={lost ? 'scene scene-lost' : 'scene'}
          data-scene
          aria-hidden={lost || undefined}
          tabIndex={0}
          // an interactive picture: the arrow keys turn it, so screen readers pass keys through
          role="application"
          aria-roledescription={t('shell.sceneKind')}
          aria-label={t('shell.sceneLabel')}
        >
          <SceneBoundary>
            <SceneCanvas />
          </SceneBoundary>
        </div>
      )}
      <UpdateNotice />
    </main>
  )
}
