// `npm run build:body`: rebuild public/models/body.glb from the vendored MakeHuman mesh
// (assets/makehuman/, CC0). Deterministic: same inputs, same bytes.
import { writeFileSync } from 'node:fs'
import { buildBodyGlb } from './body/build'

const BODY_GLB_PATH = 'public/models/body.glb'

const t0 = performance.now()
try {
  const glb = await buildBodyGlb()
  writeFileSync(BODY_GLB_PATH, glb)
  console.log(`wrote ${BODY_GLB_PATH}: ${glb.byteLength} bytes in ${((performance.now() - t0) / 1000).toFixed(1)} s`)
} catch (err) {
  console.error(`build:body failed: ${err instanceof Error ? err.message : String(err)}`)
  process.exit(1)
}
