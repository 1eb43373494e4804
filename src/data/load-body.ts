// Load body.glb (DESIGN section 3) into the domain's BodyModel plus a three.js geometry.
// Works in the browser and in node. A small reader of exactly what the model uses (binary glTF,
// one indexed triangle mesh, quantized attributes (KHR_mesh_quantization) compressed with
// EXT_meshopt_compression, landmark nodes with extras.normal), decoded by three's bundled
// meshopt decoder (never a CDN). It replaces three's GLTFLoader (45 KB of the JavaScript loaded
// before the first frame, DESIGN section 8); tests/unit/data/load-body.test.ts checks that both
// read the same arrays and landmarks from the committed model. Anything else in a file is
// refused with a message, never half-read.
// The geometry is rebuilt as plain float32 arrays in world space (the file stores quantized
// attributes under a dequantizing node transform), so BodyModel.mesh shares its arrays.
import { BufferAttribute, BufferGeometry, Matrix3, Matrix4, Quaternion, Vector3 } from 'three'
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js'
import type { BodyModel, Landmark } from '../domain/geometry'
import type { Vec3 } from '../domain/geometry'

export type LoadedBody = BodyModel & { geometry: BufferGeometry }

export const BODY_MESH_NAME = 'Body'
export const LANDMARK_PREFIX = 'lm:'

const GLB_MAGIC = 0x46546c67 // 'glTF'
const CHUNK_JSON = 0x4e4f534a
const CHUNK_BIN = 0x004e4942
const TRIANGLES = 4
/** the extensions this reader understands (a required one it does not know is refused) */
const KNOWN_EXTENSIONS = new Set(['EXT_meshopt_compression', 'KHR_mesh_quantization'])

interface Meshopt {
  buffer: number
  byteOffset?: number
  byteLength: number
  byteStride: number
  count: number
  mode: 'ATTRIBUTES' | 'TRIANGLES' | 'INDICES'
  filter?: 'NONE' | 'OCTAHEDRAL' | 'QUATERNION' | 'EXPONENTIAL'
}
interface Gltf {
  extensionsRequired?: string[]
  buffers?: { byteLength: number; uri?: string }[]
  bufferViews?: {
    buffer: number
    byteOffset?: number
    byteLength: number
    byteStride?: number
    extensions?: { EXT_meshopt_compression?: Meshopt }
  }[]
  accessors?: {
    bufferView?: number
    byteOffset?: number
    componentType: number
    normalized?: boolean
    count: number
    type: string
  }[]
  meshes?: { primitives: { attributes: Record<string, number>; indices?: number; mode?: number }[] }[]
  nodes?: {
    name?: string
    mesh?: number
    children?: number[]
    matrix?: number[]
    translation?: number[]
    rotation?: number[]
    scale?: number[]
    extras?: { normal?: unknown }
  }[]
  scenes?: { nodes?: number[] }[]
  scene?: number
}

type Typed = Int8Array | Uint8Array | Int16Array | Uint16Array | Uint32Array | Float32Array
const COMPONENTS: Record<number, { array: new (b: ArrayBuffer, o: number, n: number) => Typed; bytes: number; max: number }> = {
  5120: { array: Int8Array, bytes: 1, max: 127 },
  5121: { array: Uint8Array, bytes: 1, max: 255 },
  5122: { array: Int16Array, bytes: 2, max: 32767 },
  5123: { array: Uint16Array, bytes: 2, max: 65535 },
  5125: { array: Uint32Array, bytes: 4, max: 0 },
  5126: { array: Float32Array, bytes: 4, max: 0 },
}
const SIZES: Record<string, number> = { SCALAR: 1, VEC2: 2, VEC3: 3, VEC4: 4 }

/** The JSON and the BIN chunk of a binary glTF. */
function readGlb(buffer: ArrayBuffer): { json: Gltf; bin: Uint8Array | null } {
  const view = new DataView(buffer)
  if (buffer.byteLength < 20 || view.getUint32(0, true) !== GLB_MAGIC) throw new Error('not a binary glTF file')
  if (view.getUint32(4, true) !== 2) throw new Error(`glTF version ${view.getUint32(4, true)}, expected 2`)
  let json: Gltf | null = null
  let bin: Uint8Array | null = null
  for (let at = 12; at + 8 <= buffer.byteLength;) {
    const length = view.getUint32(at, true)
    const type = view.getUint32(at + 4, true)
    if (at + 8 + length > buffer.byteLength) throw new Error('a chunk runs past the end of the file')
    const data = new Uint8Array(buffer, at + 8, length)
    if (type === CHUNK_JSON) json = JSON.parse(new TextDecoder().decode(data)) as Gltf
    else if (type === CHUNK_BIN) bin = data
    at += 8 + length
  }
  if (!json) throw new Error('no JSON chunk')
  return { json, bin }
}

/** Bytes of a buffer view, meshopt-decoded when compressed. */
function viewBytes(gltf: Gltf, bin: Uint8Array | null, index: number): { bytes: Uint8Array; stride?: number } {
  const view = gltf.bufferViews?.[index]
  if (!view) throw new Error(`bufferView ${index} does not exist`)
  const slice = (buffer: number, offset: number, length: number): Uint8Array => {
    const def = gltf.buffers?.[buffer]
    if (!def) throw new Error(`buffer ${buffer} does not exist`)
    if (def.uri !== undefined || buffer !== 0 || !bin) throw new Error(`buffer ${buffer} is not the file's binary chunk`)
    if (offset + length > bin.byteLength) throw new Error(`bufferView ${index} runs past its buffer`)
    return bin.subarray(offset, offset + length)
  }
  const meshopt = view.extensions?.EXT_meshopt_compression
  if (!meshopt) return { bytes: slice(view.buffer, view.byteOffset ?? 0, view.byteLength), stride: view.byteStride }
  const source = slice(meshopt.buffer, meshopt.byteOffset ?? 0, meshopt.byteLength)
  const bytes = new Uint8Array(meshopt.count * meshopt.byteStride)
  MeshoptDecoder.decodeGltfBuffer(bytes, meshopt.count, meshopt.byteStride, source, meshopt.mode, meshopt.filter ?? 'NONE')
  return { bytes, stride: view.byteStride }
}

/** An accessor's values as numbers (normalized integers scaled as glTF defines, as three does). */
function readAccessor(
  gltf: Gltf,
  bin: Uint8Array | null,
  index: number,
  what: string,
): { values: Float32Array | Uint32Array; size: number } {
  const accessor = gltf.accessors?.[index]
  if (!accessor || accessor.bufferView === undefined) throw new Error(`${what}: accessor ${index} has no data`)
  const component = COMPONENTS[accessor.componentType]
  const size = SIZES[accessor.type]
  if (!component || !size) throw new Error(`${what}: unsupported accessor ${accessor.type} of ${accessor.componentType}`)
  const { bytes, stride } = viewBytes(gltf, bin, accessor.bufferView)
  const step = stride ?? component.bytes * size
  const offset = accessor.byteOffset ?? 0
  if (accessor.count > 0 && offset + (accessor.count - 1) * step + size * component.bytes > bytes.byteLength)
    throw new Error(`${what}: accessor ${index} runs past its buffer view`)
  // a copy, aligned (a view's data need not be aligned to the component size)
  const aligned = bytes.slice().buffer
  const raw = new component.array(aligned, 0, Math.floor(aligned.byteLength / component.bytes))
  const integer = accessor.componentType === 5125 || (!accessor.normalized && accessor.componentType !== 5126)
  const values = integer ? new Uint32Array(accessor.count * size) : new Float32Array(accessor.count * size)
  const perStep = step / component.bytes
  const base = offset / component.bytes
  const scale = accessor.normalized && component.max ? component.max : 0
  for (let i = 0; i < accessor.count; i++)
    for (let c = 0; c < size; c++) {
      const v = raw[base + i * perStep + c]!
      values[i * size + c] = scale ? Math.max(v / scale, -1) : v
    }
  return { values, size }
}

/** Each node's world matrix (scenes' roots times their children's local transforms). */
function worldMatrices(gltf: Gltf): Map<number, Matrix4> {
  const nodes = gltf.nodes ?? []
  const world = new Map<number, Matrix4>()
  const visit = (index: number, parent: Matrix4) => {
    const node = nodes[index]
    if (!node || world.has(index)) return
    const local = node.matrix
      ? new Matrix4().fromArray(node.matrix)
      : new Matrix4().compose(
          new Vector3().fromArray(node.translation ?? [0, 0, 0]),
          new Quaternion().fromArray(node.rotation ?? [0, 0, 0, 1]),
          new Vector3().fromArray(node.scale ?? [1, 1, 1]),
        )
    const matrix = parent.clone().multiply(local)
    world.set(index, matrix)
    for (const child of node.children ?? []) visit(child, matrix)
  }
  const scene = gltf.scenes?.[gltf.scene ?? 0]
  for (const root of scene?.nodes ?? nodes.map((_, i) => i)) visit(root, new Matrix4())
  return world
}

function worldGeometry(gltf: Gltf, bin: Uint8Array | null, meshIndex: number, matrix: Matrix4): BufferGeometry {
  const primitive = gltf.meshes?.[meshIndex]?.primitives[0]
  if (!primitive) throw new Error(`body.glb: mesh Body has no primitive`)
  if ((primitive.mode ?? TRIANGLES) !== TRIANGLES) throw new Error('body.glb: mesh Body is not made of triangles')
  const posIndex = primitive.attributes.POSITION
  const norIndex = primitive.attributes.NORMAL
  if (posIndex === undefined || norIndex === undefined) throw new Error('body.glb: mesh Body has no POSITION or NORMAL')
  if (primitive.indices === undefined) throw new Error('body.glb: mesh Body is not indexed')
  const pos = readAccessor(gltf, bin, posIndex, 'POSITION')
  const nor = readAccessor(gltf, bin, norIndex, 'NORMAL')
  const index = readAccessor(gltf, bin, primitive.indices, 'indices')
  if (pos.size !== 3 || nor.size !== 3 || index.size !== 1)
    throw new Error('body.glb: mesh Body has attributes of the wrong shape')
  const count = pos.values.length / 3
  if (nor.values.length !== pos.values.length) throw new Error('body.glb: mesh Body has as many normals as positions')
  const normalMatrix = new Matrix3().getNormalMatrix(matrix)
  const positions = new Float32Array(count * 3)
  const normals = new Float32Array(count * 3)
  const v = new Vector3()
  for (let i = 0; i < count; i++) {
    v.fromArray(pos.values, i * 3)
      .applyMatrix4(matrix)
      .toArray(positions, i * 3)
    v.fromArray(nor.values, i * 3)
      .applyMatrix3(normalMatrix)
      .normalize()
      .toArray(normals, i * 3)
  }
  const indices = Uint32Array.from(index.values)
  for (const i of indices) if (i >= count) throw new Error(`body.glb: an index (${i}) names no vertex`)
  const geometry = new BufferGeometry()
  geometry.setAttribute('position', new BufferAttribute(positions, 3))
  geometry.setAttribute('normal', new BufferAttribute(normals, 3))
  geometry.setIndex(new BufferAttribute(indices, 1))
  geometry.computeBoundingBox()
  geometry.computeBoundingSphere()
  return geometry
}

function readLandmark(normal: unknown, matrix: Matrix4, id: string): Landmark {
  const n = normal
  if (!Array.isArray(n) || n.length !== 3 || !n.every((c) => typeof c === 'number'))
    throw new Error(`body.glb: landmark ${id} has no extras.normal`)
  const p = new Vector3().setFromMatrixPosition(matrix)
  const direction = new Vector3(n[0], n[1], n[2]).transformDirection(matrix)
  return { id, point: p.toArray() as Vec3, normal: direction.toArray() as Vec3 }
}

export async function parseBodyGlb(buffer: ArrayBuffer): Promise<LoadedBody> {
  const { json: gltf, bin } = readGlb(buffer)
  const unknown = (gltf.extensionsRequired ?? []).filter((e) => !KNOWN_EXTENSIONS.has(e))
  if (unknown.length) throw new Error(`body.glb: needs ${unknown.join(', ')}, which this reader does not know`)
  await MeshoptDecoder.ready
  const world = worldMatrices(gltf)
  let geometry: BufferGeometry | undefined
  const landmarks = new Map<string, Landmark>()
  for (const [index, matrix] of world) {
    const node = gltf.nodes![index]!
    const name = node.name ?? ''
    if (name === BODY_MESH_NAME && node.mesh !== undefined) geometry = worldGeometry(gltf, bin, node.mesh, matrix)
    else if (name.startsWith(LANDMARK_PREFIX)) {
      const id = name.slice(LANDMARK_PREFIX.length)
      landmarks.set(id, readLandmark(node.extras?.normal, matrix, id))
    }
  }
  if (!geometry) throw new Error('body.glb: no mesh named Body')
  const mesh = {
    positions: geometry.getAttribute('position').array as Float32Array,
    normals: geometry.getAttribute('normal').array as Float32Array,
    indices: geometry.getIndex()!.array as Uint32Array,
  }
  return { mesh, landmarks, geometry }
}
