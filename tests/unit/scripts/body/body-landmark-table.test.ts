// The landmark table (scripts/body/landmark-table.ts) is readable, complete and is exactly what
// the geometric rules of scripts/body/derive-landmarks.ts give on the shaped base mesh.
import { beforeAll, describe, expect, it } from 'vitest'
import { shapeBaseMesh, type ShapedBase } from '../../../../scripts/body/build'
import { deriveLandmarkVertices } from '../../../../scripts/body/derive-landmarks'
import { createProbes } from '../../../../scripts/body/landmark-probes'
import { LANDMARKS } from '../../../../scripts/body/landmark-table'

let shaped: ShapedBase
beforeAll(() => {
  shaped = shapeBaseMesh()
})

describe('landmark table', () => {
  it('has unique kebab-case ids, each with a one-line description', () => {
    const ids = LANDMARKS.map((d) => d.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const d of LANDMARKS) {
      expect(d.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      expect(d.desc.length, d.id).toBeGreaterThan(3)
      expect(d.desc, d.id).not.toMatch(/\n/)
    }
  })

  it('puts midline landmarks on midline vertices and bilateral ones on the left (+x)', () => {
    const base = (v: number) => shaped.positions[shaped.oldToNew[v]! * 3]!
    for (const d of LANDMARKS) {
      const verts = typeof d.at === 'number' ? [d.at] : d.at.verts
      for (const v of verts) {
        if (d.bilateral) expect(base(v), d.id).toBeGreaterThan(0)
        else expect(shaped.mirror[shaped.oldToNew[v]!], d.id).toBe(shaped.oldToNew[v])
      }
    }
  })

  it('is what the geometric rules derive (edit a rule, then run scripts/body/print-landmark-changes.ts)', () => {
    const derived = deriveLandmarkVertices(createProbes(shaped))
    expect([...derived.keys()].sort()).toEqual(LANDMARKS.map((d) => d.id).sort())
    // the table holds base.obj vertex indices, the rules answer in compacted body indices
    for (const d of LANDMARKS) expect(typeof d.at === 'number' ? shaped.oldToNew[d.at] : d.at, d.id).toBe(derived.get(d.id))
  })
})
