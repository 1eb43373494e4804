import { describe, expect, it } from 'vitest'
import { brushDab } from '../../../../src/domain/pain'
import { createSkinIndex } from '../../../../src/domain/geometry'
import type { SkinMesh } from '../../../../src/domain/geometry'

/** Two parallel sheets of vertices 2 cm apart, facing away from each other (like two thighs). */
function sheets(): SkinMesh {
  const positions: number[] = []
  const normals: number[] = []
  for (const [z, nz] of [
    [0, 1],
    [-0.02, -1],
  ] as const) {
    for (let i = -10; i <= 10; i++) {
      for (let j = -10; j <= 10; j++) {
        positions.push(i * 0.005, j * 0.005, z)
        normals.push(0, 0, nz)
      }
    }
  }
  return { positions: Float32Array.from(positions), normals: Float32Array.from(normals), indices: new Uint32Array(0) }
}

describe('brushDab', () => {
  const mesh = sheets()
  const index = createSkinIndex(mesh)

  it('marks the vertices within the radius, full in the core and fading to the rim', () => {
    const dab = brushDab(index, [0, 0, 0], [0, 0, 1], 0.02)
    const byId = new Map([...dab.ids].map((v, i) => [v, dab.weights[i]!]))
    const at = (x: number, y: number) => byId.get((x + 10) * 21 + (y + 10))
    expect(at(0, 0)).toBe(1)
    expect(at(2, 0)).toBe(1) // 1 cm: inside the core
    expect(at(3, 0)).toBeGreaterThan(0) // 1.5 cm: fading
    expect(at(3, 0)).toBeLessThan(1)
    expect(at(5, 0)).toBeUndefined() // 2.5 cm: outside
    for (const v of dab.ids) {
      const d = Math.hypot(mesh.positions[v * 3]!, mesh.positions[v * 3 + 1]!, mesh.positions[v * 3 + 2]!)
      expect(d).toBeLessThanOrEqual(0.02 + 1e-6)
    }
  })

  it('never marks skin facing the other way, however close', () => {
    const dab = brushDab(index, [0, 0, 0], [0, 0, 1], 0.04)
    expect(dab.ids.length).toBeGreaterThan(0)
    for (const v of dab.ids) expect(mesh.normals[v * 3 + 2]).toBe(1)
  })
})
