// src/data/load-body reads body.glb with its own small reader (not three's GLTFLoader, kept out
// of the JavaScript before the first frame). Here GLTFLoader is the reference: both must read
// the same world-space positions, normals, triangles and landmarks from the committed model.
import { readFileSync } from 'node:fs'
import { Matrix3, Mesh, Vector3, type Object3D } from 'three'
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js'
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js'
import { beforeAll, describe, expect, it } from 'vitest'
import { type LoadedBody, parseBodyGlb } from '../../../src/data/load-body'

const bytes = readFileSync('public/models/body.glb')
const arrayBuffer = () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer

interface Reference {
  positions: number[]
  normals: number[]
  indices: number[]
  landmarks: Map<string, { point: number[]; normal: number[] }>
}

async function reference(): Promise<Reference> {
  const gltf = await new GLTFLoader().setMeshoptDecoder(MeshoptDecoder).parseAsync(arrayBuffer(), '')
  const name = (o: Object3D): string => (typeof o.userData.name === 'string' ? o.userData.name : o.name)
  let body: Mesh | undefined
  const landmarks: Reference['landmarks'] = new Map()
  gltf.scene.updateMatrixWorld(true)
  gltf.scene.traverse((o) => {
    if (name(o) === 'Body' && o instanceof Mesh) body = o
    else if (name(o).startsWith('lm:')) {
      const n = o.userData.normal as number[]
      landmarks.set(name(o).slice(3), {
        point: o.getWorldPosition(new Vector3()).toArray(),
        normal: new Vector3(n[0], n[1], n[2]).transformDirection(o.matrixWorld).toArray(),
      })
    }
  })
  if (!body) throw new Error('no Body')
  const pos = body.geometry.getAttribute('position')
  const nor = body.geometry.getAttribute('normal')
  const normalMatrix = new Matrix3().getNormalMatrix(body.matrixWorld)
  const positions: number[] = []
  const normals: number[] = []
  const v = new Vector3()
  for (let i = 0; i < pos.count; i++) {
    positions.push(...v.fromBufferAttribute(pos, i).applyMatrix4(body.matrixWorld).toArray())
    normals.push(...v.fromBufferAttribute(nor, i).applyMatrix3(normalMatrix).normalize().toArray())
  }
  const index = body.geometry.getIndex()!
  return { positions, normals, indices: Array.from(index.array), landmarks }
}

let mine: LoadedBody
let ref: Reference
beforeAll(async () => {
  ;[mine, ref] = await Promise.all([parseBodyGlb(arrayBuffer()), reference()])
})

const maxDifference = (a: ArrayLike<number>, b: ArrayLike<number>): number => {
  let max = 0
  for (let i = 0; i < a.length; i++) max = Math.max(max, Math.abs(a[i]! - b[i]!))
  return max
}

describe('parseBodyGlb reads body.glb as three GLTFLoader does', () => {
  it('the same vertices and normals, in world space', () => {
    expect(mine.mesh.positions.length).toBe(ref.positions.length)
    expect(mine.mesh.positions.length).toBeGreaterThan(3000)
    expect(maxDifference(mine.mesh.positions, ref.positions)).toBeLessThan(1e-6)
    expect(maxDifference(mine.mesh.normals, ref.normals)).toBeLessThan(1e-6)
  })

  it('the same triangles', () => {
    expect(Array.from(mine.mesh.indices)).toEqual(ref.indices)
  })

  it('the same landmarks, by their original names', () => {
    expect([...mine.landmarks.keys()].sort()).toEqual([...ref.landmarks.keys()].sort())
    expect(mine.landmarks.size).toBeGreaterThan(100)
    for (const [id, lm] of ref.landmarks) {
      expect(maxDifference(mine.landmarks.get(id)!.point, lm.point), id).toBeLessThan(1e-6)
      expect(maxDifference(mine.landmarks.get(id)!.normal, lm.normal), id).toBeLessThan(1e-6)
    }
  })

  it('refuses what it cannot read, with a reason', async () => {
    await expect(parseBodyGlb(new TextEncoder().encode('{"asset":{}}').buffer as ArrayBuffer)).rejects.toThrow(/binary glTF/)
    // a required extension it does not know
    const text = JSON.stringify({ asset: { version: '2.0' }, extensionsRequired: ['KHR_draco_mesh_compression'] }).padEnd(64, ' ')
    const json = new TextEncoder().encode(text)
    const glb = new DataView(new ArrayBuffer(20 + json.byteLength))
    glb.setUint32(0, 0x46546c67, true)
    glb.setUint32(4, 2, true)
    glb.setUint32(8, glb.byteLength, true)
    glb.setUint32(12, json.byteLength, true)
    glb.setUint32(16, 0x4e4f534a, true)
    new Uint8Array(glb.buffer, 20).set(json)
    await expect(parseBodyGlb(glb.buffer)).rejects.toThrow(/KHR_draco_mesh_compression/)
  })
})
