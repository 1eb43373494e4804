// Browser loader: fetch the five dataset files (URLs from Vite's `?url`, so they are hashed
// static assets from the app's own origin), report progress, then the same parse-validate-index
// core as node. Never throws: a network failure is a dataset error like any other.
// Fetching is zod-free; the validator (dataset-core.ts, with zod) is imported on demand, so the
// app can draw the body before loading it (src/app/bootstrap.ts).
import regionsUrl from '../../data/regions.json?url'
import musclesUrl from '../../data/muscles.json?url'
import conditionsUrl from '../../data/conditions.json?url'
import sourcesUrl from '../../data/sources.json?url'
import therapyUrl from '../../data/therapy.json?url'
import { DATASET_FILE_KEYS, DATASET_FILE_NAMES, type DatasetFileKey, ROOT_PATH } from '../domain/dataset'
import type { ValidateOptions } from '../domain/validation'
import type { DatasetTexts, LoadedDataset } from './dataset-core'

export type { LoadedDataset } from './dataset-core'

export const DATASET_URLS: Record<DatasetFileKey, string> = {
  regions: regionsUrl,
  muscles: musclesUrl,
  conditions: conditionsUrl,
  sources: sourcesUrl,
  therapy: therapyUrl,
}

export interface DatasetProgress {
  /** files fetched so far */
  loaded: number
  total: number
  /** the file that just arrived (or failed) */
  file: string
}

export interface FetchDatasetOptions {
  onProgress?: (p: DatasetProgress) => void
  /** defaults to the global fetch; tests pass their own */
  fetch?: typeof fetch
  urls?: Record<DatasetFileKey, string>
}

async function fetchText(f: typeof fetch, url: string): Promise<string | { error: string }> {
  try {
    const res = await f(url)
    if (!res.ok) return { error: `HTTP ${res.status} for ${url}` }
    return await res.text()
  } catch (e) {
    return { error: `${e instanceof Error ? e.message : String(e)} (${url})` }
  }
}

export type LoadDatasetOptions = FetchDatasetOptions & ValidateOptions

/** The texts of the five files (or why each could not be fetched); never throws. */
export async function fetchDatasetTexts(options: FetchDatasetOptions = {}): Promise<DatasetTexts> {
  const f = options.fetch ?? (typeof globalThis.fetch === 'function' ? globalThis.fetch.bind(globalThis) : undefined)
  if (!f) return Object.fromEntries(DATASET_FILE_KEYS.map((k) => [k, { error: 'this browser cannot fetch files' }]))
  const urls = options.urls ?? DATASET_URLS
  const texts: DatasetTexts = {}
  let loaded = 0
  await Promise.all(
    DATASET_FILE_KEYS.map(async (key) => {
      texts[key] = await fetchText(f, urls[key])
      loaded += 1
      try {
        options.onProgress?.({ loaded, total: DATASET_FILE_KEYS.length, file: DATASET_FILE_NAMES[key] })
      } catch {
        // a failing progress callback must not abort the load
      }
    }),
  )
  return texts
}

/** Parses, validates (loading the validator) and indexes fetched texts. Never throws. */
export async function validateDatasetTexts(texts: DatasetTexts, options: ValidateOptions = {}): Promise<LoadedDataset> {
  let core: typeof import('./dataset-core')
  try {
    core = await import('./dataset-core')
  } catch (e) {
    const message = `the validator could not be loaded: ${e instanceof Error ? e.message : String(e)}`
    return { ok: false, errors: [{ file: '(dataset)', path: ROOT_PATH, message }] }
  }
  return core.datasetFromTexts(texts, options)
}

/** Fetch, then validate and index: the whole load in one call. */
export async function loadDataset(options: LoadDatasetOptions = {}): Promise<LoadedDataset> {
  return validateDatasetTexts(await fetchDatasetTexts(options), options)
}
