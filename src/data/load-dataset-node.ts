// Node loader of a dataset folder (data/ by default), for scripts and tests. Same core as the
// browser loader, so `npm run validate` and the app agree on every message.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { DATASET_FILE_KEYS, DATASET_FILE_NAMES } from '../domain/dataset'
import type { ValidateOptions } from '../domain/validation'
import { datasetFromTexts } from './dataset-core'
import type { DatasetTexts, LoadedDataset } from './dataset-core'

export type { LoadedDataset } from './dataset-core'

export async function readDatasetTexts(dir: string): Promise<DatasetTexts> {
  const texts: DatasetTexts = {}
  await Promise.all(
    DATASET_FILE_KEYS.map(async (key) => {
      try {
        texts[key] = await readFile(join(dir, DATASET_FILE_NAMES[key]), 'utf8')
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code
        // A missing file is left out: the validator reports it as "file is missing".
        if (code !== 'ENOENT') texts[key] = { error: code ?? String(e) }
      }
    }),
  )
  return texts
}

export async function loadDatasetDir(dir = 'data', options: ValidateOptions = {}): Promise<LoadedDataset> {
  return datasetFromTexts(await readDatasetTexts(dir), options)
}
