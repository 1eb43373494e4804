// The body pipeline, step by step (each step is its own module with node tests):
// load-obj -> apply-targets -> compact + symmetrize -> close eye sockets -> catmull-clark -> fit height (metres, feet
// on y = 0) -> triangulate + smooth normals -> landmarks -> write-glb.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { centroid, compact, jointCentres, parseObj, type BaseMesh } from './load-obj'
import { NEUTRAL_BLEND, applyTargets, parseTarget } from './apply-targets'
import { mirrorMap, symmetrize } from './mirror'
import { catmullClark } from './subdivide'
import { closeEyeSockets, type Eye } from './close-eyes'
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

/** Eyeballs (centre, mean radius) of the morphed `helper-l-eye` / `helper-r-eye` proxies. */
function eyesOf(positions: Float64Array, base: BaseMesh): Eye[] {
  return ['helper-l-eye', 'helper-r-eye'].map((group) => {
    const verts = base.groupVertices[group]
    if (!verts) throw new Error(`base.obj has no ${group} group`)
    const centre = centroid(positions, verts)
    const radius =
      verts.reduce(
        (s, v) => s + Math.hypot(...([0, 1, 2].map((k) => positions[v * 3 + k]! - centre[k]!) as [number, number, number])),
        0,
      ) / verts.length
    return { centre, radius }
  })
}

export interface ShapedBase {
  /** the base mesh after morphs, symmetry and closed eyes, before subdivision (mesh units) */
  positions: Float64Array
  faces: number[][]
  mirror: Uint32Array
  /** file vertex index -> compacted index (-1 if not a body vertex) */
  oldToNew: Int32Array
  /** joint centres of the morphed mesh, mesh units */
  joints: Record<string, [number, number, number]>
  /** eyeballs used to close the sockets, and the socket vertices moved (left eye first) */
  eyes: Eye[]
  eyePockets: number[][]
}

/** Every step before subdivision: the neutral, symmetric, closed base body. */
export function shapeBaseMesh(assetDir = ASSET_DIR): ShapedBase {
  const base = parseObj(readFileSync(join(assetDir, 'base.obj'), 'utf8'))
  const targets = NEUTRAL_BLEND.map(({ file, weight }) => ({
    target: parseTarget(readFileSync(join(assetDir, 'targets', file), 'utf8')),
    weight,
  }))
  const morphed = applyTargets(base.positions, targets)
  const body = compact(morphed, base.faces)
  // the mirror map comes from the unmorphed mesh, which is modelled exactly symmetric
  const mirror = mirrorMap(compact(base.positions, base.faces).positions, body.positions.length / 3)
  const eyes = eyesOf(morphed, base)
  const closed = closeEyeSockets(symmetrize(body.positions, mirror), body.faces, eyes)
  // the fill runs per eye; symmetrize again so both eyes match to the last bit
  const positions = symmetrize(closed.positions, mirror)
  return {
    positions,
    faces: body.faces,
    mirror,
    oldToNew: body.oldToNew,
    joints: jointCentres(morphed, base.groupVertices),
    eyes,
    eyePockets: closed.pockets,
  }
}

export function buildBodyMesh(assetDir = ASSET_DIR, table: readonly LandmarkDef[] = LANDMARKS): BuiltBody {
  const { positions: sym, faces, mirror, oldToNew } = shapeBaseMesh(assetDir)
  const smooth = catmullClark({ positions: sym, faces })
  const positions = fitHeight(smooth.positions, BODY_HEIGHT)
  const indices = triangulate(positions, smooth.faces)
  const normals = vertexNormals({ positions, indices })
  const landmarks = resolveLandmarks(remapTable(table, oldToNew), mirror, { positions, indices }, normals)
  return { positions, normals, indices, landmarks, baseVertexCount: sym.length / 3, mirror }
}

export async function buildBodyGlb(assetDir = ASSET_DIR): Promise<Uint8Array> {
  const body = buildBodyMesh(assetDir)
  return writeBodyGlb(body)
}
