// Ranking time for a pain drawing of 10 skin points (DESIGN section 8): from skin points to
// regions (the one geometry) to the ranked list, exactly the path the finder and the CLI take,
// with the ranking prepared once next to the dataset index as in the app. Reported as the
// median over batches (STYLE: fixed inputs, warm-up, median), so a GC pause in one batch does
// not move the figure.
import type { LoadedBody } from '../../src/data/load-body'
import { loadDatasetDir } from '../../src/data/load-dataset-node'
import { createSkinIndex } from '../../src/domain/geometry'
import { compileRegions, regionsAt } from '../../src/domain/geometry'
import { placeOnSkin, parsePlacementArg } from '../../src/domain/geometry'
import { painSpotsFromHits } from '../../src/domain/pain'
import { rankTriggerPoints } from '../../src/domain/ranking'

/** Ten points of a typical drawing: a right-sided headache with neck and shoulder pain. */
export const DRAWING = [
  'temple.R',
  'mastoid.R',
  'neck-lateral.R',
  'suboccipital.R',
  'eyebrow-lateral.R',
  'mandible-angle.R',
  'acromion.R',
  'scapula-superior-angle.R',
  'c7',
  'tmj.R',
]

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length === 0 ? NaN : s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}

/** Milliseconds per ranking of the drawing: the median of `batches` batches of `perBatch` runs. */
export async function benchRanking(body: LoadedBody, batches = 51, perBatch = 20): Promise<number> {
  const loaded = await loadDatasetDir('data')
  if (!loaded.ok) throw new Error('data/ does not validate')
  const skin = createSkinIndex(body.mesh)
  const compiled = compileRegions(loaded.dataset.regions, body.landmarks)
  const points = DRAWING.map((id) =>
    placeOnSkin({ landmarks: body.landmarks, skin }, parsePlacementArg('at', id), id.endsWith('.L') ? 'L' : 'R'),
  )
  const prepared = loaded.ranking

  const run = () => rankTriggerPoints({ spots: painSpotsFromHits(points.map((p) => regionsAt(compiled, p))) }, prepared)
  for (let i = 0; i < 50; i++) run() // warm the JIT, as a second click in the app would be
  const times: number[] = []
  for (let b = 0; b < batches; b++) {
    const t0 = performance.now()
    for (let i = 0; i < perBatch; i++) run()
    times.push((performance.now() - t0) / perBatch)
  }
  return median(times)
}
