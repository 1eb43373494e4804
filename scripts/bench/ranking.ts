// Ranking time for a pain drawing of 10 skin points (DESIGN section 8): from skin points to
// regions (the one geometry) to the ranked list, exactly the path the finder and the CLI take.
import type { LoadedBody } from '../../src/data/load-body'
import { loadDatasetDir } from '../../src/data/load-dataset-node'
import { createSkinIndex } from '../../src/domain/geometry'
import { compileRegions, regionsAt } from '../../src/domain/geometry'
import { placeOnSkin, parsePlacementArg } from '../../src/domain/geometry'
import { painSpotsFromHits } from '../../src/domain/pain'
import { prepareRanking, rankTriggerPoints } from '../../src/domain/ranking'

/** Ten points of a typical drawing: a right-sided headache with neck and shoulder pain. */
const DRAWING = [
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

export async function benchRanking(body: LoadedBody): Promise<number> {
  const loaded = await loadDatasetDir('data')
  if (!loaded.ok) throw new Error('data/ does not validate')
  const skin = createSkinIndex(body.mesh)
  const compiled = compileRegions(loaded.dataset.regions, body.landmarks)
  const points = DRAWING.map((id) =>
    placeOnSkin({ landmarks: body.landmarks, skin }, parsePlacementArg('at', id), id.endsWith('.L') ? 'L' : 'R'),
  )
  const prepared = prepareRanking(loaded.dataset)

  const run = () => rankTriggerPoints({ spots: painSpotsFromHits(points.map((p) => regionsAt(compiled, p))) }, prepared)
  for (let i = 0; i < 50; i++) run() // warm the JIT, as a second click in the app would be
  const n = 500
  const t0 = performance.now()
  for (let i = 0; i < n; i++) run()
  return (performance.now() - t0) / n
}
