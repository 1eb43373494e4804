// `npm run bench`: measures the budgets of DESIGN section 8 (numbers in budgets.json) and exits
// non-zero when one is over budget. Browser figures come from Debian's headless Chromium with
// software WebGL (SwiftShader), the slowest machine we support, so they are pessimistic.
import { readFileSync, statSync, readdirSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { join } from 'node:path'
import { execSync } from 'node:child_process'
import { loadDatasetDir } from '../src/data/load-dataset-node.ts'
import { loadBodyFile } from '../src/data/load-body-node.ts'
import { benchRanking } from './bench/ranking.ts'
import { benchPaint } from './bench/paint.ts'
import { benchBrowser } from './bench/browser.ts'
import { benchMuscleBytes } from './bench/muscles'

interface Budget {
  budget: number
  aim: number
}
const budgets = JSON.parse(readFileSync('budgets.json', 'utf8')) as Record<string, Budget>

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)] ?? NaN
}

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
  Object.assign(results, await benchPaint(body))

  // measure what the sources build to now, never a stale dist/
  execSync('npx vite build --logLevel warn', { stdio: 'inherit' })
  Object.assign(results, await benchBrowser())
  Object.assign(results, benchMuscleBytes())

  let failed = 0
  console.log('what'.padEnd(30), 'measured'.padStart(12), 'budget'.padStart(12), 'aim'.padStart(12), '')
  for (const [key, value] of Object.entries(results)) {
    const b = budgets[key]
    if (!b) continue
    const status = value <= b.aim ? 'ok (within aim)' : value <= b.budget ? 'ok' : 'OVER BUDGET'
    if (value > b.budget) failed++
    const fmt = (n: number) => (n >= 1000 ? Math.round(n).toString() : n.toFixed(3))
    console.log(key.padEnd(30), fmt(value).padStart(12), fmt(b.budget).padStart(12), fmt(b.aim).padStart(12), status)
  }
  if (process.argv.includes('--json')) console.log(JSON.stringify(results))
  if (failed > 0) {
    console.error(`${failed} budget(s) exceeded`)
    process.exit(1)
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e)
  process.exit(1)
})
