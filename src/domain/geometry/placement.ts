// Placements (DESIGN section 3): a point written against landmarks, `{ at }` or
// `{ between: [a, b], t }` meaning a + t(b - a), plus an optional offset in the side frame
// (+x lateral, +y up, +z forward), then projected onto the skin where the normal faces like the
// landmarks' normals, so a point between two landmarks of the back never lands on the chest.
// The dataset writes bilateral landmarks without their side (`acromion`); the side of the
// trigger point, region or query picks `.L` or `.R`. Full ids (`temple.R`) are accepted too,
// for the CLI, and then win over the side.
import type { Landmark, Side, SkinPoint } from './body-types'
import type { Placement } from '../validation'
import { nearestSkinPoint, type SkinIndex } from './skin-index'
import { add, length, lerp, scale, type Vec3 } from './vec'
import { quoteInput } from '../text'

export type LandmarkMap = ReadonlyMap<string, Landmark>

/** Below this length of the mean of unit normals the landmarks face opposite ways: no facing. */
export const FACING_AGREEMENT = 0.25

const SIDED = /\.(L|R)$/

export function landmarkFor(landmarks: LandmarkMap, ref: string, side: Side): Landmark {
  const exact = landmarks.get(ref)
  if (exact) return exact
  if (!SIDED.test(ref)) {
    const sided = landmarks.get(`${ref}.${side}`)
    if (sided) return sided
  }
  throw new Error(`unknown landmark ${quoteInput(ref)}${suggest(landmarks, ref)}`)
}

function suggest(landmarks: LandmarkMap, ref: string): string {
  const stem = ref.replace(SIDED, '').slice(0, 4)
  const near = [...landmarks.keys()].filter((id) => stem.length > 0 && id.startsWith(stem)).slice(0, 6)
  return near.length > 0 ? `; did you mean ${near.join(', ')}?` : ''
}

/** The side a placement names through full ids (`temple.R`), or null when it names none. */
export function placementSide(placement: Placement): Side | null {
  for (const ref of refsOf(placement)) {
    const m = SIDED.exec(ref)
    if (m) return m[1] as Side
  }
  return null
}

export const refsOf = (placement: Placement): string[] => ('at' in placement ? [placement.at] : [...placement.between])

export interface PlacementTarget {
  /** the unprojected point: a + t(b - a) + offset */
  point: Vec3
  /** normalized mean of the landmarks' normals, or null when they face opposite ways */
  facing: Vec3 | null
}

export function placementTarget(landmarks: LandmarkMap, placement: Placement, side: Side): PlacementTarget {
  const lms = refsOf(placement).map((ref) => landmarkFor(landmarks, ref, side))
  const [a, b] = lms as [Landmark, Landmark | undefined]
  const base = 'at' in placement || !b ? a.point : lerp(a.point, b.point, placement.t)
  const o = placement.offset ?? [0, 0, 0]
  // side frame: +x is lateral, so on the right side (-x) the x offset flips
  const offset: Vec3 = [side === 'R' ? -o[0] : o[0], o[1], o[2]]
  const sum = lms.reduce<Vec3>((acc, lm) => add(acc, lm.normal), [0, 0, 0])
  const mean = scale(sum, 1 / lms.length)
  const l = length(mean)
  return { point: add(base, offset), facing: l >= FACING_AGREEMENT ? scale(mean, 1 / l) : null }
}

export interface PlacementBody {
  landmarks: LandmarkMap
  skin: SkinIndex
}

/** The skin point of a placement: nearest skin facing like its landmarks (dot >= minDot). */
export function placeOnSkin(body: PlacementBody, placement: Placement, side: Side, minDot = 0): SkinPoint {
  const { point, facing } = placementTarget(body.landmarks, placement, side)
  return nearestSkinPoint(body.skin, point, facing ?? undefined, minDot)
}

/**
 * A placement from the CLI: `--at temple.R` gives `at` = "temple.R"; `--between
 * mastoid.R,neck-lateral.R,0.5` gives `between` (t defaults to 0.5). An optional offset in
 * metres follows an `@`: `--at temple.R@0.01,0.02,0`.
 */
export function parsePlacementArg(kind: 'at' | 'between', value: string): Placement {
  const [body = '', offsetText] = value.split('@')
  const offset = offsetText === undefined ? undefined : parseOffset(offsetText, value)
  const parts = body.split(',').map((s) => s.trim())
  const checkRef = (ref: string) => {
    if (!/^[a-z0-9]+(-[a-z0-9]+)*(\.(L|R))?$/.test(ref))
      throw new Error(`bad landmark id ${quoteInput(ref)} in ${quoteInput(value)}: expected e.g. temple.R or c7`)
    return ref
  }
  if (kind === 'at') {
    if (parts.length !== 1) throw new Error(`--at takes one landmark id, got ${quoteInput(value)}`)
    return { at: checkRef(parts[0]!), ...(offset && { offset }) }
  }
  if (parts.length !== 2 && parts.length !== 3) throw new Error(`--between takes "a,b" or "a,b,t", got ${quoteInput(value)}`)
  // An empty t ("a,b,") is a typo, not 0: Number('') would silently mark the first landmark.
  const t = parts[2] === undefined ? 0.5 : parts[2] === '' ? NaN : Number(parts[2])
  if (!Number.isFinite(t) || t < 0 || t > 1)
    throw new Error(`--between: t must be a number from 0 to 1, got ${quoteInput(parts[2] ?? '')}`)
  return { between: [checkRef(parts[0]!), checkRef(parts[1]!)], t, ...(offset && { offset }) }
}

function parseOffset(text: string, value: string): [number, number, number] {
  const nums = text.split(',').map(Number)
  if (nums.length !== 3 || nums.some((n) => !Number.isFinite(n) || Math.abs(n) > 0.15)) {
    throw new Error(`bad offset in ${quoteInput(value)}: expected @x,y,z in metres, each within 0.15`)
  }
  return nums as [number, number, number]
}
