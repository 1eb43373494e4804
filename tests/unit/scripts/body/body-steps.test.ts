// Each step of the body build on small inputs whose answer is known by hand.
import { describe, expect, it } from 'vitest'
import { compact, jointCentres, parseObj } from '../../../../scripts/body/load-obj'
import { NEUTRAL_BLEND, applyTargets, parseTarget } from '../../../../scripts/body/apply-targets'
import { mirrorMap, symmetrize } from '../../../../scripts/body/mirror'
import { catmullClark } from '../../../../scripts/body/subdivide'
import { fitHeight, triangulate, vertexNormals } from '../../../../scripts/body/finish-mesh'
import { expandSides, snapToSurface } from '../../../../scripts/body/landmarks'
import { shapeBaseMesh } from '../../../../scripts/body/build'

const OBJ = `# test
v 0 0 0
v 1 0 0
v 1 1 0
v 0 1 0
v 5 5 5
v 7 5 5
g body
f 1/1 2/2 3/3 4/4
g helper-tights
f 1 2 5
g joint-l-knee
f 5 6 5
`
// a cube of side 2 centred at the origin, outward-facing quads
const CUBE = {
  positions: Float64Array.from([-1, -1, -1, 1, -1, -1, 1, 1, -1, -1, 1, -1, -1, -1, 1, 1, -1, 1, 1, 1, 1, -1, 1, 1]),
  faces: [
    [0, 3, 2, 1],
    [4, 5, 6, 7],
    [0, 1, 5, 4],
    [2, 3, 7, 6],
    [1, 2, 6, 5],
    [0, 4, 7, 3],
  ],
}

describe('load-obj', () => {
  it('keeps only body faces, 0-based, and the joint cube centres', () => {
    const m = parseObj(OBJ)
    expect(m.faces).toEqual([[0, 1, 2, 3]])
    expect(m.positions.length).toBe(18)
    expect(jointCentres(m.positions, m.groupVertices)).toEqual({ 'l-knee': [6, 5, 5] })
  })
  it('compacts away vertices no body face uses', () => {
    const m = parseObj(OBJ)
    const c = compact(m.positions, m.faces)
    expect(c.positions.length).toBe(12)
    expect([...c.oldToNew]).toEqual([0, 1, 2, 3, -1, -1])
  })
})

describe('apply-targets', () => {
  it('adds weighted offsets to the listed vertices only', () => {
    const t = parseTarget('# comment\n1 0.5 0 -1\n')
    const out = applyTargets(Float64Array.from([0, 0, 0, 1, 1, 1]), [{ target: t, weight: 0.5 }])
    expect([...out]).toEqual([0, 0, 0, 1.25, 1, 0.5])
  })
  it('rejects a malformed line', () => {
    expect(() => parseTarget('1 2 x 3')).toThrow(/bad target line/)
  })
  it("is MakeHuman's default neutral blend: ethnic targets at 1/6 summing to 1", () => {
    const ethnic = NEUTRAL_BLEND.filter((t) => /^(african|asian|caucasian)-/.test(t.file))
    expect(ethnic).toHaveLength(6)
    expect(ethnic.reduce((s, t) => s + t.weight, 0)).toBeCloseTo(1, 12)
  })
})

describe('mirror', () => {
  it('pairs each vertex with its x-mirror and makes a slightly asymmetric mesh exactly symmetric', () => {
    const base = Float64Array.from([1, 2, 3, -1, 2, 3, 0, 5, 0])
    const mirror = mirrorMap(base, 3)
    expect([...mirror]).toEqual([1, 0, 2])
    const sym = symmetrize(Float64Array.from([1.1, 2, 3, -0.9, 2.2, 3, 0.05, 5, 0]), mirror)
    expect(sym[0]).toBeCloseTo(1, 12)
    expect(sym[3]).toBeCloseTo(-1, 12)
    expect(sym[1]).toBeCloseTo(2.1, 12)
    expect(sym[6]).toBe(0)
  })
  it('fails loudly when a vertex has no mirror', () => {
    expect(() => mirrorMap(Float64Array.from([1, 0, 0]), 1)).toThrow(/no mirror/)
  })
})

describe('subdivide (Catmull-Clark)', () => {
  it('turns a cube into 24 quads and pulls its corners to (5/9, 5/9, 5/9)', () => {
    const out = catmullClark(CUBE)
    expect(out.faces).toHaveLength(24)
    expect(out.positions.length / 3).toBe(8 + 6 + 12)
    // base vertex i stays vertex i: the landmark table relies on it
    expect(out.positions[6 * 3]).toBeCloseTo(5 / 9, 12)
    expect(out.positions[6 * 3 + 1]).toBeCloseTo(5 / 9, 12)
    expect(out.positions[0]).toBeCloseTo(-5 / 9, 12)
  })
})

describe('finish-mesh', () => {
  it('scales uniformly to the height with the lowest point on y = 0', () => {
    const out = fitHeight(Float64Array.from([1, -2, 0, 0, 2, 1]), 1.75)
    expect([...out]).toEqual([1.75 / 4, 0, 0, 0, 1.75, 1.75 / 4])
  })
  it('splits quads into two triangles and gives outward unit normals on a cube', () => {
    const indices = triangulate(CUBE.positions, CUBE.faces)
    expect(indices.length).toBe(36)
    const n = vertexNormals({ positions: CUBE.positions, indices })
    for (let v = 0; v < 8; v++) {
      const p = [0, 1, 2].map((k) => CUBE.positions[v * 3 + k]!)
      const d = [0, 1, 2].reduce((s, k) => s + p[k]! * n[v * 3 + k]!, 0)
      expect(Math.hypot(n[v * 3]!, n[v * 3 + 1]!, n[v * 3 + 2]!)).toBeCloseTo(1, 9)
      expect(d).toBeGreaterThan(0)
    }
  })
})

describe('landmarks', () => {
  it('defines .R through the mirror map and keeps midline ids single', () => {
    const rows = expandSides(
      [
        { id: 'a', bilateral: true, at: 0, desc: '' },
        { id: 'm', bilateral: false, at: { verts: [2, 3], w: [1, 1] }, desc: '' },
      ],
      Uint32Array.from([1, 0, 2, 3]),
    )
    expect(rows.map((r) => [r.id, r.verts])).toEqual([
      ['a.L', [0]],
      ['a.R', [1]],
      ['m', [2, 3]],
    ])
  })
  it('snaps a point to the closest surface point with the interpolated normal', () => {
    const positions = Float64Array.from([0, 0, 0, 1, 0, 0, 0, 1, 0])
    const normals = Float64Array.from([0, 0, 1, 0, 0, 1, 0, 0, 1])
    const s = snapToSurface({ positions, indices: Uint32Array.from([0, 1, 2]) }, normals, [0.2, 0.2, 0.01], 1)
    s.point.forEach((c, k) => expect(c).toBeCloseTo([0.2, 0.2, 0][k]!, 12))
    expect(s.normal).toEqual([0, 0, 1])
  })
})

describe('close-eyes (on the real base mesh)', () => {
  it('finds both eye-socket pockets, mirror images of each other, and turns them convex', () => {
    const shaped = shapeBaseMesh()
    const [left, right] = shaped.eyePockets as [number[], number[]]
    expect(left.length).toBeGreaterThan(50)
    expect(new Set(left.map((v) => shaped.mirror[v]))).toEqual(new Set(right))
    const normals = vertexNormals({ positions: shaped.positions, indices: triangulate(shaped.positions, shaped.faces) })
    shaped.eyePockets.forEach((pocket, e) => {
      const c = shaped.eyes[e]!.centre
      for (const v of pocket) {
        const out = [0, 1, 2].reduce((s, k) => s + normals[v * 3 + k]! * (shaped.positions[v * 3 + k]! - c[k]!), 0)
        // every former socket vertex now faces away from the eyeball centre, like skin over an eye
        expect(out, `vertex ${v}`).toBeGreaterThan(0)
      }
    })
  })
})
