// Region geometry on the real body model (issue 5): anchors inside, coverage, opposite faces
// apart, painting and ranking agree, trigger points land on skin that faces their palpation side.
import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import type { LoadedBody } from '../../../../src/data/load-body'
import { placeOnSkin, placementTarget, type PlacementBody } from '../../../../src/domain/geometry'
import {
  compileRegions,
  INSIDE,
  regionHitsAt,
  regionsAt,
  vertexRegionWeights,
  type CompiledRegions,
  type VertexWeights,
} from '../../../../src/domain/geometry'
import { zoneKey } from '../../../../src/domain/geometry'
import { MusclesFile, RegionsFile, type Placement, type Region } from '../../../../src/domain/validation'
import type { SkinPoint, Side } from '../../../../src/domain/geometry'
import { realSkin } from '../../../fixtures/real-body'

const regionsFile = RegionsFile.parse(JSON.parse(readFileSync('data/regions.json', 'utf8')))
const regions = regionsFile.regions

let body: LoadedBody
let placed: PlacementBody
let compiled: CompiledRegions
let zones: Map<string, VertexWeights>
/** skin area per vertex: a third of each triangle around it */
let vertexArea: Float64Array

beforeAll(async () => {
  ;({ body, shapeBody: placed } = await realSkin())
  compiled = compileRegions(regions, body.landmarks)
  zones = vertexRegionWeights(compiled, body.mesh)
  const { positions: P, indices: I } = body.mesh
  vertexArea = new Float64Array(P.length / 3)
  for (let t = 0; t < I.length; t += 3) {
    const [a, b, c] = [I[t]!, I[t + 1]!, I[t + 2]!]
    const u = [0, 1, 2].map((k) => P[b * 3 + k]! - P[a * 3 + k]!)
    const v = [0, 1, 2].map((k) => P[c * 3 + k]! - P[a * 3 + k]!)
    const area = 0.5 * Math.hypot(u[1]! * v[2]! - u[2]! * v[1]!, u[2]! * v[0]! - u[0]! * v[2]!, u[0]! * v[1]! - u[1]! * v[0]!)
    for (const i of [a, b, c]) vertexArea[i]! += area / 3
  }
})

const vertexPoint = (v: number): SkinPoint => {
  const { positions: P, normals: N } = body.mesh
  return { point: [P[v * 3]!, P[v * 3 + 1]!, P[v * 3 + 2]!], normal: [N[v * 3]!, N[v * 3 + 1]!, N[v * 3 + 2]!] }
}
const inRegion = (p: SkinPoint, id: string) => regionsAt(compiled, p).some((h) => h.region === id)

describe('the region file', () => {
  it('holds the 115 regions of the reference, each in its group, with plain names', () => {
    expect(regions).toHaveLength(115)
    expect(new Set(regions.map((r) => r.id)).size).toBe(115)
    const grouped = regionsFile.regionGroups.flatMap((g) => g.regions)
    expect([...grouped].sort()).toEqual(regions.map((r) => r.id).sort())
    const byId = new Map(regions.map((r) => [r.id, r]))
    expect(byId.get('temple')?.plainName).toBe('temple')
    expect(byId.get('mastoid')?.plainName).toBe('behind the ear')
    expect(byId.get('occipital_base')?.plainName).toBe('base of the skull')
    expect(byId.get('lateral_knee')?.plainName).toBe('outside of the knee')
  })
})

describe('region geometry on the body model', () => {
  it('puts every shape anchor that sits on the skin inside its own region, on both sides', () => {
    const failures: string[] = []
    for (const r of regions) {
      for (const shape of r.shapes) {
        const anchors: Placement[] =
          shape.kind === 'capsule' ? [shape.from, shape.to] : shape.kind === 'ellipsoid' ? [shape.center] : shape.points
        for (const a of anchors) {
          for (const side of ['L', 'R'] as const) {
            // A point between landmarks on opposite faces (a limb's axis) is not on the skin.
            if (placementTarget(body.landmarks, a, side).facing === null) continue
            const p = placeOnSkin(placed, a, side)
            if (!inRegion(p, r.id)) failures.push(`${r.id} ${side} ${JSON.stringify(a)}`)
          }
        }
      }
    }
    expect(failures).toEqual([])
  })

  it('puts the landmarks a region is named after inside it', () => {
    const named: Record<string, string[]> = {
      temple: ['temple'],
      mastoid: ['mastoid'],
      tmj: ['tmj'],
      ear: ['ear'],
      vertex: ['vertex'],
      chin: ['chin'],
      forehead: ['forehead'],
      angle_of_jaw: ['mandible-angle'],
      acromion: ['acromion'],
      sternum: ['sternum-mid', 'xiphoid'],
      breast_nipple: ['nipple'],
      infraspinous: ['scapula-infraspinous'],
      inferior_angle_scapula: ['scapula-inferior-angle'],
      anterior_deltoid: ['deltoid-anterior'],
      posterior_deltoid: ['deltoid-posterior'],
      lateral_deltoid: ['deltoid-tuberosity'],
      anterior_arm: ['biceps-mid'],
      posterior_arm: ['triceps-mid'],
      antecubital: ['cubital-fossa'],
      lateral_epicondyle: ['lateral-epicondyle'],
      medial_epicondyle: ['medial-epicondyle'],
      olecranon: ['olecranon'],
      dorsal_forearm: ['forearm-dorsal-mid'],
      volar_forearm: ['forearm-volar-mid'],
      dorsal_wrist: ['wrist-dorsal'],
      volar_wrist: ['wrist-volar'],
      radial_wrist: ['radial-styloid'],
      ulnar_wrist: ['ulnar-styloid'],
      palm: ['palm'],
      dorsum_hand: ['hand-dorsum'],
      thenar: ['thenar'],
      hypothenar: ['hypothenar'],
      thumb_base_web: ['thumb-web'],
      thumb: ['thumb-tip'],
      index_finger: ['index-tip'],
      middle_finger: ['middle-tip'],
      little_finger: ['little-tip'],
      sacrum: ['sacrum'],
      coccyx: ['coccyx'],
      sacroiliac: ['psis'],
      greater_trochanter: ['greater-trochanter'],
      mid_buttock: ['gluteal-mid'],
      lower_buttock: ['ischial-tuberosity'],
      genitals: ['genital'],
      anterior_thigh: ['thigh-anterior-mid'],
      lateral_thigh: ['thigh-lateral-mid'],
      medial_thigh: ['thigh-medial-mid'],
      posterior_thigh: ['thigh-posterior-mid'],
      anterior_knee: ['patella'],
      medial_knee: ['knee-medial'],
      lateral_knee: ['knee-lateral', 'fibular-head'],
      posterior_knee: ['popliteal-fossa'],
      anterior_shin: ['shin-mid'],
      calf: ['calf-mid'],
      lateral_leg: ['leg-lateral-mid'],
      achilles: ['achilles'],
      medial_ankle: ['medial-malleolus'],
      lateral_ankle: ['lateral-malleolus'],
      anterior_ankle: ['ankle-anterior'],
      dorsum_foot: ['foot-dorsum'],
      posterior_heel: ['heel'],
      plantar_heel: ['heel-plantar'],
      medial_heel: ['heel-medial'],
      arch_instep: ['arch'],
      ball_medial: ['ball-medial'],
      ball_central: ['ball-of-foot'],
      ball_lateral: ['ball-lateral'],
      great_toe: ['big-toe-tip'],
    }
    const failures: string[] = []
    for (const [region, ids] of Object.entries(named)) {
      for (const id of ids) {
        for (const side of ['L', 'R'] as const) {
          const lm = body.landmarks.get(id) ?? body.landmarks.get(`${id}.${side}`)
          if (!lm) failures.push(`no landmark ${id}`)
          else if (!inRegion(lm, region)) failures.push(`${region} lacks ${lm.id}`)
        }
      }
    }
    expect(failures).toEqual([])
  })

  it('covers at least 90% of the skin area with some region', () => {
    const covered = new Uint8Array(vertexArea.length)
    for (const { vertices, weights } of zones.values())
      vertices.forEach((v, i) => {
        if (weights[i]! >= INSIDE) covered[v] = 1
      })
    let total = 0
    let inside = 0
    vertexArea.forEach((a, v) => {
      total += a
      if (covered[v]) inside += a
    })
    expect(inside / total).toBeGreaterThanOrEqual(0.9)
  })

  it('keeps regions on opposite faces of a limb (and of the trunk) apart', () => {
    const pairs = [
      ['anterior_thigh', 'posterior_thigh'],
      ['lateral_thigh', 'posterior_thigh'],
      ['lateral_thigh', 'medial_thigh'],
      ['anterior_thigh', 'lateral_thigh'],
      ['anterior_thigh', 'medial_thigh'],
      ['medial_thigh', 'posterior_thigh'],
      ['palm', 'dorsum_hand'],
      ['thenar', 'dorsum_hand'],
      ['hypothenar', 'dorsum_hand'],
      ['calf', 'anterior_shin'],
      ['medial_leg', 'lateral_leg'],
      ['dorsal_forearm', 'volar_forearm'],
      ['radial_forearm', 'ulnar_forearm'],
      ['anterior_arm', 'posterior_arm'],
      ['lateral_arm', 'medial_arm'],
      ['plantar_heel', 'dorsum_foot'],
      ['arch_instep', 'dorsum_foot'],
      ['ball_central', 'dorsum_foot'],
      ['volar_wrist', 'dorsal_wrist'],
      ['anterior_knee', 'posterior_knee'],
      ['medial_knee', 'lateral_knee'],
      ['medial_ankle', 'lateral_ankle'],
      ['anterior_deltoid', 'posterior_deltoid'],
      ['antecubital', 'olecranon'],
      ['pectoral', 'infraspinous'],
      ['forehead', 'occiput'],
      ['temple', 'mastoid'],
      ['lumbar', 'lower_abdominal_quadrant'],
    ]
    const shared: string[] = []
    for (const [a, b] of pairs) {
      for (const side of ['L', 'R'] as const) {
        const A = zones.get(zoneKey(a!, side))
        const B = zones.get(zoneKey(b!, side))
        expect(A && B, `${a} ${b} ${side}`).toBeTruthy()
        const inA = new Set<number>()
        A!.vertices.forEach((v, i) => {
          if (A!.weights[i]! >= INSIDE) inA.add(v)
        })
        const both = B!.vertices.filter((v, i) => B!.weights[i]! >= INSIDE && inA.has(v))
        if (both.length > 0) shared.push(`${a}/${b} ${side}: ${both.length} vertices`)
      }
    }
    expect(shared).toEqual([])
  })

  it('paints exactly what ranking sees: vertex weights equal regionHitsAt at the vertices', () => {
    const n = vertexArea.length
    for (let k = 0; k < 400; k++) {
      const v = (k * 7919) % n
      const hits = regionHitsAt(compiled, vertexPoint(v))
      const fromHits = new Map(hits.filter((h) => h.weight > 0.02).map((h) => [zoneKey(h.region, h.side), h.weight]))
      const fromPaint = new Map<string, number>()
      for (const [key, z] of zones) {
        const i = z.vertices.indexOf(v)
        if (i >= 0) fromPaint.set(key, z.weights[i]!)
      }
      expect([...fromPaint.keys()].sort(), `vertex ${v}`).toEqual([...fromHits.keys()].sort())
      for (const [key, w] of fromPaint) expect(w).toBeCloseTo(fromHits.get(key)!, 6)
    }
  })

  it('has soft edges: weights fall from 1 inside through INSIDE to 0 across a region border', () => {
    const temple = zones.get('temple.L')!
    const ws = [...temple.weights]
    expect(Math.max(...ws)).toBe(1)
    expect(ws.some((w) => w > 0.1 && w < INSIDE)).toBe(true)
    expect(ws.some((w) => w >= INSIDE && w < 0.9)).toBe(true)
  })

  it('gives sided regions the side of the point and midline regions none', () => {
    const sternum = body.landmarks.get('sternum-mid')!
    expect(regionHitsAt(compiled, sternum).find((h) => h.region === 'sternum')?.side).toBeNull()
    for (const side of ['L', 'R'] as const) {
      const temple = body.landmarks.get(`temple.${side}`)!
      expect(regionsAt(compiled, temple).find((h) => h.region === 'temple')?.side).toBe(side)
    }
    // a sided region never crosses the midline: the left temple zone holds only left vertices
    const left = zones.get('temple.L')!
    expect([...left.vertices].every((v) => body.mesh.positions[v * 3]! > 0)).toBe(true)
  })

  it('refuses a region whose shape names an unknown landmark', () => {
    const bad: Region = { ...regions[0]!, shapes: [{ kind: 'ellipsoid', center: { at: 'templ' }, radii: [0.01, 0.01, 0.01] }] }
    expect(() => compileRegions([bad], body.landmarks)).toThrow(/region "vertex" shape 0 \(L\): unknown landmark "templ"/)
  })
})

describe('trigger point placements of data/muscles.json on the body model', () => {
  const muscles = MusclesFile.safeParse(JSON.parse(readFileSync('data/muscles.json', 'utf8')))

  it('land on skin that faces the surface they are palpated from, inside some region', () => {
    expect(muscles.success).toBe(true)
    const failures: string[] = []
    for (const m of muscles.data!.muscles) {
      for (const tp of m.triggerPoints) {
        for (const side of ['L', 'R'] as const) {
          let p: SkinPoint
          try {
            p = placeOnSkin(placed, tp.placement, side)
          } catch (e) {
            failures.push(`${tp.id} ${side}: ${(e as Error).message}`)
            continue
          }
          const problem =
            palpationProblem(tp.palpation, p, side, tp.placement) ??
            (regionHitsAt(compiled, p).length === 0 ? 'in no region' : null)
          if (problem)
            failures.push(
              `${tp.id} ${side}: ${problem} at [${p.point.map((c) => c.toFixed(3))}] normal [${p.normal.map((c) => c.toFixed(2))}]`,
            )
        }
      }
    }
    expect(failures).toEqual([])
  })
})

// On the hand and forearm, hanging in the rest pose, anatomical directions are not world axes:
// "anterior" is the way the palm faces. There the check uses the landmarks' own normals; the
// forearm twists (pronation), so a border is judged against its landmarks at elbow and wrist.
const HAND =
  /^(thenar|hypothenar|palm|hand-dorsum|thumb-|index-|middle-|ring-|little-|wrist-|radial-styloid|ulnar-styloid|forearm-)/
const HAND_FRAME: Record<string, string[]> = {
  anterior: ['palm', 'wrist-volar', 'forearm-volar-mid'],
  posterior: ['hand-dorsum', 'wrist-dorsal', 'forearm-dorsal-mid'],
  lateral: ['radial-styloid', 'lateral-epicondyle', 'thenar'],
  medial: ['ulnar-styloid', 'medial-epicondyle', 'hypothenar'],
}

/** Does the skin normal at p agree with the surface the trigger point is palpated from? */
function palpationProblem(view: string, p: SkinPoint, side: Side, placement: Placement): string | null {
  const [nx, ny, nz] = p.normal
  const refs = 'at' in placement ? [placement.at] : placement.between
  const handRefs = HAND_FRAME[view]
  if (handRefs && refs.some((r) => HAND.test(r))) {
    const agrees = handRefs.some((id) => {
      const n = body.landmarks.get(`${id}.${side}`)!.normal
      return nx * n[0] + ny * n[1] + nz * n[2] > -0.3
    })
    return agrees ? null : `palpated from ${view} but the skin faces away from ${handRefs.join(', ')}`
  }
  const lateral = side === 'L' ? nx : -nx
  const ok: Record<string, boolean> = {
    anterior: nz > -0.3,
    posterior: nz < 0.3,
    lateral: lateral > -0.3,
    medial: lateral < 0.3,
    superior: ny > -0.3,
    inferior: ny < 0.3,
  }
  return ok[view] === false ? `palpated from ${view} but the skin faces elsewhere` : null
}
