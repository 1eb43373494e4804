// One dab of the pain brush: the skin vertices within `radius` of the touched point, each with a
// soft weight (full in the inner part, falling smoothly to 0 at the rim, like a felt pen), and
// only those facing the same way as the touched skin, so a dab on the inner thigh never marks
// the other thigh a few centimetres away, nor the back of a thin arm.
import type { SkinIndex } from '../geometry'
import type { Vec3 } from '../geometry'

export interface BrushOptions {
  /** share of the radius painted at full weight */
  core?: number
  /** minimum dot(vertex normal, touched normal) */
  minFacing?: number
}

export const BRUSH_DEFAULTS: Required<BrushOptions> = { core: 0.55, minFacing: 0.15 }

export interface Dab {
  ids: Uint32Array
  weights: Float32Array
}

export function brushDab(index: SkinIndex, center: Vec3, normal: Vec3, radius: number, options: BrushOptions = {}): Dab {
  const { core, minFacing } = { ...BRUSH_DEFAULTS, ...options }
  const { cellSize, origin, dims, cellStart, cellItems, mesh } = index
  const { positions, normals } = mesh
  const lo = [0, 1, 2].map((k) => Math.max(0, Math.floor((center[k]! - radius - origin[k]!) / cellSize)))
  const hi = [0, 1, 2].map((k) => Math.min(dims[k]! - 1, Math.floor((center[k]! + radius - origin[k]!) / cellSize)))
  const ids: number[] = []
  const weights: number[] = []
  const r2 = radius * radius
  for (let z = lo[2]!; z <= hi[2]!; z++) {
    for (let y = lo[1]!; y <= hi[1]!; y++) {
      for (let x = lo[0]!; x <= hi[0]!; x++) {
        const cell = (z * dims[1] + y) * dims[0] + x
        for (let j = cellStart[cell]!, end = cellStart[cell + 1]!; j < end; j++) {
          const v = cellItems[j]!
          const dx = positions[v * 3]! - center[0]
          const dy = positions[v * 3 + 1]! - center[1]
          const dz = positions[v * 3 + 2]! - center[2]
          const d2 = dx * dx + dy * dy + dz * dz
          if (d2 > r2) continue
          if (normals[v * 3]! * normal[0] + normals[v * 3 + 1]! * normal[1] + normals[v * 3 + 2]! * normal[2] < minFacing)
            continue
          const t = (Math.sqrt(d2) / radius - core) / (1 - core)
          ids.push(v)
          weights.push(t <= 0 ? 1 : 1 - t * t * (3 - 2 * t))
        }
      }
    }
  }
  return { ids: Uint32Array.from(ids), weights: Float32Array.from(weights) }
}
