// Small vector helpers on [x, y, z] tuples. The domain layer never imports three
// (DESIGN section 2), so these few operations live here.
export type Vec3 = [number, number, number]

export const add = (a: Vec3, b: Vec3): Vec3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]]
export const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]]
export const scale = (a: Vec3, s: number): Vec3 => [a[0] * s, a[1] * s, a[2] * s]
export const dot = (a: Vec3, b: Vec3): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2]
export const lerp = (a: Vec3, b: Vec3, t: number): Vec3 => add(a, scale(sub(b, a), t))
export const length = (a: Vec3): number => Math.sqrt(dot(a, a))
export const distance = (a: Vec3, b: Vec3): number => length(sub(a, b))
export const normalize = (a: Vec3): Vec3 => {
  const l = length(a)
  return l > 0 ? scale(a, 1 / l) : [0, 0, 0]
}
export const cross = (a: Vec3, b: Vec3): Vec3 => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]]
/** Mirror across the body's midline (x = 0): the body's left is +x, its right -x. */
export const mirrorX = (a: Vec3): Vec3 => [-a[0], a[1], a[2]]

/** Which way a normal mostly faces: 0..5 for +x, -x, +y, -y, +z, -z (skin cells never mix faces). */
export function facingAxis(nx: number, ny: number, nz: number): number {
  const ax = Math.abs(nx)
  const ay = Math.abs(ny)
  const az = Math.abs(nz)
  if (ax >= ay && ax >= az) return nx >= 0 ? 0 : 1
  if (ay >= az) return ny >= 0 ? 2 : 3
  return nz >= 0 ? 4 : 5
}
