// Start-up: fetch the dataset and the body model in parallel (with progress), publish the body
// as soon as it parses (the first 3D frame does not wait for the data), then, after that first
// frame, load the validator and validate the dataset (zod is not needed to draw the body, so it
// is not in the JavaScript before the first frame), then derive what the explore loop needs:
// trigger point markers on the skin (both sides) and per-vertex region weights for painting,
// computed in a worker so the page stays responsive. Every failure ends in the data store's
// 'error' state with readable errors (file and JSON path, derive.ts), never a throw.
import { parseBodyGlb, type LoadedBody } from '../data/load-body'
import { fetchDatasetTexts, validateDatasetTexts } from '../data/load-dataset'
import { ROOT_PATH, type DatasetError } from '../domain/dataset'
import { compileRegions, createSkinIndex } from '../domain/geometry'
import type { Region } from '../domain/validation'
import { useData, type RegionVertexWeights } from '../state/data-store'
import { derivationFailure, locateRegionError, placeMarkers, regionWeightsHere } from './derive'
import { fetchBytes } from './fetch-progress'
import { startLanguage } from './language'
import type { RegionWeightsRequest, RegionWeightsResponse } from './region-weights.worker'

export const BODY_URL = `${import.meta.env.BASE_URL}models/body.glb`
const BODY_FILE = 'models/body.glb'

/** Share of the progress bar: the model is the big download, derivation the long computation. */
const SHARE = { dataset: 0.15, body: 0.55, derive: 0.3 }

async function timed<T>(step: string, work: () => T | Promise<T>): Promise<T> {
  const started = performance.now()
  const result = await work()
  useData.getState().setTiming(step, performance.now() - started)
  return result
}

const failure = (file: string, error: unknown): DatasetError => ({
  file,
  path: ROOT_PATH,
  message: error instanceof Error ? error.message : String(error),
})

/**
 * Region weights in a worker (it compiles the regions itself); on the main thread if workers
 * are unavailable or fail, which also locates a region that does not compile (derive.ts).
 */
function regionWeights(regions: Region[], body: LoadedBody): Promise<RegionVertexWeights> {
  return new Promise((resolve, reject) => {
    const inline = () => {
      try {
        resolve(regionWeightsHere(regions, body))
      } catch (e) {
        reject(e)
      }
    }
    let worker: Worker
    try {
      worker = new Worker(new URL('./region-weights.worker.ts', import.meta.url), { type: 'module' })
    } catch {
      inline()
      return
    }
    worker.onmessage = (event: MessageEvent<RegionWeightsResponse>) => {
      worker.terminate()
      if (event.data.ok) {
        useData.getState().setTiming('regionWeightsInWorker', event.data.ms)
        resolve(event.data.weights)
      } else inline()
    }
    worker.onerror = (event) => {
      event.preventDefault()
      worker.terminate()
      inline()
    }
    const request: RegionWeightsRequest = {
      regions,
      landmarks: [...body.landmarks.values()],
      positions: body.mesh.positions,
      normals: body.mesh.normals,
    }
    worker.postMessage(request)
  })
}

export interface BootstrapOptions {
  /** false: no 3D view will be shown; the model is still loaded for the region geometry */
  webgl: boolean
}

let started = false

// `data-status` on <body> (loading | ready | error) for tests that do not wait for the 3D view
useData.subscribe((s) => {
  if (document.body.dataset.status !== s.status) document.body.dataset.status = s.status
})

export function startBootstrap({ webgl }: BootstrapOptions): void {
  if (started) return
  started = true
  document.body.dataset.status = 'loading'
  void bootstrap(webgl)
}

async function bootstrap(webgl: boolean): Promise<void> {
  const store = useData.getState()
  const fraction = { dataset: 0, body: 0, derive: 0 }
  const report = () =>
    store.setProgress(SHARE.dataset * fraction.dataset + SHARE.body * fraction.body + SHARE.derive * fraction.derive)
  const errors: DatasetError[] = []

  // fetched now, validated after the first frame: the validator (zod) is not needed to draw the body
  const textsTask = timed('fetchDataset', () =>
    fetchDatasetTexts({
      onProgress: (p) => {
        fraction.dataset = p.loaded / p.total
        report()
      },
    }),
  )

  const bodyTask = (async () => {
    try {
      const bytes = await timed('fetchBody', () =>
        fetchBytes(BODY_URL, (f) => {
          fraction.body = f * 0.8
          report()
        }),
      )
      const body = await timed('parseBody', () => parseBodyGlb(bytes))
      fraction.body = 1
      report()
      performance.mark('tpx:body-parsed')
      store.setBody(body)
      return body
    } catch (error) {
      errors.push(failure(BODY_FILE, error))
      return null
    }
  })()

  const [texts, body] = await Promise.all([textsTask, bodyTask])
  if (webgl && body) await firstFrameShown()
  const dataset = await timed('dataset', () => validateDatasetTexts(texts))
  if (!dataset.ok) errors.unshift(...dataset.errors)
  if (!dataset.ok || !body) {
    store.fail(errors)
    return
  }
  // in the person's language (the English dataset when they read English)
  await startLanguage(dataset)
  try {
    // the long computation starts at once, in its worker; the rest waits for the first frame
    const weightsTask = timed('regionWeights', () => regionWeights(dataset.dataset.regions, body))
    // reported below, with whatever fails first
    weightsTask.catch(() => {})
    const skin = await timed('skinIndex', () => createSkinIndex(body.mesh))
    store.setSkin(skin)
    // the compiled region shapes paint a trigger point that has no drawn pattern of its own
    // (its named regions); cheap (shapes, not vertices), and strokes need the skin
    const regions = await timed('compileRegions', () => {
      try {
        return compileRegions(dataset.dataset.regions, body.landmarks, skin)
      } catch (e) {
        throw locateRegionError(dataset.dataset.regions, body.landmarks, e)
      }
    })
    const markers = await timed('placeMarkers', () => placeMarkers(dataset.dataset, body, skin))
    fraction.derive = 0.3
    report()
    store.setDerived({ regions, regionWeights: await weightsTask, markers })
  } catch (error) {
    store.fail([derivationFailure(error)])
  }
}

/** Resolves after the first 3D frame (data-scene-ready), or after a few seconds whatever happens. */
function firstFrameShown(): Promise<void> {
  return new Promise((resolve) => {
    if (document.body.dataset.sceneReady === '1') return resolve()
    const observer = new MutationObserver(() => {
      if (document.body.dataset.sceneReady !== '1') return
      done()
    })
    const timer = window.setTimeout(() => done(), 4000)
    const done = () => {
      observer.disconnect()
      window.clearTimeout(timer)
      resolve()
    }
    observer.observe(document.body, { attributes: true, attributeFilter: ['data-scene-ready'] })
  })
}
