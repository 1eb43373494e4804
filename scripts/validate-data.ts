// `npm run validate -- [path]` (DESIGN section 7): validates a folder laid out like data/.
// Prints `<file>: <path>: <message>` per error and exits 1, or one OK line with counts.
// Placements are checked against the landmarks of public/models/body.glb when it exists.
import { existsSync, statSync } from 'node:fs'
import { loadDatasetDir } from '../src/data/load-dataset-node'
import { loadBodyFile, BODY_GLB_FILE } from '../src/data/load-body-node'
import { formatErrors } from '../src/domain/dataset'
import { escapeUnsafe, quoteInput } from '../src/domain/text'
import { loadTranslationsDir } from '../src/data/load-translations-node'

const USAGE = `usage: npm run validate -- [path] [--json]
  path    a folder laid out like data/ (default: data)
  --json  print {"ok":true,"counts":{...}} or {"ok":false,"errors":[{file,path,message}]}`

async function landmarkIds(): Promise<ReadonlySet<string> | undefined> {
  if (!existsSync(BODY_GLB_FILE)) {
    console.error(`note: ${BODY_GLB_FILE} not found, landmark names are not checked`)
    return undefined
  }
  try {
    return new Set((await loadBodyFile()).landmarks.keys())
  } catch (e) {
    console.error(`note: ${escapeUnsafe(e instanceof Error ? e.message : String(e))}; landmark names are not checked`)
    return undefined
  }
}

async function main(): Promise<number> {
  const args = process.argv.slice(2)
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE)
    return 0
  }
  const json = args.includes('--json')
  const positional = args.filter((a) => !a.startsWith('--'))
  const unknown = args.filter((a) => a.startsWith('--') && a !== '--json')
  if (unknown.length > 0 || positional.length > 1) {
    console.error(`unexpected argument ${quoteInput(unknown[0] ?? positional[1]!)}\n${USAGE}`)
    return 2
  }
  const dir = positional[0] ?? 'data'
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    console.error(`${quoteInput(dir)}: not a folder\n${USAGE}`)
    return 2
  }
  const loaded = await loadDatasetDir(dir, { landmarkIds: await landmarkIds() })
  if (!loaded.ok) {
    if (json) console.log(escapeUnsafe(JSON.stringify({ ok: false, errors: loaded.errors })))
    else console.log(formatErrors(loaded.errors))
    console.error(`${escapeUnsafe(dir)}: ${loaded.errors.length} error${loaded.errors.length === 1 ? '' : 's'}`)
    return 1
  }
  const d = loaded.dataset
  const { translations, errors: translationErrors } = loadTranslationsDir(dir, d)
  if (translationErrors.length > 0) {
    if (json) console.log(JSON.stringify({ ok: false, errors: translationErrors }))
    else console.log(formatErrors(translationErrors))
    console.error(`${dir}: ${translationErrors.length} translation error${translationErrors.length === 1 ? '' : 's'}`)
    return 1
  }
  const counts = {
    muscles: d.muscles.length,
    triggerPoints: loaded.index.allTriggerPoints.length,
    regions: d.regions.length,
    conditions: d.conditions.length,
    sources: d.sources.length,
    languages: 1 + translations.size,
  }
  if (json) console.log(JSON.stringify({ ok: true, counts }))
  else
    console.log(
      `${escapeUnsafe(dir)}: OK, ${counts.muscles} muscles, ${counts.triggerPoints} trigger points, ${counts.regions} regions, ${counts.conditions} conditions, ${counts.sources} sources${counts.languages > 1 ? `, ${counts.languages} languages` : ''}`,
    )
  return 0
}

process.exitCode = await main()
