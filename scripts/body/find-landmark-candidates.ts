// Developer aid for the landmark table: prints base-mesh vertices near a target so landmarks are
// chosen by geometry, not by guessing indices. Coordinates are those of the morphed, symmetric
// base mesh (morphs, symmetry, closed eyes) in metres, scaled like the build (numbers match
// body.glb within the few millimetres that subdivision moves the skin).
//   npx tsx scripts/body/find-landmark-candidates.ts joints
//   ... near x y z [k]            k nearest base vertices to a point
//   ... ray <joint> dx dy dz [k]  outermost vertices in a 12-degree cone from a joint centre
//   ... extreme dx dy dz [xmin xmax ymin ymax zmin zmax] [k]  furthest along a direction in a box
//   ... vert i [j ...]             position and normal of given vertices
import { triangulate, vertexNormals } from './finish-mesh'
import { shapeBaseMesh } from './build'

const { positions: sym, faces, mirror, joints: rawJoints } = shapeBaseMesh()
let lo = Infinity
let hi = -Infinity
for (let i = 1; i < sym.length; i += 3) [lo, hi] = [Math.min(lo, sym[i]!), Math.max(hi, sym[i]!)]
const s = 1.75 / (hi - lo)
const P = sym.map((c, i) => (i % 3 === 1 ? (c - lo) * s : c * s))
const N = vertexNormals({ positions: P, indices: triangulate(P, faces) })
const count = P.length / 3
const pos = (i: number) => [P[i * 3]!, P[i * 3 + 1]!, P[i * 3 + 2]!]
const fmt = (a: number[]) => a.map((x) => x.toFixed(3).padStart(7)).join(' ')
const show = (i: number, extra = '') =>
  console.log(
    `${String(i).padStart(6)} m${String(mirror[i]).padStart(6)}  p ${fmt(pos(i))}  n ${fmt([N[i * 3]!, N[i * 3 + 1]!, N[i * 3 + 2]!])} ${extra}`,
  )
const joint = (name: string) => {
  const j = rawJoints[name]
  if (!j) throw new Error(`no joint ${name}; try: ${Object.keys(rawJoints).join(' ')}`)
  return [j[0] * s, (j[1] - lo) * s, j[2] * s]
}

const [cmd, ...args] = process.argv.slice(2)
const num = args.map(Number)
if (cmd === 'joints') for (const name of Object.keys(rawJoints)) console.log(name.padEnd(20), fmt(joint(name)))
else if (cmd === 'near') {
  const [x, y, z, k = 8] = num as [number, number, number, number?]
  const d = (i: number) => Math.hypot(P[i * 3]! - x, P[i * 3 + 1]! - y, P[i * 3 + 2]! - z)
  ;[...Array(count).keys()]
    .sort((a, b) => d(a) - d(b))
    .slice(0, k)
    .forEach((i) => show(i, `d ${d(i).toFixed(4)}`))
} else if (cmd === 'ray') {
  const c = joint(args[0]!)
  const [dx, dy, dz, k = 6] = num.slice(1) as [number, number, number, number?]
  const l = Math.hypot(dx, dy, dz)
  const dir = [dx / l, dy / l, dz / l]
  const hits = [...Array(count).keys()]
    .map((i) => {
      const v = pos(i).map((p, k2) => p - c[k2]!)
      const t = v[0]! * dir[0]! + v[1]! * dir[1]! + v[2]! * dir[2]!
      const perp = Math.sqrt(Math.max(0, v[0]! ** 2 + v[1]! ** 2 + v[2]! ** 2 - t * t))
      return { i, t, perp }
    })
    .filter((h) => h.t > 0 && h.perp < h.t * Math.tan((12 * Math.PI) / 180))
    .sort((a, b) => a.perp - b.perp)
    .slice(0, k)
  hits.forEach((h) => show(h.i, `t ${h.t.toFixed(3)} perp ${h.perp.toFixed(4)}`))
} else if (cmd === 'extreme') {
  const [dx, dy, dz] = num as [number, number, number]
  const box = num.length >= 9 ? num.slice(3, 9) : [-9, 9, -9, 9, -9, 9]
  const k = num[9] ?? num[3 + (num.length >= 9 ? 6 : 0)] ?? 6
  const inBox = (i: number) => pos(i).every((p, a) => p >= box[a * 2]! && p <= box[a * 2 + 1]!)
  const score = (i: number) => P[i * 3]! * dx + P[i * 3 + 1]! * dy + P[i * 3 + 2]! * dz
  ;[...Array(count).keys()]
    .filter(inBox)
    .sort((a, b) => score(b) - score(a))
    .slice(0, k)
    .forEach((i) => show(i, `s ${score(i).toFixed(4)}`))
} else if (cmd === 'vert') num.forEach((i) => show(i))
else console.log('usage: joints | near x y z [k] | ray joint dx dy dz [k] | extreme dx dy dz [box6] [k] | vert i...')
