// `npm run schema`: writes data/schema/<file>.schema.json from the zod schema (z.toJSONSchema).
// `npm run schema -- --check` writes nothing and exits 1 when a committed file is stale.
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { DATASET_FILE_KEYS } from '../src/domain/dataset'
import { datasetJsonSchemaText, schemaFileName, SCHEMA_DIR } from '../src/domain/validation'

const args = process.argv.slice(2)
if (args.includes('--help')) {
  console.log('usage: npm run schema [-- --check]   writes (or checks) data/schema/*.schema.json from src/domain/schema.ts')
  process.exit(0)
}
const check = args.includes('--check')
let stale = 0
await mkdir(SCHEMA_DIR, { recursive: true })
for (const key of DATASET_FILE_KEYS) {
  const path = join(SCHEMA_DIR, schemaFileName(key))
  const text = datasetJsonSchemaText(key)
  if (check) {
    const committed = await readFile(path, 'utf8').catch(() => null)
    if (committed !== text) {
      stale++
      console.error(`${path}: stale, run \`npm run schema\``)
    }
  } else {
    await writeFile(path, text)
    console.log(`wrote ${path}`)
  }
}
if (check && stale === 0) console.log(`${SCHEMA_DIR}: up to date`)
process.exitCode = stale > 0 ? 1 : 0
