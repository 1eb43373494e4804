// The shell: the 3D view filling the window and, over it, the DOM UI (src/ui/UiRoot.tsx, loaded after the first frame).
// Without WebGL the canvas is not mounted at all and the UI shows its list view instead; while
// the WebGL context is lost the canvas stays mounted (so it can be restored) but hidden, and the
// UI shows the same list view.
import { type ComponentType, useEffect, useRef, useState } from 'react'
import { useTranslation } from '../ui/i18n'
import { ErrorPage } from '../ui/ErrorPage'
import { LoadingScreen } from '../ui/LoadingScreen'
import { UpdateNotice } from '../ui/UpdateNotice'
import { afterFirstFrame } from '../scene/scene-signals'
import { useData } from '../state/data-store'
import { useView } from '../state/view-store'
// the interface's styles with the shell: the loading and error screens use them too
import '../ui/ui.css'
import { SceneBoundary } from './SceneBoundary'
// Imported statically, not lazily: as part of the entry's graph its chunks are preloaded in
// parallel with the entry (measured: the 3D chunks then arrive ~0.5 s earlier, and the first
// frame with them). Only browsers without WebGL download them for nothing.
import SceneCanvas from './SceneCanvas'
import { useSceneInsets } from './useSceneInsets'

// The interface of the loaded app (panels, search, ranking, details, handout) is a chunk of its
// own: until the dataset is validated, which happens after the first 3D frame (bootstrap.ts),
// the page only shows the loading screen, so none of it is JavaScript the first frame waits
// for (DESIGN section 8). It is fetched right after that frame (at once without WebGL) and is
// there long before the data is ready; until it is, the loading or error screen stands in.
let uiRoot: ComponentType | null = null
let uiRootPending: Promise<ComponentType> | null = null
function loadUiRoot(): Promise<ComponentType> {
  return (uiRootPending ??= import('../ui/UiRoot').then(
    (m) => (uiRoot = m.UiRoot),
    (error: unknown) => {
      uiRootPending = null // a later render tries again
      throw error
    },
  ))
}

function Interface({ webgl }: { webgl: boolean }) {
  const status = useData((s) => s.status)
  const [Root, setRoot] = useState<ComponentType | null>(() => uiRoot)
  const [failed, setFailed] = useState(false)
  const { t } = useTranslation('notices')
  // fetched after the first frame; when the data is ready (or failed) first, at once
  const now = !webgl || status !== 'loading'
  useEffect(() => {
    if (Root) return
    let live = true
    const load = () =>
      void loadUiRoot().then(
        (c) => live && setRoot(() => c),
        () => live && setFailed(true),
      )
    const cancel = now ? (load(), undefined) : afterFirstFrame(load)
    return () => {
      live = false
      cancel?.()
    }
  }, [Root, now])
  if (Root) return <Root />
  if (failed)
    return (
      <div className="tpx-ui">
        <div className="tpx-screen">
          <p className="tpx-panel" role="alert">
            {t('partFailed')}
          </p>
        </div>
      </div>
    )
  return status === 'error' ? <ErrorPage /> : <LoadingScreen />
}

export function App() {
  const webgl = useView((s) => s.webglAvailable)
  const lost = useView((s) => s.webglLost)
  const sceneRef = useRef<HTMLDivElement>(null)
  const { t } = useTranslation()
  useSceneInsets(sceneRef)
  return (
    <main className="app">
      {/* the interface first in the document: its skip links are the first stops of Tab */}
      <Interface webgl={webgl} />
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
