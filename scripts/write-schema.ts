// `npm run schema`: writes data/schema/<file>.schema.json from the zod schema (z.toJSONSchema).
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { DATASET_FILE_KEYS } from '../src/domain/validate'
import { datasetJsonSchemaText, schemaFileName, SCHEMA_DIR } from '../src/domain/dataset-json-schema'

if (process.argv.includes('--help')) {
  console.log('usage: npm run schema   writes data/schema/*.schema.json from src/domain/schema.ts')
  process.exit(0)
}
await mkdir(SCHEMA_DIR, { recursive: true })
for (const key of DATASET_FILE_KEYS) {
  const path = join(SCHEMA_DIR, schemaFileName(key))
  await writeFile(path, datasetJsonSchemaText(key))
  console.log(`wrote ${path}`)
}
