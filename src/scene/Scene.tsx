// Everything inside the <Canvas> (owned by src/app/App.tsx): light, body, markers, camera.
// Lighting is soft and shadowless: a sky/ground hemisphere for the overall tone, a key light
// from the front and above, and a weak rim from behind so the back view is not flat.
import { useEffect } from 'react'
import { BodyMesh } from './BodyMesh'
import { CameraRig } from './CameraRig'
import { DiaryOverlayGate } from './DiaryOverlayGate'
import { Floor } from './Floor'
import { MuscleLayerGate } from './MuscleLayerGate'
import { PainBrush } from './PainBrush'
import { PrintShots } from './PrintShots'
import { installSceneSignals } from './scene-signals'
import { SceneHooks } from './SceneHooks'
import { SelectedMarker } from './SelectedMarker'
import { TriggerPointMarkers } from './TriggerPointMarkers'

export const BACKGROUND = '#eef1f4'

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
      <PainBrush />
      <SceneHooks />
      <PrintShots />
    </>
  )
}
