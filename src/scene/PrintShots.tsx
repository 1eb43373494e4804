// Extra body pictures for the printed consult handout. The screen shows the red pattern from
// the view the camera chose (or the therapist turned to); the blue pattern of a comparison may
// lie mostly on the other side of the body (levator scapulae's shoulder blade behind an upper
// trapezius seen from the side). When the screen's view shows less than half of the blue
// pattern's best-facing area, one more still is drawn from where the blue pattern is best seen
// (its frame: the same choice the camera makes for a selection), then the screen's view is
// drawn again. Registered in the view store for the UI (ConsultHandout) to call as the page
// prints.
import { useThree } from '@react-three/fiber'
import { useEffect } from 'react'
import { PerspectiveCamera, Vector3, type BufferAttribute, type BufferGeometry, type Camera, type Mesh } from 'three'
import { useView } from '../state/view-store'
import { useSelection } from '../state/selection-store'
import { useData } from '../state/data-store'
import { frameOfPaint, skinAreas } from '../domain/geometry'

/** the screen's view shows the blue pattern well enough when its direction is this close */
const SAME_VIEW = 0.6

function viewDirection(camera: Camera, target: Vector3): Vector3 {
  return camera.position.clone().sub(target).normalize()
}

export function PrintShots() {
  const gl = useThree((s) => s.gl)
  const scene = useThree((s) => s.scene)
  const camera = useThree((s) => s.camera)
  const invalidate = useThree((s) => s.invalidate)

  useEffect(() => {
    const shoot = (): HTMLCanvasElement[] => {
      if (useView.getState().mode !== 'consult' || !useSelection.getState().compareTpId) return []
      const body = scene.getObjectByName('Body') as Mesh | undefined
      const geometry = body?.geometry as BufferGeometry | undefined
      const essential = geometry?.getAttribute('compareEssential') as BufferAttribute | undefined
      const spillover = geometry?.getAttribute('compareSpillover') as BufferAttribute | undefined
      if (!geometry || !essential || !spillover) return []
      const mesh = useData.getState().body?.mesh
      if (!mesh) return []
      const paint = { essential: essential.array as Float32Array, spillover: spillover.array as Float32Array }
      const frame = frameOfPaint(mesh, skinAreas(mesh), paint)
      if (!frame) return []
      const center = new Vector3(...frame.center)
      const normal = new Vector3(...frame.normal)
      if (normal.lengthSq() < 0.5) return []
      if (viewDirection(camera, center).dot(normal) > SAME_VIEW) return []
      const screen = camera as PerspectiveCamera
      const shot = new PerspectiveCamera(screen.fov, screen.aspect, screen.near, screen.far)
      const fit = (frame.radius * 1.6) / Math.sin(((Math.min(screen.fov, screen.fov * screen.aspect) / 2) * Math.PI) / 180)
      shot.position.copy(center).addScaledVector(normal, fit)
      shot.up.set(0, 1, 0)
      shot.lookAt(center)
      shot.updateMatrixWorld()
      gl.render(scene, shot)
      const still = document.createElement('canvas')
      still.width = gl.domElement.width
      still.height = gl.domElement.height
      still.getContext('2d')?.drawImage(gl.domElement, 0, 0)
      // the screen's view again, at once (the drawing buffer is kept: it is what is shown)
      gl.render(scene, camera)
      invalidate()
      return [still]
    }
    useView.getState().setPrintShooter(shoot)
    return () => useView.getState().setPrintShooter(null)
  }, [gl, scene, camera, invalidate])
  return null
}
