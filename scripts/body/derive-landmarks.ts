// The landmark table's vertices, derived by geometric rules on the shaped base mesh: rays from
// MakeHuman joint centres (shoulder, elbow, wrist, hip, knee, ankle, finger and toe joints),
// the midline profile (nose tip, lip slit, chin, navel), extreme points and a few offsets
// measured on the e2e close-ups. landmark-table.ts is the contract; this file says why each of
// its vertices is where it is. To move a landmark: change its rule here, run
// `npx tsx scripts/body/print-landmark-changes.ts`, copy the new vertex into the table (a unit
// test keeps the two equal). Coordinates are metres, +x the body's left, +z front, y up.
import { add, cross, dot, lerp, mul, nrm, ortho, sub, type Probes, type V3 } from './landmark-probes'

const F: V3 = [0, 0, 1]
const B: V3 = [0, 0, -1]
const X: V3 = [1, 0, 0]
const NX: V3 = [-1, 0, 0]
const UP: V3 = [0, 1, 0]
const DN: V3 = [0, -1, 0]

/** base vertex of every landmark id (without side; bilateral ones on the left) */
export function deriveLandmarkVertices(probes: Probes): Map<string, number> {
  const { count, p, normal, joint, nearest, hit, extreme, midFront, midBack } = probes
  const out = new Map<string, number>()
  // M: a midline landmark, L: a bilateral one given on the left; both record the vertex
  const M = (id: string, v: number) => void out.set(id, v)
  const L = M
  /** height where the midline front profile is furthest forward ('max') or back ('min'),
   * scanning from `from` towards `to` (first best wins) */
  const profile = (from: number, to: number, pick: 'max' | 'min', step = 0.001): number => {
    const dir = Math.sign(to - from)
    let best = { y: from, z: pick === 'max' ? -Infinity : Infinity }
    for (let y = from; dir * (to - y) > 0; y += dir * step) {
      const z = p(midFront(y))[2]
      if (pick === 'max' ? z > best.z : z < best.z) best = { y, z }
    }
    return best.y
  }
  const eye = joint('l-eye')
  const c7_ = midBack(joint('l-clavicle')[1] + 0.035)
  // head and neck
  M('vertex', extreme(UP, [-1e-9, 1e-9, 0, 9, -9, 9]))
  M('glabella', midFront(eye[1] + 0.012))
  M('inion', midBack(eye[1] - 0.02))
  L('suboccipital', hit([0.03, eye[1] - 0.055, -0.5], F))
  // the ear's most lateral point anchors the ear region
  const ear = p(extreme(X, [0.04, 1, eye[1] - 0.04, eye[1] + 0.01, -0.06, 0.08]))
  L('ear', hit([0.3, ear[1] - 0.017, ear[2] + 0.011], NX))
  L('mastoid', hit([0.02, ear[1] - 0.035, ear[2] + 0.005], [1, 0, -0.5]))
  L('tmj', hit([0.3, ear[1] - 0.012, ear[2] + 0.045], NX))
  L('temple', hit([0.3, eye[1] + 0.022, eye[2] - 0.045], NX))
  L('eyebrow-lateral', hit([eye[0] + 0.022, eye[1] + 0.017, 0.5], B))
  L('orbit-lateral', hit([eye[0] + 0.024, eye[1] - 0.002, 0.5], B))
  L('zygoma', hit([eye[0] + 0.028, eye[1] - 0.025, 0.5], B))
  L('forehead', hit([0.03, eye[1] + 0.045, 0.5], B))
  // nose tip and subnasale from the midline profile
  const tipY = profile(eye[1] - 0.01, eye[1] - 0.06, 'max')
  const subY = profile(tipY - 0.005, tipY - 0.03, 'min')
  M('subnasale', midFront(subY + 0.002))
  L('nose-side', hit([0.02, tipY + 0.005, 0.5], B))
  // lips: find the mouth slit (local min of z between the lips)
  const lipY = profile(subY - 0.008, subY - 0.03, 'min', 0.0005)
  L('mouth-corner', extreme(F, [0.021, 0.027, lipY - 0.003, lipY + 0.003, -1, 1]))
  const chinY = profile(lipY - 0.02, lipY - 0.05, 'max')
  M('chin', midFront(chinY))
  L('mandible-angle', hit([0.3, ear[1] - 0.06, ear[2] + 0.015], NX))
  M('hyoid', midFront(chinY - 0.045))
  const neckY = (p(hit([0.02, ear[1] - 0.035, ear[2] + 0.005], [1, 0, -0.5]))[1] + p(c7_)[1]) / 2
  L('neck-lateral', extreme(X, [0, 0.09, neckY - 0.004, neckY + 0.004, -0.03, 0.05]))
  M('c7', c7_)
  // trunk
  const jn = midFront(joint('l-clavicle')[1] + 0.005)
  const xi = midFront(1.225)
  M('jugular-notch', jn)
  M('xiphoid', xi)
  M('sternum-mid', midFront((p(jn)[1] + p(xi)[1]) / 2))
  const sh = joint('l-shoulder'),
    cl = joint('l-clavicle')
  // the shoulder's tip: where the top of the shoulder turns into its side (skin normal at 45 degrees)
  const acr = hit(sh, [1.2, 1, 0])
  L('acromion', acr)
  L('clavicle-mid', hit([(cl[0] + p(acr)[0]) / 2, (p(jn)[1] + p(acr)[1]) / 2 + 0.005, 0.5], B))
  L('coracoid', hit([p(acr)[0] - 0.045, (p(jn)[1] + p(acr)[1]) / 2 - 0.03, 0.5], B))
  // the breast's front-most point is medial to the nipple, which sits 2-5 cm lateral to it
  const breast = p(extreme(F, [0.05, 0.16, 1.2, 1.36, -1, 1]))
  L('nipple', extreme(F, [breast[0] + 0.02, breast[0] + 0.05, breast[1] - 0.015, breast[1] + 0.015, -1, 1]))
  L('axilla-anterior', nearest(add(sh, [-0.008, -0.059, 0.059])))
  L('axilla-posterior', nearest(add(sh, [-0.01, -0.056, -0.058])))
  L('scapula-superior-angle', hit([0.07, 1.425, -0.5], F))
  L('scapula-spine-root', hit([0.075, 1.385, -0.5], F))
  L('scapula-inferior-angle', hit([0.085, 1.27, -0.5], F))
  L('scapula-infraspinous', hit([0.11, 1.33, -0.5], F))
  const cy = p(c7_)[1]
  // thoracic spinous processes 2.2 cm apart below C7; L5 one and a half levels above the PSIS (S2)
  const t12y = cy - 0.265
  const l5y = p(hit([0.04, 0.985, -0.5], F))[1] + 0.045
  M('t4', midBack(cy - 0.085))
  M('t8', midBack(cy - 0.175))
  M('t12', midBack(t12y))
  M('l3', midBack(t12y - 0.6 * (t12y - l5y)))
  M('l5', midBack(l5y))
  M('umbilicus', midFront(profile(1.0, 1.12, 'min')))
  L('rib12-tip', hit([0, 1.13, 0], [1, 0, -0.3]))
  L('iliac-crest', hit([0, cy - 0.42, 0], X))
  const asisV = hit([0.095, 0.965, 0.5], B)
  L('asis', asisV)
  L('psis', hit([0.04, 0.985, -0.5], F))
  M('pubic-symphysis', midFront(0.87))
  L('inguinal-mid', hit([(p(asisV)[0] + 0.018) / 2, (p(asisV)[1] + 0.872) / 2 - 0.01, 0.5], B))
  L('genital', hit([0.02, 0.83, 0.5], B))
  M('perineum', extreme(DN, [-1e-9, 1e-9, 0.6, 1.0, -0.1, 0.1]))
  M('sacrum', midBack(0.955))
  M('coccyx', midBack(0.89))
  // upper limb
  const el = joint('l-elbow'),
    wr = joint('l-hand')
  const a1 = nrm(sub(el, sh)),
    lat1 = ortho(UP, a1),
    front1 = ortho(F, a1)
  const ua = (t: number) => lerp(sh, el, t)
  L('deltoid-anterior', hit(ua(0.25), add(front1, mul(lat1, 0.3))))
  L('deltoid-posterior', hit(ua(0.25), add(mul(front1, -1), mul(lat1, 0.3))))
  L('deltoid-tuberosity', hit(ua(0.5), lat1))
  L('biceps-mid', hit(ua(0.55), front1))
  L('triceps-mid', hit(ua(0.55), mul(front1, -1)))
  L('cubital-fossa', hit(el, front1))
  L('lateral-epicondyle', hit(el, lat1))
  L('medial-epicondyle', hit(el, mul(lat1, -1)))
  L('olecranon', hit(sub(el, mul(a1, 0.015)), mul(front1, -1)))
  const a2 = nrm(sub(wr, el)),
    radial = ortho(sub(joint('l-finger-1-1'), wr), a2),
    volar = nrm(cross(a2, radial))
  const fa = (t: number) => lerp(el, wr, t)
  L('forearm-dorsal-mid', hit(fa(0.4), mul(volar, -1)))
  L('forearm-volar-mid', hit(fa(0.4), volar))
  L('radial-styloid', hit(fa(0.95), radial))
  L('ulnar-styloid', hit(fa(0.95), add(mul(radial, -1), mul(volar, -0.4))))
  L('wrist-volar', hit(fa(0.97), volar))
  L('wrist-dorsal', hit(fa(0.97), mul(volar, -1)))
  const f = (k: number, j: number) => joint(`l-finger-${k}-${j}`)
  const handAxis = nrm(sub(f(3, 1), wr)),
    hv = ortho(volar, handAxis)
  L('thenar', hit(lerp(wr, f(1, 2), 0.55), hv))
  L('hypothenar', hit(lerp(wr, f(5, 1), 0.55), hv))
  L('palm', hit(lerp(wr, f(3, 1), 0.6), hv))
  L('hand-dorsum', hit(lerp(wr, f(3, 1), 0.6), mul(hv, -1)))
  // the web's dorsal skin faces the back of the hand and the thumb side: best-facing vertex near
  // the point between the thumb and index knuckles
  const webDir = nrm(add(mul(hv, -1), radial)),
    webMid = lerp(f(1, 2), f(2, 2), 0.5)
  let web = { v: -1, score: -Infinity }
  for (let i = 0; i < count; i++) {
    const d = Math.hypot(...sub(p(i), webMid))
    const score = dot(normal(i), webDir) - 30 * d
    if (d <= 0.02 && score > web.score) web = { v: i, score }
  }
  L('thumb-web', web.v)
  // finger k's tip: furthest along its last segment, within 8 mm of that segment's axis
  const tipOf = (k: number) => {
    const d = nrm(sub(f(k, 4), f(k, 3)))
    const c = f(k, 4)
    const onFinger = (i: number) => {
      const v = sub(p(i), c)
      const t = dot(v, d)
      return t > -0.01 && Math.hypot(...sub(v, mul(d, t))) < 0.008
    }
    return extreme(d, [-9, 9, -9, 9, -9, 9], onFinger)
  }
  L('thumb-tip', tipOf(1))
  L('index-tip', tipOf(2))
  L('middle-tip', tipOf(3))
  L('little-tip', tipOf(5))
  // joint cubes k-3 sit at the middle (PIP) joints
  for (const [k, name] of [
    [2, 'index'],
    [3, 'middle'],
    [4, 'ring'],
    [5, 'little'],
  ] as const)
    L(`${name}-mid`, hit(f(k, 3), ortho(hv, nrm(sub(f(k, 4), f(k, 3))))))
  // lower limb
  const hip = joint('l-upper-leg'),
    kn = joint('l-knee'),
    an = joint('l-ankle')
  const th = (t: number) => lerp(hip, kn, t),
    lg = (t: number) => lerp(kn, an, t)
  L('gluteal-mid', hit([0.085, 0.895, -0.5], F))
  L('greater-trochanter', hit([hip[0], hip[1] - 0.03, hip[2]], X))
  L('ischial-tuberosity', hit([0.055, 0.82, -0.5], F))
  L('thigh-anterior-mid', hit(th(0.5), F))
  L('thigh-lateral-mid', hit(th(0.5), X))
  L('thigh-medial-mid', hit(th(0.5), NX))
  L('thigh-posterior-mid', hit(th(0.5), B))
  L('patella', hit(add(kn, [0, 0.02, 0]), F))
  L('knee-medial', hit(kn, NX))
  L('knee-lateral', hit(kn, X))
  L('popliteal-fossa', hit(kn, B))
  L('fibular-head', hit(add(kn, [0, -0.035, -0.01]), [1, 0, -0.4]))
  L('tibial-tuberosity', hit(add(kn, [0, -0.065, 0]), F))
  L('shin-mid', hit(lg(0.5), [-0.3, 0, 1]))
  L('calf-mid', hit(lg(0.3), B))
  L('leg-lateral-mid', hit(lg(0.5), X))
  L('achilles', hit(add(an, [0, 0.04, 0]), B))
  L('medial-malleolus', hit(add(an, [0, 0.005, 0]), NX))
  L('lateral-malleolus', hit(add(an, [0, -0.008, -0.015]), X))
  L('ankle-anterior', hit(an, [0, 0.1, 1]))
  const heelV = extreme(B, [an[0] - 0.03, an[0] + 0.03, 0, 0.06, -1, 1])
  const heel = p(heelV)
  L('heel', heelV)
  L('heel-plantar', hit([heel[0], -0.2, heel[2] + 0.045], UP))
  L('heel-medial', hit([an[0], 0.025, heel[2] + 0.03], NX))
  const t = (k: number, j: number) => joint(`l-toe-${k}-${j}`)
  L('foot-dorsum', hit([(an[0] + t(3, 1)[0]) / 2, 0.3, (an[2] + t(3, 1)[2]) / 2], DN))
  L('arch', hit([an[0] - 0.018, -0.2, (heel[2] + t(1, 1)[2]) / 2], UP))
  L('ball-of-foot', hit([t(3, 1)[0], -0.2, t(3, 1)[2] - 0.02], UP))
  L('ball-medial', hit([t(1, 1)[0], -0.2, t(1, 1)[2] - 0.01], UP))
  L('ball-lateral', hit([t(5, 1)[0], -0.2, t(5, 1)[2] - 0.015], UP))
  L('big-toe-tip', extreme(F, [t(1, 3)[0] - 0.006, t(1, 3)[0] + 0.006, 0, 0.04, -1, 1]))
  L('little-toe-tip', extreme(F, [t(5, 4)[0] - 0.003, t(5, 4)[0] + 0.03, 0, 0.03, -1, 1]))
  return out
}
