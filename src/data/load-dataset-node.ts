// Node loader of a dataset folder (data/ by default), for scripts and tests. Same core as the
// browser loader, so `npm run validate` and the app agree on every message.
import { join } from 'node:path'
import { DATASET_FILE_KEYS, DATASET_FILE_NAMES } from '../domain/dataset'
import type { ValidateOptions } from '../domain/validation'
import { datasetFromTexts } from './dataset-core'
import { FileReadError, MAX_DATASET_FILE_BYTES, readRegularFile } from './read-file-node'
import type { DatasetTexts, LoadedDataset } from './dataset-core'

export type { LoadedDataset } from './dataset-core'

export async function readDatasetTexts(dir: string): Promise<DatasetTexts> {
  const texts: DatasetTexts = {}
  await Promise.all(
    DATASET_FILE_KEYS.map(async (key) => {
      let bytes: Buffer
      try {
        bytes = await readRegularFile(join(dir, DATASET_FILE_NAMES[key]), MAX_DATASET_FILE_BYTES)
      } catch (e) {
        // A missing file is left out: the validator reports it as "file is missing".
        if (!(e instanceof FileReadError && e.code === 'ENOENT'))
          texts[key] = { error: e instanceof Error ? e.message : String(e) }
        return
      }
      try {
        texts[key] = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
      } catch {
        texts[key] = { error: 'not UTF-8 text (a binary file?)' }
      }
    }),
  )
  return texts
}

export async function loadDatasetDir(dir = 'data', options: ValidateOptions = {}): Promise<LoadedDataset> {
  return datasetFromTexts(await readDatasetTexts(dir), options)
}
