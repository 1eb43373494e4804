// The CPU part of selecting a trigger point (issue 9/10): compile its pattern (own shapes or
// named regions) for one side and paint it into the per-vertex arrays, exactly what
// usePatternPaint does on a selection. Median and worst over every trigger point, in node.
import type { LoadedBody } from '../../src/data/load-body'
import { loadDatasetDir } from '../../src/data/load-dataset-node'
import { compileRegions, createSkinIndex } from '../../src/domain/geometry'
import { compilePattern, patternPaint } from '../../src/domain/pattern'

export async function benchPaint(body: LoadedBody): Promise<{ paintPatternMs: number; paintPatternWorstMs: number }> {
  const loaded = await loadDatasetDir('data')
  if (!loaded.ok) throw new Error('data/ does not validate')
  const skin = createSkinIndex(body.mesh)
  const regions = compileRegions(loaded.dataset.regions, body.landmarks, skin)
  const n = body.mesh.positions.length / 3
  const out = { essential: new Float32Array(n), spillover: new Float32Array(n) }
  const once = (tpIndex: number) => {
    const tp = loaded.index.allTriggerPoints[tpIndex]!
    const t0 = performance.now()
    patternPaint(compilePattern(tp, 'R', { landmarks: body.landmarks, skin }, regions, loaded.index.regionById), body.mesh, out)
    return performance.now() - t0
  }
  const count = loaded.index.allTriggerPoints.length
  for (let i = 0; i < count; i++) once(i) // warm the JIT
  const times = Array.from({ length: count }, (_, i) => Math.min(once(i), once(i), once(i)))
  times.sort((a, b) => a - b)
  return { paintPatternMs: times[Math.floor(count / 2)]!, paintPatternWorstMs: times[count - 1]! }
}
