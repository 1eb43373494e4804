// What the query commands load: the dataset (validated, indexed: the app's own path) and the
// body model with its skin index and compiled regions. Loaded once per process.
import { loadBodyFile } from '../../src/data/load-body-node'
import { loadDatasetDir } from '../../src/data/load-dataset-node'
import type { DatasetIndex } from '../../src/domain/dataset'
import { compileRegions, type CompiledRegions } from '../../src/domain/geometry'
import { createSkinIndex, type SkinIndex } from '../../src/domain/geometry'
import type { BodyModel } from '../../src/domain/geometry'

export const DATA_DIR = process.env.QUERY_DATA_DIR ?? 'data'
export const BODY_FILE = process.env.QUERY_BODY_FILE ?? 'public/models/body.glb'

export async function loadIndex(dir = DATA_DIR): Promise<DatasetIndex> {
  const loaded = await loadDatasetDir(dir)
  if (!loaded.ok) {
    const lines = loaded.errors.slice(0, 10).map((e) => `  ${e.file} ${e.path}: ${e.message}`)
    throw new Error(`the dataset in ${dir}/ is invalid (${loaded.errors.length} errors):\n${lines.join('\n')}`)
  }
  return loaded.index
}

export interface QueryBody {
  body: BodyModel
  skin: SkinIndex
  regions: CompiledRegions
}

export async function loadQueryBody(index: DatasetIndex, file = BODY_FILE): Promise<QueryBody> {
  const body = await loadBodyFile(file)
  const skin = createSkinIndex(body.mesh)
  return { body, skin, regions: compileRegions(index.dataset.regions, body.landmarks, skin) }
}
