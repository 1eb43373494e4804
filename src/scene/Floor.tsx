// A soft shadow under the feet instead of real shadow mapping (which costs a second render of
// ~100k triangles on every frame): an elliptical blurred disc, darker under the feet, drawn
// from a small gradient texture made in code (no image to fetch).
import { useEffect, useMemo } from 'react'
import { DataTexture, LinearFilter, RGBAFormat, type Texture } from 'three'

const SIZE = 64

function shadowTexture(): Texture {
  const data = new Uint8Array(SIZE * SIZE * 4)
  for (let j = 0; j < SIZE; j++) {
    for (let i = 0; i < SIZE; i++) {
      const u = (i + 0.5) / SIZE - 0.5
      const v = (j + 0.5) / SIZE - 0.5
      const r = Math.min(1, Math.hypot(u, v) * 2)
      const a = Math.pow(1 - r, 1.8) * 0.38
      const k = (j * SIZE + i) * 4
      data[k] = 40
      data[k + 1] = 48
      data[k + 2] = 60
      data[k + 3] = Math.round(a * 255)
    }
  }
  const texture = new DataTexture(data, SIZE, SIZE, RGBAFormat)
  texture.magFilter = LinearFilter
  texture.minFilter = LinearFilter
  texture.needsUpdate = true
  return texture
}

export function Floor() {
  const texture = useMemo(shadowTexture, [])
  useEffect(() => () => texture.dispose(), [texture])
  return (
    <mesh
      name="FloorShadow"
      rotation={[-Math.PI / 2, 0, 0]}
      position={[0, 0.001, 0.01]}
      scale={[0.95, 0.6, 1]}
      raycast={() => null}
      renderOrder={-1}
    >
      <planeGeometry args={[1, 1]} />
      <meshBasicMaterial map={texture} transparent depthWrite={false} />
    </mesh>
  )
}
