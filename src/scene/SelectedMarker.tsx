// The selected trigger point drawn as an X on the skin, as the clinical charts mark it: two
// dark bars crossing in the plane tangent to the skin, with a pale rim so it stays readable on
// the red of an essential zone that often covers the trigger point itself.
import { useFrame, useThree } from '@react-three/fiber'
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { Matrix4, Vector3, type Group } from 'three'
import { useData } from '../state/data-store'
import { useSelection } from '../state/selection-store'
import { useView } from '../state/view-store'
import { afterFirstFrame } from './scene-signals'

const ARM = 0.028
const WIDTH = 0.0055
const LIFT = 0.003
const UP = new Vector3(0, 1, 0)
/** inside the torso: where the X waits, unseen, so its shader is compiled before the first tap */
const PARKED = new Vector3(0, 1.1, 0)

export function SelectedMarker() {
  const tpId = useSelection((s) => s.tpId)
  const side = useSelection((s) => s.side)
  const markerById = useData((s) => s.markerById)
  const pointHidden = useView((s) => s.pointHidden)
  const invalidate = useThree((s) => s.invalidate)
  const ref = useRef<Group>(null)
  const marker = useMemo(
    () => (tpId && !pointHidden ? markerById?.[side].get(tpId) : undefined),
    [markerById, tpId, side, pointHidden],
  )
  // mounted from the frame after the first one on: a program compiled on the first selection
  // cost most of a second in software WebGL, against the 100 ms budget of a selection
  const [warm, setWarm] = useState(false)
  useEffect(() => afterFirstFrame(() => setWarm(true)), [])

  useLayoutEffect(() => {
    const group = ref.current
    if (!group) return
    if (!marker) {
      group.position.copy(PARKED)
      invalidate()
      return
    }
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
    if (group) group.scale.setScalar(marker ? Math.min(1.5, Math.max(0.5, group.position.distanceTo(camera.position) / 2)) : 0.01)
  })

  if (!marker && !warm) return null
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
            {/* unlit: a printed chart mark, and a shader that compiles in no time on first use */}
            <meshBasicMaterial color="#16181c" />
          </mesh>
        </group>
      ))}
    </group>
  )
}
