// What the muscles (issue 10) add, from the built app in dist/: the gzip bytes of the lazy
// muscle layer (MuscleLayer, MusclesPanel and every chunk they import that index.html does not
// already load before the first frame), fetched only when the first muscle is shown; and the
// outlines' share of the dataset's gzip (muscles.json with and without its `outline` fields).
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

const gz = (text: string | Buffer): number => gzipSync(text).length

export function benchMuscleBytes(dist = 'dist'): { muscleLayerGzipBytes: number; muscleOutlinesGzipBytes: number } {
  const assets = join(dist, 'assets')
  const files = readdirSync(assets)
  const html = readFileSync(join(dist, 'index.html'), 'utf8')
  const firstFrame = new Set([...html.matchAll(/assets\/([^"']+)/g)].map((m) => m[1]!))
  const todo = files.filter((f) => /^(MuscleLayer|MusclesPanel)-.*\.(js|css)$/.test(f))
  if (!todo.some((f) => f.startsWith('MuscleLayer-'))) throw new Error(`no MuscleLayer chunk in ${assets}`)
  const seen = new Set<string>()
  let bytes = 0
  while (todo.length > 0) {
    const f = todo.pop()!
    if (seen.has(f) || firstFrame.has(f)) continue
    seen.add(f)
    const text = readFileSync(join(assets, f))
    bytes += gz(text)
    for (const m of text.toString('utf8').matchAll(/(?:from|import\()\s*"\.\/([^"]+)"/g)) todo.push(m[1]!)
  }
  const muscles = JSON.parse(readFileSync('data/muscles.json', 'utf8')) as { muscles: { outline?: unknown }[] }
  const raw = readFileSync('data/muscles.json')
  const without = JSON.stringify({ ...muscles, muscles: muscles.muscles.map(({ outline: _, ...m }) => m) }, null, 2)
  const withAll = JSON.stringify(muscles, null, 2)
  // the share measured on one formatting for both, scaled to the file as stored
  const share = (gz(withAll) - gz(without)) / gz(withAll)
  return { muscleLayerGzipBytes: bytes, muscleOutlinesGzipBytes: Math.round(share * gz(raw)) }
}
