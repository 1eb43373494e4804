// The landmark contract (DESIGN section 3) on the committed body.glb: every id, on the skin,
// mirrored, midline ones on x = 0, and anatomical order (body faces +z, left is +x, y up).
import { Vector3 } from 'three'
import { MeshBVH } from 'three-mesh-bvh'
import { beforeAll, describe, expect, it } from 'vitest'
import type { LoadedBody } from '../../../../src/data/load-body'
import type { Vec3 } from '../../../../src/domain/geometry'
import { realBody } from '../../../fixtures/real-body'

// DESIGN.md section 3, written out: ids with `/LR` exist as `.L` and `.R`
const DESIGN_IDS = `
vertex glabella inion suboccipital/LR mastoid/LR temple/LR eyebrow-lateral/LR orbit-lateral/LR zygoma/LR tmj/LR
forehead/LR nose-side/LR subnasale mouth-corner/LR mandible-angle/LR chin ear/LR hyoid neck-lateral/LR c7
jugular-notch sternum-mid xiphoid clavicle-mid/LR acromion/LR coracoid/LR nipple/LR axilla-anterior/LR
axilla-posterior/LR scapula-superior-angle/LR scapula-spine-root/LR scapula-inferior-angle/LR
scapula-infraspinous/LR t4 t8 t12 l3 l5 umbilicus rib12-tip/LR iliac-crest/LR asis/LR psis/LR pubic-symphysis
inguinal-mid/LR genital/LR perineum sacrum coccyx
deltoid-anterior/LR deltoid-posterior/LR deltoid-tuberosity/LR biceps-mid/LR triceps-mid/LR cubital-fossa/LR
lateral-epicondyle/LR medial-epicondyle/LR olecranon/LR forearm-dorsal-mid/LR forearm-volar-mid/LR
radial-styloid/LR ulnar-styloid/LR wrist-volar/LR wrist-dorsal/LR thenar/LR hypothenar/LR palm/LR
hand-dorsum/LR thumb-web/LR thumb-tip/LR index-tip/LR middle-tip/LR little-tip/LR index-mid/LR middle-mid/LR
ring-mid/LR little-mid/LR
gluteal-mid/LR greater-trochanter/LR ischial-tuberosity/LR thigh-anterior-mid/LR thigh-lateral-mid/LR
thigh-medial-mid/LR thigh-posterior-mid/LR patella/LR knee-medial/LR knee-lateral/LR popliteal-fossa/LR
fibular-head/LR tibial-tuberosity/LR shin-mid/LR calf-mid/LR leg-lateral-mid/LR achilles/LR
medial-malleolus/LR lateral-malleolus/LR ankle-anterior/LR heel/LR heel-plantar/LR heel-medial/LR
foot-dorsum/LR arch/LR ball-of-foot/LR ball-medial/LR ball-lateral/LR big-toe-tip/LR little-toe-tip/LR
`
  .trim()
  .split(/\s+/)
  .flatMap((id) => (id.endsWith('/LR') ? [`${id.slice(0, -3)}.L`, `${id.slice(0, -3)}.R`] : [id]))

let body: LoadedBody
beforeAll(async () => {
  body = await realBody()
})
const at = (id: string): Vec3 => {
  const lm = body.landmarks.get(id)
  if (!lm) throw new Error(`missing landmark ${id}`)
  return lm.point
}

describe('landmarks of body.glb', () => {
  it('has every landmark id of DESIGN section 3 and no other', () => {
    expect(DESIGN_IDS).toHaveLength(194)
    expect([...body.landmarks.keys()].sort()).toEqual([...DESIGN_IDS].sort())
  })

  it('puts every landmark on the skin (within 2 mm) with a unit normal facing out of the skin there', () => {
    const bvh = new MeshBVH(body.geometry)
    const triNormal = new Vector3()
    for (const lm of body.landmarks.values()) {
      const hit = bvh.closestPointToPoint(new Vector3(...lm.point))!
      expect(hit.distance, lm.id).toBeLessThanOrEqual(0.002)
      const n = new Vector3(...lm.normal)
      expect(n.length(), lm.id).toBeCloseTo(1, 3)
      const idx = body.mesh.indices
      const corners = [0, 1, 2].map((k) => new Vector3().fromArray(body.mesh.positions, idx[hit.faceIndex! * 3 + k]! * 3))
      triNormal.subVectors(corners[1]!, corners[0]!).cross(new Vector3().subVectors(corners[2]!, corners[0]!)).normalize()
      expect(n.dot(triNormal), lm.id).toBeGreaterThan(0.5)
    }
  })

  it('mirrors every .L landmark to its .R within 2 mm, and keeps midline landmarks within 2 mm of x = 0', () => {
    for (const id of DESIGN_IDS) {
      if (id.endsWith('.L')) {
        const l = at(id)
        const r = at(`${id.slice(0, -2)}.R`)
        expect(Math.hypot(l[0] + r[0], l[1] - r[1], l[2] - r[2]), id).toBeLessThanOrEqual(0.002)
        expect(l[0], `${id} is on the body's left (+x)`).toBeGreaterThan(0.005)
      } else if (!id.endsWith('.R')) expect(Math.abs(at(id)[0]), id).toBeLessThan(0.002)
    }
  })
})

// Relations read `a <rel> b`. `.S` stands for both sides; "lateral" compares |x|.
type Rel = 'above' | 'below' | 'front' | 'behind' | 'lateral' | 'medial'
const test = (rel: Rel, a: Vec3, b: Vec3): boolean =>
  ({
    above: a[1] > b[1],
    below: a[1] < b[1],
    front: a[2] > b[2],
    behind: a[2] < b[2],
    lateral: Math.abs(a[0]) > Math.abs(b[0]),
    medial: Math.abs(a[0]) < Math.abs(b[0]),
  })[rel]
const RELATIONS: [string, Rel, string][] = [
  ['inion', 'behind', 'vertex'],
  ['inion', 'below', 'vertex'],
  ['c7', 'behind', 'jugular-notch'],
  ['acromion.S', 'lateral', 'clavicle-mid.S'],
  ['clavicle-mid.S', 'lateral', 'jugular-notch'],
  ['medial-malleolus.S', 'medial', 'lateral-malleolus.S'],
  ['medial-malleolus.S', 'above', 'lateral-malleolus.S'],
  ['patella.S', 'front', 'popliteal-fossa.S'],
  ['ball-of-foot.S', 'front', 'heel.S'],
  ['heel-plantar.S', 'below', 'heel.S'],
  ['psis.S', 'behind', 'asis.S'],
  ['glabella', 'above', 'subnasale'],
  ['subnasale', 'above', 'mouth-corner.S'],
  ['mouth-corner.S', 'above', 'chin'],
  ['forehead.S', 'above', 'glabella'],
  ['eyebrow-lateral.S', 'lateral', 'nose-side.S'],
  ['temple.S', 'above', 'zygoma.S'],
  ['tmj.S', 'front', 'ear.S'],
  ['mastoid.S', 'behind', 'ear.S'],
  ['mastoid.S', 'below', 'ear.S'],
  ['hyoid', 'below', 'chin'],
  ['hyoid', 'front', 'c7'],
  ['jugular-notch', 'above', 'sternum-mid'],
  ['sternum-mid', 'above', 'xiphoid'],
  ['xiphoid', 'above', 'umbilicus'],
  ['umbilicus', 'above', 'pubic-symphysis'],
  ['pubic-symphysis', 'above', 'perineum'],
  ['c7', 'above', 't4'],
  ['t4', 'above', 't8'],
  ['t8', 'above', 't12'],
  ['t12', 'above', 'l3'],
  ['l3', 'above', 'l5'],
  ['l5', 'above', 'sacrum'],
  ['sacrum', 'above', 'coccyx'],
  ['umbilicus', 'front', 'l3'],
  ['scapula-superior-angle.S', 'above', 'scapula-spine-root.S'],
  ['scapula-spine-root.S', 'above', 'scapula-inferior-angle.S'],
  ['scapula-infraspinous.S', 'lateral', 'scapula-spine-root.S'],
  ['nipple.S', 'below', 'clavicle-mid.S'],
  ['axilla-anterior.S', 'front', 'axilla-posterior.S'],
  ['coracoid.S', 'below', 'clavicle-mid.S'],
  ['rib12-tip.S', 'above', 'iliac-crest.S'],
  ['iliac-crest.S', 'above', 'greater-trochanter.S'],
  ['iliac-crest.S', 'lateral', 'psis.S'],
  ['asis.S', 'lateral', 'inguinal-mid.S'],
  ['inguinal-mid.S', 'lateral', 'genital.S'],
  ['deltoid-anterior.S', 'front', 'deltoid-posterior.S'],
  ['biceps-mid.S', 'front', 'triceps-mid.S'],
  ['cubital-fossa.S', 'front', 'olecranon.S'],
  ['lateral-epicondyle.S', 'lateral', 'medial-epicondyle.S'],
  ['deltoid-tuberosity.S', 'below', 'acromion.S'],
  ['middle-tip.S', 'below', 'palm.S'],
  ['thumb-tip.S', 'front', 'little-tip.S'],
  ['index-tip.S', 'below', 'index-mid.S'],
  ['hand-dorsum.S', 'lateral', 'palm.S'],
  ['gluteal-mid.S', 'behind', 'greater-trochanter.S'],
  ['ischial-tuberosity.S', 'below', 'gluteal-mid.S'],
  ['thigh-anterior-mid.S', 'front', 'thigh-posterior-mid.S'],
  ['thigh-lateral-mid.S', 'lateral', 'thigh-medial-mid.S'],
  ['knee-lateral.S', 'lateral', 'knee-medial.S'],
  ['tibial-tuberosity.S', 'below', 'patella.S'],
  ['fibular-head.S', 'below', 'knee-lateral.S'],
  ['shin-mid.S', 'front', 'calf-mid.S'],
  ['achilles.S', 'above', 'heel.S'],
  ['achilles.S', 'behind', 'medial-malleolus.S'],
  ['ankle-anterior.S', 'front', 'medial-malleolus.S'],
  ['foot-dorsum.S', 'above', 'arch.S'],
  ['arch.S', 'above', 'heel-plantar.S'],
  ['heel-medial.S', 'medial', 'heel.S'],
  ['ball-medial.S', 'medial', 'ball-lateral.S'],
  ['big-toe-tip.S', 'medial', 'little-toe-tip.S'],
  ['big-toe-tip.S', 'front', 'ball-medial.S'],
]

describe('anatomical order of the landmarks', () => {
  it('has the vertex as the highest landmark', () => {
    for (const lm of body.landmarks.values()) if (lm.id !== 'vertex') expect(lm.point[1], lm.id).toBeLessThan(at('vertex')[1])
  })
  it(`holds ${RELATIONS.length} relations on both sides`, () => {
    expect(RELATIONS.length).toBeGreaterThanOrEqual(30)
    const failed: string[] = []
    for (const [a, rel, b] of RELATIONS)
      for (const side of a.includes('.S') || b.includes('.S') ? ['L', 'R'] : ['']) {
        const [ia, ib] = [a, b].map((id) => id.replace('.S', `.${side}`)) as [string, string]
        if (!test(rel, at(ia), at(ib))) failed.push(`${ia} ${rel} ${ib}`)
      }
    expect(failed).toEqual([])
  })
})
