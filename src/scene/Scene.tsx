// Everything inside the <Canvas> (owned by src/app/App.tsx): light, body, markers, camera.
// Lighting is soft and shadowless: a sky/ground hemisphere for the overall tone, a key light
// from the front and above, and a weak rim from behind so the back view is not flat.
import { lazy, type ReactNode, Suspense, useEffect, useState } from 'react'
import { BodyMesh } from './BodyMesh'
import { CameraRig } from './CameraRig'
import { DiaryOverlayGate } from './DiaryOverlayGate'
import { Floor } from './Floor'
import { MuscleLayerGate } from './MuscleLayerGate'
import { afterFirstFrame, installSceneSignals } from './scene-signals'
import { SceneHooks } from './SceneHooks'
import { SelectedMarker } from './SelectedMarker'
import { TriggerPointMarkers } from './TriggerPointMarkers'

export const BACKGROUND = '#eef1f4'

// The pain brush (finder) and the print pictures (consult handout) act on a loaded app only:
// chunks of their own, fetched after the first frame (DESIGN section 8: nothing the first frame
// does not need before it).
const PainBrush = lazy(() => import('./PainBrush').then((m) => ({ default: m.PainBrush })))
const PrintShots = lazy(() => import('./PrintShots').then((m) => ({ default: m.PrintShots })))

/** Renders `children` from the first frame on (never suspending the rest of the scene). */
function AfterFirstFrame({ children }: { children: ReactNode }) {
  const [shown, setShown] = useState(false)
  useEffect(() => afterFirstFrame(() => setShown(true)), [])
  return shown ? <Suspense fallback={null}>{children}</Suspense> : null
}

export function Scene() {
  useEffect(installSceneSignals, [])
  return (
    <>
      <color attach="background" args={[BACKGROUND]} />
      <hemisphereLight args={['#ffffff', '#b9a89a', 1.6]} />
      <directionalLight position={[0.6, 2.6, 2.4]} intensity={1.5} />
      <directionalLight position={[-0.8, 1.8, -2.2]} intensity={0.75} />
      <BodyMesh />
      <MuscleLayerGate />
      <DiaryOverlayGate />
      <TriggerPointMarkers />
      <SelectedMarker />
      <Floor />
      <CameraRig />
      <SceneHooks />
      <AfterFirstFrame>
        <PainBrush />
        <PrintShots />
      </AfterFirstFrame>
    </>
  )
}
