// The body: the loaded skin geometry with the zone material. Painting a pattern only rewrites
// two vertex attributes (usePatternPaint); the geometry and the shader never change.
import { useThree, type ThreeElements } from '@react-three/fiber'
import { useEffect, useLayoutEffect, useMemo } from 'react'
import { BufferAttribute } from 'three'
import { useData } from '../state/data-store'
import { signalBodyDrawn } from './scene-signals'
import { usePatternPaint } from './usePatternPaint'
import { useDrawingPaint } from './useDrawingPaint'
import { createZoneMaterial, ZONE_ATTRIBUTES } from './zone-material'

export type BodyMeshProps = Omit<ThreeElements['mesh'], 'geometry' | 'material'>

export function BodyMesh(props: BodyMeshProps) {
  const body = useData((s) => s.body)
  const invalidate = useThree((s) => s.invalidate)
  const material = useMemo(() => createZoneMaterial(), [])
  useEffect(() => () => material.dispose(), [material])

  const geometry = body?.geometry ?? null
  useLayoutEffect(() => {
    if (!geometry) return
    const count = geometry.getAttribute('position').count
    for (const name of ZONE_ATTRIBUTES) {
      if (geometry.getAttribute(name)) continue
      // the drawing is stored as bytes (pain-store), read as 0..1 by the shader
      geometry.setAttribute(
        name,
        name === 'drawing'
          ? new BufferAttribute(new Uint8Array(count), 1, true)
          : new BufferAttribute(new Float32Array(count), 1),
      )
    }
    signalBodyDrawn()
    invalidate()
  }, [geometry, invalidate])

  usePatternPaint(geometry)
  useDrawingPaint(geometry)

  if (!geometry) return null
  // dispose={null}: the geometry belongs to the data store, not to this component
  return <mesh name="Body" geometry={geometry} material={material} dispose={null} {...props} />
}
