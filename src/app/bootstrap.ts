// Start-up: fetch the dataset and the body model in parallel (with progress), publish the body
// as soon as it parses (the first 3D frame does not wait for the data), then derive what the
// explore loop needs: compiled regions, trigger point markers on the skin (both sides) and
// per-vertex region weights for painting, computed in a worker so the page stays responsive.
// Every failure ends in the data store's 'error' state with readable errors, never a throw.
import { parseBodyGlb, type LoadedBody } from '../data/load-body'
import { loadDataset } from '../data/load-dataset'
import type { Side } from '../domain/geometry'
import { ROOT_PATH, type DatasetError } from '../domain/dataset'
import type { DatasetIndex } from '../domain/dataset'
import { placeOnSkin } from '../domain/geometry'
import { compileRegions, vertexRegionWeights, type CompiledRegions } from '../domain/geometry'
import type { Region } from '../domain/validation'
import { createSkinIndex, type SkinIndex } from '../domain/geometry'
import { useData, type RegionVertexWeights, type TpMarker } from '../state/data-store'
import { fetchBytes } from './fetch-progress'
import type { RegionWeightsRequest, RegionWeightsResponse } from './region-weights.worker'

export const BODY_URL = `${import.meta.env.BASE_URL}models/body.glb`
const BODY_FILE = 'models/body.glb'

const SIDES: readonly Side[] = ['L', 'R']

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

function placeMarkers(index: DatasetIndex, body: LoadedBody, skin: SkinIndex): Record<Side, TpMarker[]> {
  const markers: Record<Side, TpMarker[]> = { L: [], R: [] }
  for (const tp of index.allTriggerPoints) {
    for (const side of SIDES) {
      const { point, normal } = placeOnSkin({ landmarks: body.landmarks, skin }, tp.placement, side)
      markers[side].push({ tpId: tp.id, side, point, normal })
    }
  }
  return markers
}

/** Region weights in a worker; on the main thread if workers are unavailable or fail. */
function regionWeights(regions: Region[], body: LoadedBody, compiled: CompiledRegions): Promise<RegionVertexWeights> {
  return new Promise((resolve) => {
    const inline = () => resolve(vertexRegionWeights(compiled, body.mesh))
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

  const datasetTask = timed('dataset', () =>
    loadDataset({
      onProgress: (p) => {
        fraction.dataset = p.loaded / p.total
        report()
      },
    }),
  ).then((loaded) => {
    if (!loaded.ok) {
      errors.push(...loaded.errors)
      return null
    }
    store.setDataset(loaded.dataset, loaded.index, loaded.ranking)
    return loaded
  })

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

  const [dataset, body] = await Promise.all([datasetTask, bodyTask])
  if (!dataset || !body) {
    store.fail(errors)
    return
  }
  try {
    const compiled = await timed('compileRegions', () => compileRegions(dataset.dataset.regions, body.landmarks))
    // the long computation starts at once, in its worker; the rest waits for the first frame
    const weightsTask = timed('regionWeights', () => regionWeights(dataset.dataset.regions, body, compiled))
    if (webgl) await firstFrameShown()
    const skin = await timed('skinIndex', () => createSkinIndex(body.mesh))
    store.setSkin(skin)
    const markers = await timed('placeMarkers', () => placeMarkers(dataset.index, body, skin))
    fraction.derive = 0.3
    report()
    store.setDerived({ regions: compiled, regionWeights: await weightsTask, markers })
  } catch (error) {
    store.fail([failure('regions.json', error)])
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
