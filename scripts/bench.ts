// `npm run bench`: measures the budgets of DESIGN section 8 (numbers in budgets.json) and exits
// non-zero when one is over budget. Browser figures come from Debian's headless Chromium with
// software WebGL (SwiftShader), the slowest machine we support, so they are pessimistic.
import { readFileSync, statSync, readdirSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { join } from 'node:path'
import { execSync } from 'node:child_process'
import { loadDatasetDir } from '../src/data/load-dataset-node.ts'
import { loadBodyFile } from '../src/data/load-body-node.ts'
import { benchPaintedRanking, benchRanking, median } from './bench/ranking.ts'
import { benchPaint } from './bench/paint.ts'
import { benchBrowser } from './bench/browser.ts'
import { type Budget, printReport } from './bench/report.ts'
import { benchMuscleBytes } from './bench/muscles.ts'

const budgets = JSON.parse(readFileSync('budgets.json', 'utf8')) as Record<string, Budget>

async function main(): Promise<void> {
  const results: Record<string, number> = {}

  results.modelBytes = statSync('public/models/body.glb').size

  const dataFiles = readdirSync('data').filter((f) => f.endsWith('.json'))
  results.datasetGzipBytes = dataFiles.reduce((n, f) => n + gzipSync(readFileSync(join('data', f))).length, 0)

  // Load + validate + index, warm (the first call pays for module JIT, as a page load would once).
  await loadDatasetDir('data')
  const loadTimes: number[] = []
  for (let i = 0; i < 15; i++) {
    const t0 = performance.now()
    const r = await loadDatasetDir('data')
    if (!r.ok) throw new Error('data/ does not validate: run npm run validate')
    loadTimes.push(performance.now() - t0)
  }
  results.datasetLoadValidateIndexMs = median(loadTimes)

  const body = await loadBodyFile('public/models/body.glb')
  results.rankTenPointsMs = await benchRanking(body)
  // the finder's painted drawing (about 2000 painted vertices: temple to the side of the neck)
  const painted = await benchPaintedRanking(body, 2000)
  results.rankPaintedDrawingMs = painted.warm
  results.rankPaintedDrawingColdMs = painted.cold
  results.rankPaintedDrawingSmallMs = (await benchPaintedRanking(body, 200)).warm
  Object.assign(results, await benchPaint(body))

  // measure what the sources build to now, never a stale dist/ (its messages go to stderr, so
  // `--json` leaves stdout to the JSON alone)
  execSync('npx vite build --logLevel warn', { stdio: ['ignore', 2, 2] })
  Object.assign(results, await benchBrowser())
  Object.assign(results, benchMuscleBytes())

  const failed = printReport(results, budgets, process.argv.includes('--json'), {
    out: (line) => console.log(line),
    err: (line) => console.error(line),
  })
  if (failed > 0) {
    console.error(`${failed} budget(s) exceeded`)
    process.exit(1)
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e)
  process.exit(1)
})
