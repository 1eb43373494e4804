// The body model as the domain sees it: plain arrays, no three.js (DESIGN sections 2 and 3).
// Coordinates are metres, y up, the body faces +z, the body's left is +x.
import type { Vec3 } from './vec'

export type Side = 'L' | 'R'

/** A point on the skin with its outward unit normal. */
export interface SkinPoint {
  point: Vec3
  normal: Vec3
}

/** A landmark of the body model (`lm:<id>` node of body.glb), e.g. `acromion.R`, `c7`. */
export interface Landmark extends SkinPoint {
  id: string
}

/** The skin mesh: what projection, region weights and picking need. */
export interface SkinMesh {
  /** xyz per vertex, metres */
  positions: Float32Array
  /** unit normal per vertex */
  normals: Float32Array
  /** three vertex indices per triangle */
  indices: Uint32Array
}

export interface BodyModel {
  mesh: SkinMesh
  /** keyed by full landmark id, sides included: `temple.R`, `c7` */
  landmarks: ReadonlyMap<string, Landmark>
}
