// The classic low-back, hip and leg patterns of issue 10 (patterns-b) as a person sees them:
// each opens by link on the left side at 1280x800, is painted from its own pattern and saved as a
// screenshot for the closing note. Visible skin points well inside the essential zone (chosen in
// node with the domain's patternWeightsAt and projected by the running scene) must be solid red
// on screen, and points clearly outside must not be, so the picture is the pattern we drew.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadBodyFile } from '../../src/data/load-body-node'
import { loadDatasetDir } from '../../src/data/load-dataset-node'
import type { DatasetIndex } from '../../src/domain/dataset'
import {
  compileRegions,
  createSkinIndex,
  type BodyModel,
  type CompiledRegions,
  type SkinIndex,
  type Vec3,
} from '../../src/domain/geometry'
import { compilePattern, patternWeightsAt } from '../../src/domain/pattern'
import {
  canvasPixels,
  closeBrowser,
  fraction,
  isPaintRed,
  nextFrames,
  openApp,
  screenshot,
  waitForCameraIdle,
  waitForPainted,
  waitForSceneReady,
} from './browser'

const CLASSICS = [
  'quadratus_lumborum_superficial_upper',
  'quadratus_lumborum_deep_upper',
  'gluteus_minimus_anterior_trp',
  'piriformis_lateral',
  'vastus_lateralis_mid',
  'soleus_trp1',
  'soleus_trp3',
  'tibialis_anterior_trp',
]

let body: BodyModel
let skin: SkinIndex
let index: DatasetIndex
let regions: CompiledRegions

beforeAll(async () => {
  const loaded = await loadDatasetDir('data')
  if (!loaded.ok) throw new Error('data/ is invalid')
  index = loaded.index
  body = await loadBodyFile()
  skin = createSkinIndex(body.mesh)
  regions = compileRegions(index.dataset.regions, body.landmarks, skin)
})

/** Up to 80 vertices each, well inside the essential zone, and clearly outside near it. */
function samples(tpId: string): { essential: boolean; point: Vec3; normal: Vec3 }[] {
  const pattern = compilePattern(index.tpById.get(tpId)!, 'L', { landmarks: body.landmarks, skin }, regions, index.regionById)
  const e = pattern.essentialBox
  const { positions: P, normals: N } = body.mesh
  const inside: { essential: boolean; point: Vec3; normal: Vec3 }[] = []
  const outside: typeof inside = []
  for (let v = 0; v < P.length / 3; v++) {
    const point: Vec3 = [P[v * 3]!, P[v * 3 + 1]!, P[v * 3 + 2]!]
    if (point.some((c, k) => c < e[k]! - 0.04 || c > e[k + 3]! + 0.04)) continue
    const normal: Vec3 = [N[v * 3]!, N[v * 3 + 1]!, N[v * 3 + 2]!]
    const w = patternWeightsAt(pattern, ...point, ...normal)
    if (w.essential >= 0.95) inside.push({ essential: true, point, normal })
    else if (w.essential + w.spillover === 0) outside.push({ essential: false, point, normal })
  }
  const spread = <T>(list: T[]) => list.filter((_, i) => i % Math.max(1, Math.floor(list.length / 80)) === 0)
  return [...spread(inside), ...spread(outside)]
}

describe('atlas, patterns-b: the classic low-back, hip and leg patterns', () => {
  afterAll(closeBrowser)

  for (const tpId of CLASSICS) {
    it(`paints ${tpId} (left) from its own pattern`, async () => {
      expect(index.tpById.get(tpId)?.pattern, `${tpId} has its own pattern`).toBeDefined()
      const app = await openApp(`?tp=${tpId}&side=L`)
      const { page } = app
      await waitForSceneReady(page)
      await waitForPainted(page, `${tpId}:L`)
      await waitForCameraIdle(page)
      await nextFrames(page)
      await screenshot(page, `atlas-${tpId}-L-desktop`)
      const list = samples(tpId)
      const screen = await page.evaluate((pts) => pts.map((s) => window.__tpx!.projectSkinPoint(s.point, s.normal)), list)
      let solid = 0
      let solidTotal = 0
      let clear = 0
      let clearTotal = 0
      for (let i = 0; i < list.length; i++) {
        const at = screen[i]!
        if (!at.visible) continue
        const red = fraction(await canvasPixels(page, Math.round(at.x), Math.round(at.y), 1), isPaintRed)
        if (list[i]!.essential) {
          solidTotal++
          if (red >= 0.6) solid++
        } else {
          clearTotal++
          if (red === 0) clear++
        }
      }
      console.log(`${tpId}: essential ${solid}/${solidTotal} red, outside ${clear}/${clearTotal} clear`)
      expect(solidTotal, 'visible essential samples').toBeGreaterThan(10)
      expect(solid / solidTotal).toBeGreaterThanOrEqual(0.85)
      if (clearTotal >= 10) expect(clear / clearTotal).toBeGreaterThanOrEqual(0.85)
      expect(app.consoleErrors).toEqual([])
      await app.close()
    })
  }
})
