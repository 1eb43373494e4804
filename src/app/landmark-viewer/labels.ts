// DOM labels beside the landmark dots: only for landmarks the camera can see (skin facing the
// camera and no skin in between, tested with a BVH raycast), so a close-up stays readable.
import { Mesh, MeshBasicMaterial, Raycaster, Vector3, type PerspectiveCamera } from 'three'
import { MeshBVH } from 'three-mesh-bvh'
import type { LoadedBody } from '../../data/load-body'

export function placeLabels(root: HTMLElement, body: LoadedBody, camera: PerspectiveCamera, clipMedial: boolean): void {
  const w = window.innerWidth
  const h = window.innerHeight
  const bvh = new MeshBVH(body.geometry)
  const probe = new Mesh(body.geometry, new MeshBasicMaterial())
  const ray = new Raycaster()
  const p = new Vector3()
  const toCamera = new Vector3()
  for (const lm of body.landmarks.values()) {
    if (clipMedial && lm.point[0] < 0.005) continue
    p.set(...lm.point)
    toCamera.copy(camera.position).sub(p)
    const distance = toCamera.length()
    toCamera.normalize()
    if (toCamera.dot(new Vector3(...lm.normal)) < 0.1) continue
    // start just off the skin along its normal, so the landmark's own surface does not occlude it
    ray.set(p.clone().addScaledVector(new Vector3(...lm.normal), 0.002), toCamera)
    const hit = bvh.raycastFirst(ray.ray, probe.material.side)
    if (hit && hit.distance < distance && !(clipMedial && hit.point.x < 0)) continue
    p.project(camera)
    if (Math.abs(p.x) > 1 || Math.abs(p.y) > 1 || p.z > 1) continue
    const el = document.createElement('div')
    el.className = 'lm'
    el.textContent = lm.id
    el.style.left = `${((p.x + 1) / 2) * w}px`
    el.style.top = `${((1 - p.y) / 2) * h}px`
    root.appendChild(el)
  }
}
