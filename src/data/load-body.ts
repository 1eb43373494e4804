// Load body.glb (DESIGN section 3) into the domain's BodyModel plus a three.js geometry.
// Works in the browser and in node: GLTFLoader.parse on an ArrayBuffer, meshopt decoded by
// three's bundled decoder (never a CDN). GLTFLoader sanitizes node names (`lm:acromion.L` becomes
// `lmacromionL`), so nodes are found by `userData.name`, which keeps the original name.
// The geometry is rebuilt as plain float32 arrays in world space (the file stores quantized
// attributes under a dequantizing node transform), so BodyModel.mesh shares its arrays.
import { BufferAttribute, BufferGeometry, Matrix3, Mesh, Vector3, type Object3D } from 'three'
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js'
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js'
import type { BodyModel, Landmark } from '../domain/geometry'
import type { Vec3 } from '../domain/geometry'

export type LoadedBody = BodyModel & { geometry: BufferGeometry }

export const BODY_MESH_NAME = 'Body'
export const LANDMARK_PREFIX = 'lm:'

const originalName = (o: Object3D): string => (typeof o.userData.name === 'string' ? o.userData.name : o.name)

function worldGeometry(mesh: Mesh): BufferGeometry {
  const src = mesh.geometry
  const pos = src.getAttribute('position')
  const nor = src.getAttribute('normal')
  if (!pos || !nor) throw new Error('body.glb: mesh Body has no POSITION or NORMAL')
  const index = src.getIndex()
  if (!index) throw new Error('body.glb: mesh Body is not indexed')
  mesh.updateWorldMatrix(true, false)
  const normalMatrix = new Matrix3().getNormalMatrix(mesh.matrixWorld)
  const positions = new Float32Array(pos.count * 3)
  const normals = new Float32Array(pos.count * 3)
  const v = new Vector3()
  for (let i = 0; i < pos.count; i++) {
    v.fromBufferAttribute(pos, i)
      .applyMatrix4(mesh.matrixWorld)
      .toArray(positions, i * 3)
    v.fromBufferAttribute(nor, i)
      .applyMatrix3(normalMatrix)
      .normalize()
      .toArray(normals, i * 3)
  }
  const indices = new Uint32Array(index.count)
  for (let i = 0; i < index.count; i++) indices[i] = index.getX(i)
  const geometry = new BufferGeometry()
  geometry.setAttribute('position', new BufferAttribute(positions, 3))
  geometry.setAttribute('normal', new BufferAttribute(normals, 3))
  geometry.setIndex(new BufferAttribute(indices, 1))
  geometry.computeBoundingBox()
  geometry.computeBoundingSphere()
  return geometry
}

function readLandmark(node: Object3D, id: string): Landmark {
  const n: unknown = node.userData.normal
  if (!Array.isArray(n) || n.length !== 3 || !n.every((c) => typeof c === 'number'))
    throw new Error(`body.glb: landmark ${id} has no extras.normal`)
  node.updateWorldMatrix(true, false)
  const p = node.getWorldPosition(new Vector3())
  const normal = new Vector3(n[0], n[1], n[2]).transformDirection(node.matrixWorld)
  return { id, point: p.toArray() as Vec3, normal: normal.toArray() as Vec3 }
}

export async function parseBodyGlb(buffer: ArrayBuffer): Promise<LoadedBody> {
  const loader = new GLTFLoader().setMeshoptDecoder(MeshoptDecoder)
  const gltf = await loader.parseAsync(buffer, '')
  let body: Mesh | undefined
  const landmarks = new Map<string, Landmark>()
  gltf.scene.traverse((o) => {
    const name = originalName(o)
    if (name === BODY_MESH_NAME && o instanceof Mesh) body = o
    else if (name.startsWith(LANDMARK_PREFIX)) {
      const id = name.slice(LANDMARK_PREFIX.length)
      landmarks.set(id, readLandmark(o, id))
    }
  })
  if (!body) throw new Error('body.glb: no mesh named Body')
  const geometry = worldGeometry(body)
  const mesh = {
    positions: geometry.getAttribute('position').array as Float32Array,
    normals: geometry.getAttribute('normal').array as Float32Array,
    indices: geometry.getIndex()!.array as Uint32Array,
  }
  return { mesh, landmarks, geometry }
}
