// Quality bars of the committed body model (issue 4, DESIGN section 3), read the way the app
// reads it: three's GLTFLoader + MeshoptDecoder through src/data/load-body.
import { statSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import type { LoadedBody } from '../../../../src/data/load-body'
import { realBody } from '../../../fixtures/real-body'

let body: LoadedBody
beforeAll(async () => {
  body = await realBody()
})

const vertexCount = () => body.mesh.positions.length / 3

describe('public/models/body.glb', () => {
  it('is at most 1.5 MB (aim 600 KB)', () => {
    expect(statSync('public/models/body.glb').size).toBeLessThanOrEqual(1.5e6)
  })

  it('holds one indexed mesh Body with float32 positions and unit normals', () => {
    expect(body.geometry.getIndex()).not.toBeNull()
    expect(body.mesh.positions).toBeInstanceOf(Float32Array)
    expect(body.mesh.normals).toHaveLength(body.mesh.positions.length)
    for (let i = 0; i < vertexCount(); i += 97) {
      const n = body.mesh.normals
      expect(Math.hypot(n[i * 3]!, n[i * 3 + 1]!, n[i * 3 + 2]!)).toBeCloseTo(1, 3)
    }
  })

  it('has 20k to 150k triangles', () => {
    const triangles = body.mesh.indices.length / 3
    expect(triangles).toBeGreaterThanOrEqual(20_000)
    expect(triangles).toBeLessThanOrEqual(150_000)
  })

  it('is 1.70 to 1.80 m tall with the feet on y = 0', () => {
    const box = body.geometry.boundingBox!
    expect(box.min.y).toBeCloseTo(0, 3)
    expect(box.max.y).toBeGreaterThanOrEqual(1.7)
    expect(box.max.y).toBeLessThanOrEqual(1.8)
  })

  it('faces +z: the nose and toes are in front, the heels and buttocks behind', () => {
    const lm = (id: string) => body.landmarks.get(id)!.point
    expect(lm('subnasale')[2]).toBeGreaterThan(lm('inion')[2])
    expect(lm('big-toe-tip.L')[2]).toBeGreaterThan(lm('heel.L')[2])
  })

  it('is one connected component', () => {
    const parent = Int32Array.from({ length: vertexCount() }, (_, i) => i)
    const find = (i: number): number => {
      while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!
      return i
    }
    const idx = body.mesh.indices
    for (let t = 0; t < idx.length; t += 3) {
      const a = find(idx[t]!)
      for (const v of [idx[t + 1]!, idx[t + 2]!]) parent[find(v)] = a
    }
    const roots = new Set<number>()
    for (let i = 0; i < vertexCount(); i++) roots.add(find(i))
    expect(roots.size).toBe(1)
  })

  it('is closed: every edge is shared by exactly two triangles (no boundary, no non-manifold edge)', () => {
    const n = vertexCount()
    const edges = new Map<number, number>()
    const idx = body.mesh.indices
    for (let t = 0; t < idx.length; t += 3)
      for (let k = 0; k < 3; k++) {
        const a = idx[t + k]!
        const b = idx[t + ((k + 1) % 3)]!
        const key = a < b ? a * n + b : b * n + a
        edges.set(key, (edges.get(key) ?? 0) + 1)
      }
    const open = [...edges.values()].filter((c) => c !== 2)
    expect(open).toHaveLength(0)
  })

  it('is symmetric about x = 0 within 2 mm', () => {
    const p = body.mesh.positions
    const cell = 0.004
    const key = (x: number, y: number, z: number) => `${Math.floor(x / cell)},${Math.floor(y / cell)},${Math.floor(z / cell)}`
    const grid = new Map<string, number[]>()
    for (let i = 0; i < vertexCount(); i++) {
      const k = key(p[i * 3]!, p[i * 3 + 1]!, p[i * 3 + 2]!)
      grid.set(k, [...(grid.get(k) ?? []), i])
    }
    let worst = 0
    for (let i = 0; i < vertexCount(); i++) {
      const [x, y, z] = [-p[i * 3]!, p[i * 3 + 1]!, p[i * 3 + 2]!]
      let best = Infinity
      for (const dx of [-1, 0, 1])
        for (const dy of [-1, 0, 1])
          for (const dz of [-1, 0, 1]) {
            const k = key(x + dx * cell, y + dy * cell, z + dz * cell)
            for (const j of grid.get(k) ?? [])
              best = Math.min(best, Math.hypot(p[j * 3]! - x, p[j * 3 + 1]! - y, p[j * 3 + 2]! - z))
          }
      worst = Math.max(worst, best)
    }
    expect(worst).toBeLessThanOrEqual(0.002)
  })
})
