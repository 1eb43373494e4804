// The one WebGL canvas (src/app owns it; src/scene owns what is inside).
import { Canvas } from '@react-three/fiber'
import { Scene } from '../scene/Scene'
import { watchContextLoss } from './context-loss'

export default function SceneCanvas() {
  return (
    <Canvas
      frameloop="demand"
      // kept so tests and "save image" can read the picture after it is presented
      gl={{ preserveDrawingBuffer: true, antialias: true, powerPreference: 'high-performance' }}
      // phones have 3x screens: 2x is sharp enough and a third of the pixels of 3x to shade
      dpr={[1, 2]}
      camera={{ fov: 32, near: 0.05, far: 40, position: [0, 0.9, 4] }}
      // a lost WebGL context is reported, and the scene drawn again as soon as it is restored
      onCreated={(state) => void watchContextLoss(state.gl.domElement, () => state.invalidate())}
    >
      <Scene />
    </Canvas>
  )
}
