// Issue 10, "Done when": every muscle of the dataset has an outline on the body; every trigger
// point's own placement lies inside its muscle's outline; the muscle's origin and insertion lie
// inside it or at its ends. Evaluated with the one shape function the app paints with.
import { beforeAll, describe, expect, it } from 'vitest'
import type { DatasetIndex } from '../../../src/domain/dataset'
import {
  compileShape,
  INSIDE,
  placeOnSkin,
  shapesWeight,
  type BodyModel,
  type CompiledShape,
  type SkinIndex,
  type SkinPoint,
} from '../../../src/domain/geometry'
import type { Muscle, Placement } from '../../../src/domain/validation'
import { realDataset, realSkin } from '../../fixtures/real-body'

let index: DatasetIndex
let body: BodyModel
let skin: SkinIndex

beforeAll(async () => {
  index = (await realDataset()).index
  ;({ body, skin } = await realSkin())
})

const outlineOf = (m: Muscle): CompiledShape[] =>
  (m.outline?.shapes ?? []).map((s) => compileShape(s, { landmarks: body.landmarks, skin }, 'L'))
const onSkin = (p: Placement): SkinPoint => placeOnSkin({ landmarks: body.landmarks, skin }, p, 'L')
const weight = (shapes: CompiledShape[], p: SkinPoint) => shapesWeight(shapes, ...p.point, ...p.normal)
const distance = (a: readonly number[], b: readonly number[]) => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!)

describe('muscle outlines', () => {
  it('every muscle has one, with fibres', () => {
    const without = index.dataset.muscles.filter((m) => !m.outline || m.outline.shapes.length === 0).map((m) => m.id)
    expect(without).toEqual([])
  })

  it("every trigger point's placement lies inside its muscle's outline", () => {
    const outside: string[] = []
    for (const m of index.dataset.muscles) {
      const shapes = outlineOf(m)
      for (const tp of m.triggerPoints) {
        const w = weight(shapes, onSkin(tp.placement))
        if (w < INSIDE) outside.push(`${tp.id} (weight ${w.toFixed(2)})`)
      }
    }
    expect(outside).toEqual([])
  })

  it('origin and insertion lie inside the outline or within 2 cm of it', () => {
    const far: string[] = []
    for (const m of index.dataset.muscles) {
      const shapes = outlineOf(m)
      for (const [name, p] of Object.entries(m.attachments)) {
        const sp = onSkin(p)
        if (weight(shapes, sp) >= INSIDE) continue
        // "at its ends": the nearest skin vertex inside the outline is close
        const pos = body.mesh.positions
        let best = Infinity
        for (let v = 0; v < pos.length / 3; v++) {
          const q = [pos[3 * v]!, pos[3 * v + 1]!, pos[3 * v + 2]!]
          if (distance(q, sp.point) > best) continue
          const n = body.mesh.normals
          if (shapesWeight(shapes, q[0]!, q[1]!, q[2]!, n[3 * v]!, n[3 * v + 1]!, n[3 * v + 2]!) >= INSIDE)
            best = distance(q, sp.point)
        }
        if (best > 0.02) far.push(`${m.id} ${name} (${(best * 100).toFixed(1)} cm)`)
      }
    }
    expect(far).toEqual([])
  })

  it('a deep muscle names the muscles over it, and those exist', () => {
    const problems: string[] = []
    for (const m of index.dataset.muscles) {
      for (const id of m.outline?.under ?? []) if (!index.muscleById.has(id)) problems.push(`${m.id}: unknown ${id}`)
      if (m.depth === 'deep' && !(m.outline?.under?.length ?? 0)) problems.push(`${m.id}: deep but nothing over it`)
    }
    expect(problems).toEqual([])
  })
})
