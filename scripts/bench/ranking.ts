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
import { brushDab, emptyDrawing, painSpotsFromHits, paintInPlace, samplePainted } from '../../src/domain/pain'
import { patternCache } from '../../src/domain/pattern'
import { rankPaintedDrawing, rankTriggerPoints } from '../../src/domain/ranking'

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

/**
 * Ranking a painted drawing as the finder does (issue 10): the painted vertices sampled into at
 * most 100 area-weighted skin points, ranked against every trigger point's drawn pattern. The
 * drawing: brush dabs over the right temple, behind the ear and down the side of the neck, with a
 * radius giving about `targetVertices` painted vertices. The first ranking also compiles every
 * pattern (reported as `rankPaintedDrawingColdMs`); the budget is for the warm ranking a stroke
 * repeats.
 */
export async function benchPaintedRanking(
  body: LoadedBody,
  targetVertices = 2000,
  batches = 21,
  perBatch = 5,
): Promise<{ warm: number; cold: number; vertices: number; points: number }> {
  const loaded = await loadDatasetDir('data')
  if (!loaded.ok) throw new Error('data/ does not validate')
  const skin = createSkinIndex(body.mesh)
  const regions = compileRegions(loaded.dataset.regions, body.landmarks, skin)
  const patternOf = patternCache({ body: { landmarks: body.landmarks, skin }, regions, regionById: loaded.index.regionById })
  const ctx = { prepared: loaded.ranking, regions, patternOf }
  const d = paintedDrawing(body, skin, targetVertices)
  let vertices = 0
  for (const w of d) if (w > 0) vertices++
  const t0 = performance.now()
  rankPaintedDrawing(d, body.mesh, ctx)
  const cold = performance.now() - t0
  for (let i = 0; i < 5; i++) rankPaintedDrawing(d, body.mesh, ctx)
  const times: number[] = []
  for (let b = 0; b < batches; b++) {
    const t = performance.now()
    for (let i = 0; i < perBatch; i++) rankPaintedDrawing(d, body.mesh, ctx)
    times.push((performance.now() - t) / perBatch)
  }
  return { warm: median(times), cold, vertices, points: samplePainted(d, body.mesh).points.length }
}

const PAINTED_PATH = ['temple.R', 'mastoid.R', 'neck-lateral.R']

/** Dabs along the path (every 1 cm), the radius grown until about `target` vertices are painted. */
function paintedDrawing(body: LoadedBody, skin: ReturnType<typeof createSkinIndex>, target: number): Uint8Array {
  const at = PAINTED_PATH.map((id) => placeOnSkin({ landmarks: body.landmarks, skin }, parsePlacementArg('at', id), 'R'))
  const paint = (radius: number): Uint8Array => {
    const d = emptyDrawing(body.mesh.positions.length / 3)
    for (let i = 1; i < at.length; i++) {
      const a = at[i - 1]!.point
      const b = at[i]!.point
      const steps = Math.max(1, Math.round(Math.hypot(b[0] - a[0], b[1] - a[1], b[2] - a[2]) / 0.01))
      for (let s = 0; s <= steps; s++) {
        const t = s / steps
        const q = placeOnSkin(
          { landmarks: body.landmarks, skin },
          parsePlacementArg('between', `${PAINTED_PATH[i - 1]},${PAINTED_PATH[i]},${t}`),
          'R',
        )
        const dab = brushDab(skin, q.point, q.normal, radius)
        paintInPlace(d, dab.ids, dab.weights, false)
      }
    }
    return d
  }
  const count = (d: Uint8Array): number => d.reduce((n, w) => n + (w > 0 ? 1 : 0), 0)
  let lo = 0.002
  let hi = 0.15
  for (let i = 0; i < 14; i++) {
    const mid = (lo + hi) / 2
    if (count(paint(mid)) < target) lo = mid
    else hi = mid
  }
  return paint(hi)
}
