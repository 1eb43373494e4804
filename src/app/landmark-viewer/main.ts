// Landmark inspection page: the body with every landmark as a labelled dot, from a camera
// chosen by `?view=` (see views.ts). Plain three.js, rendered once (nothing moves), with
// preserveDrawingBuffer so e2e screenshots read the canvas; `document.body.dataset.ready = '1'`
// after the first frame. Limb close-ups (or `?clip=right`) hide the other half of the body (x < 0) so
// the inner side of the left limb can be seen.
import {
  AmbientLight,
  Color,
  DirectionalLight,
  HemisphereLight,
  Mesh,
  MeshStandardMaterial,
  PerspectiveCamera,
  Plane,
  Scene,
  SphereGeometry,
  Vector3,
  WebGLRenderer,
} from 'three'
import { parseBodyGlb } from '../../data/load-body'
import { DEFAULT_VIEW, VIEWS } from './views'
import { placeLabels } from './labels'

const SKIN = new Color(0.78, 0.6, 0.5)

async function main() {
  const params = new URLSearchParams(location.search)
  const viewName = params.get('view') ?? DEFAULT_VIEW
  const view = VIEWS[viewName] ?? VIEWS[DEFAULT_VIEW]!
  document.getElementById('view-name')!.textContent = viewName

  const res = await fetch('./models/body.glb')
  if (!res.ok) throw new Error(`body.glb: HTTP ${res.status}`)
  const body = await parseBodyGlb(await res.arrayBuffer())

  const canvas = document.getElementById('scene') as HTMLCanvasElement
  const renderer = new WebGLRenderer({ canvas, antialias: true, preserveDrawingBuffer: true })
  renderer.setPixelRatio(Math.min(window.devicePixelRatio, 2))
  renderer.setSize(window.innerWidth, window.innerHeight)
  const scene = new Scene()
  scene.background = new Color('#eef0f2')

  const clip = view.clipRight || params.get('clip') === 'right' ? [new Plane(new Vector3(1, 0, 0), -0.005)] : []
  renderer.localClippingEnabled = clip.length > 0
  const skin = new MeshStandardMaterial({ color: SKIN, roughness: 0.8, metalness: 0, clippingPlanes: clip })
  scene.add(new Mesh(body.geometry, skin))
  // soft key light from front and above, sky/ground fill, weak back light: no harsh shadows
  scene.add(new HemisphereLight(0xffffff, 0x9a8c84, 1.1))
  scene.add(new AmbientLight(0xffffff, 0.25))

  const focus = new Vector3()
  const ids = view.focus.filter((id) => body.landmarks.has(id))
  if (ids.length === 0) {
    body.geometry.computeBoundingBox()
    body.geometry.boundingBox!.getCenter(focus)
  } else ids.forEach((id) => focus.add(new Vector3(...body.landmarks.get(id)!.point).divideScalar(ids.length)))

  const aspect = window.innerWidth / window.innerHeight
  const camera = new PerspectiveCamera(30, aspect, 0.01, 20)
  const distance = view.span / 2 / Math.tan((camera.fov * Math.PI) / 360)
  camera.position.copy(focus).addScaledVector(new Vector3(...view.from).normalize(), distance)
  camera.up.set(0, Math.abs(view.from[1]) > 0.9 ? 0 : 1, Math.abs(view.from[1]) > 0.9 ? -1 : 0)
  camera.lookAt(focus)
  camera.updateMatrixWorld()
  // key light from the viewer's side and above, so every view is lit from the front
  const key = new DirectionalLight(0xffffff, 1.5)
  key.position
    .copy(camera.position)
    .sub(focus)
    .add(new Vector3(0.15, 0.35, 0).multiplyScalar(distance))
  scene.add(key)

  const dotRadius = view.span * 0.004
  const dotGeometry = new SphereGeometry(dotRadius, 12, 8)
  const dotMaterial = new MeshStandardMaterial({ color: '#c0392b', roughness: 0.5, clippingPlanes: clip })
  const midMaterial = new MeshStandardMaterial({ color: '#1f5fbf', roughness: 0.5, clippingPlanes: clip })
  for (const lm of body.landmarks.values()) {
    const dot = new Mesh(dotGeometry, /\.(L|R)$/.test(lm.id) ? dotMaterial : midMaterial)
    dot.position.set(...lm.point).addScaledVector(new Vector3(...lm.normal), dotRadius * 0.4)
    scene.add(dot)
  }
  renderer.render(scene, camera)
  if (view.labels) placeLabels(document.getElementById('labels')!, body, camera, clip.length > 0)
  requestAnimationFrame(() => {
    document.body.dataset.ready = '1'
  })
}

main().catch((err: unknown) => {
  document.getElementById('error')!.textContent = String(err)
  document.body.dataset.ready = 'error'
})
