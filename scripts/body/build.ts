// The body pipeline, step by step (each step is its own module with node tests):
// load-obj -> apply-targets -> compact + symmetrize -> catmull-clark -> fit height (metres, feet
// on y = 0) -> triangulate + smooth normals -> landmarks -> write-glb.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { compact, parseObj } from './load-obj'
import { NEUTRAL_BLEND, applyTargets, parseTarget } from './apply-targets'
import { mirrorMap, symmetrize } from './mirror'
import { catmullClark } from './subdivide'
import { BODY_HEIGHT, fitHeight, triangulate, vertexNormals } from './finish-mesh'
import { LANDMARKS, type LandmarkDef } from './landmark-table'
import { resolveLandmarks, type ResolvedLandmark } from './landmarks'
import { writeBodyGlb } from './write-glb'

export const ASSET_DIR = 'assets/makehuman'

export interface BuiltBody {
  positions: Float64Array
  normals: Float64Array
  indices: Uint32Array
  landmarks: ResolvedLandmark[]
  /** base-mesh (compacted) vertex count: indices below it are the base vertices */
  baseVertexCount: number
  mirror: Uint32Array
}

/** Base vertex indices of the table mapped through compaction. */
function remapTable(table: readonly LandmarkDef[], oldToNew: Int32Array): LandmarkDef[] {
  const map = (v: number) => {
    const n = oldToNew[v]
    if (n === undefined || n < 0) throw new Error(`landmark vertex ${v} is not a body vertex`)
    return n
  }
  return table.map((d) => ({
    ...d,
    at: typeof d.at === 'number' ? map(d.at) : { verts: d.at.verts.map(map), w: d.at.w },
  }))
}

export function buildBodyMesh(assetDir = ASSET_DIR, table: readonly LandmarkDef[] = LANDMARKS): BuiltBody {
  const base = parseObj(readFileSync(join(assetDir, 'base.obj'), 'utf8'))
  const targets = NEUTRAL_BLEND.map(({ file, weight }) => ({
    target: parseTarget(readFileSync(join(assetDir, 'targets', file), 'utf8')),
    weight,
  }))
  const morphed = applyTargets(base.positions, targets)
  const body = compact(morphed, base.faces)
  // the mirror map comes from the unmorphed mesh, which is modelled exactly symmetric
  const mirror = mirrorMap(compact(base.positions, base.faces).positions, body.positions.length / 3)
  const sym = symmetrize(body.positions, mirror)
  const smooth = catmullClark({ positions: sym, faces: body.faces })
  const positions = fitHeight(smooth.positions, BODY_HEIGHT)
  const indices = triangulate(positions, smooth.faces)
  const normals = vertexNormals({ positions, indices })
  const landmarks = resolveLandmarks(remapTable(table, body.oldToNew), mirror, { positions, indices }, normals)
  return { positions, normals, indices, landmarks, baseVertexCount: sym.length / 3, mirror }
}

export async function buildBodyGlb(assetDir = ASSET_DIR): Promise<Uint8Array> {
  const body = buildBodyMesh(assetDir)
  return writeBodyGlb(body)
}
