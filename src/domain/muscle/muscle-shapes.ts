// A muscle as geometry (issue 10): its outline on the skin (landmark-anchored shapes, the one
// shape function of geometry/shapes.ts) and its fibre direction, resolved for one side. THE
// one answer to "does this skin point lie over the muscle", used by the app to draw it
// (musclePaint, per vertex) and by `query muscle` (muscleWeightAt, muscleArea).
import {
  forEachShapeVertex,
  compileShape,
  INSIDE,
  normalize,
  placementTarget,
  shapesWeight,
  sub,
  unionBox,
  type CompiledShape,
  type ShapeBody,
  type Side,
  type SkinMesh,
  type SkinPoint,
  type Vec3,
} from '../geometry'
import { zoneArea, type ZoneArea } from '../pattern'
import type { Muscle } from '../validation'

export type MuscleDepth = Muscle['depth']

export interface CompiledMuscle {
  muscle: string
  side: Side
  depth: MuscleDepth
  shapes: CompiledShape[]
  /** [minx, miny, minz, maxx, maxy, maxz] of the shapes */
  box: Float64Array
  /** unit direction of the fibres, origin to insertion (model space) */
  fibre: Vec3
  /** ids of the muscles lying over this one */
  under: string[]
}

export type OutlinedMuscle = Pick<Muscle, 'id' | 'depth' | 'outline'>

/** Resolves a muscle's outline and fibres for one side; a muscle without an outline is an error. */
export function compileMuscle(m: OutlinedMuscle, side: Side, body: ShapeBody): CompiledMuscle {
  const outline = m.outline
  if (!outline) throw new Error(`muscle "${m.id}" has no outline`)
  const shapes = outline.shapes.map((s, i) => {
    try {
      return compileShape(s, body, side)
    } catch (e) {
      throw new Error(`muscle "${m.id}" outline shape ${i} (${side}): ${(e as Error).message}`)
    }
  })
  const [a, b] = outline.fibres.map((p) => placementTarget(body.landmarks, p, side).point) as [Vec3, Vec3]
  return {
    muscle: m.id,
    side,
    depth: m.depth,
    shapes,
    box: unionBox(shapes),
    fibre: normalize(sub(b, a)),
    under: outline.under ?? [],
  }
}

/** Weight (0..1) of a skin point over the muscle; inside iff >= INSIDE. */
export const muscleWeightAt = (m: CompiledMuscle, p: SkinPoint): number =>
  shapesWeight(m.shapes, p.point[0], p.point[1], p.point[2], p.normal[0], p.normal[1], p.normal[2])

export const isOverMuscle = (m: CompiledMuscle, p: SkinPoint): boolean => muscleWeightAt(m, p) >= INSIDE

/**
 * Calls `visit(vertex, weight)` for every vertex of the mesh inside the muscle's bounding box
 * with a weight above 0: one pass over the vertices in the box's height slice.
 */
export function forEachMuscleVertex(m: CompiledMuscle, mesh: SkinMesh, visit: (v: number, weight: number) => void): void {
  forEachShapeVertex(m.shapes, m.box, mesh, visit)
}

/** Per-vertex weights of the muscle (0..1), into `out` (cleared) or a new array. */
export function musclePaint(m: CompiledMuscle, mesh: SkinMesh, out?: Float32Array): Float32Array {
  const weights = out?.fill(0) ?? new Float32Array(mesh.positions.length / 3)
  forEachMuscleVertex(m, mesh, (v, w) => {
    weights[v] = w
  })
  return weights
}

/** Area (cm2) of skin over the muscle's drawn outline, and its connected parts (pieces of 2 cm2 or more). */
export function muscleArea(m: CompiledMuscle, mesh: SkinMesh): ZoneArea {
  const weights = musclePaint(m, mesh)
  return zoneArea(mesh, (v) => weights[v]! >= INSIDE)
}

/** Where the muscle lies on the skin: the weighted centre and mean normal of its inside vertices (null if none). */
export function muscleCentre(m: CompiledMuscle, mesh: SkinMesh): SkinPoint | null {
  const { positions: P, normals: N } = mesh
  const c = [0, 0, 0]
  const n = [0, 0, 0]
  let total = 0
  forEachMuscleVertex(m, mesh, (v, w) => {
    if (w < INSIDE) return
    for (let k = 0; k < 3; k++) {
      c[k]! += P[v * 3 + k]! * w
      n[k]! += N[v * 3 + k]! * w
    }
    total += w
  })
  if (total === 0) return null
  const point: Vec3 = [c[0]! / total, c[1]! / total, c[2]! / total]
  const l = Math.hypot(n[0]!, n[1]!, n[2]!) || 1
  return { point, normal: [n[0]! / l, n[1]! / l, n[2]! / l] }
}
