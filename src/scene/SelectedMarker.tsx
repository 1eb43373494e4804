// The selected trigger point drawn as an X on the skin, as the clinical charts mark it: two
// dark bars crossing in the plane tangent to the skin, with a pale rim so it stays readable on
// the red of an essential zone that often covers the trigger point itself.
import { useFrame, useThree } from '@react-three/fiber'
import { useLayoutEffect, useMemo, useRef } from 'react'
import { Matrix4, Vector3, type Group } from 'three'
import { useData } from '../state/data-store'
import { useSelection } from '../state/selection-store'

const ARM = 0.028
const WIDTH = 0.0055
const LIFT = 0.003
const UP = new Vector3(0, 1, 0)

export function SelectedMarker() {
  const tpId = useSelection((s) => s.tpId)
  const side = useSelection((s) => s.side)
  const markers = useData((s) => s.markers)
  const invalidate = useThree((s) => s.invalidate)
  const ref = useRef<Group>(null)
  const marker = useMemo(() => (tpId ? markers?.[side].find((m) => m.tpId === tpId) : undefined), [markers, tpId, side])

  useLayoutEffect(() => {
    const group = ref.current
    if (!group || !marker) return
    const normal = new Vector3(...marker.normal)
    group.position.set(...marker.point).addScaledVector(normal, LIFT)
    // local z is the skin normal and local y points up the body as far as the skin allows, so
    // the X reads upright whichever way the skin faces
    const x = new Vector3().crossVectors(UP, normal)
    if (x.lengthSq() < 1e-6) x.set(1, 0, 0)
    x.normalize()
    const y = new Vector3().crossVectors(normal, x)
    group.quaternion.setFromRotationMatrix(new Matrix4().makeBasis(x, y, normal))
    invalidate()
  }, [marker, invalidate])

  // about the same size on screen from near and far, like the dots
  useFrame(({ camera }) => {
    const group = ref.current
    if (group) group.scale.setScalar(Math.min(1.5, Math.max(0.5, group.position.distanceTo(camera.position) / 2)))
  })

  if (!marker) return null
  return (
    <group ref={ref} name="SelectedMarker">
      {[Math.PI / 4, -Math.PI / 4].map((angle) => (
        <group key={angle} rotation={[0, 0, angle]}>
          <mesh position={[0, 0, -0.0005]} raycast={() => null}>
            <boxGeometry args={[ARM + 0.005, WIDTH + 0.004, 0.002]} />
            <meshBasicMaterial color="#fbf4ee" />
          </mesh>
          <mesh position={[0, 0, 0.0012]} raycast={() => null}>
            <boxGeometry args={[ARM, WIDTH, 0.0025]} />
            <meshStandardMaterial color="#16181c" roughness={0.6} />
          </mesh>
        </group>
      ))}
    </group>
  )
}
