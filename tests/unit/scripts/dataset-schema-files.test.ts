// The JSON Schema files in data/schema/ are generated from src/domain/schema.ts; this fails when
// someone changed the zod schema and forgot `npm run schema`.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DATASET_FILE_KEYS } from '../../../src/domain/dataset'
import { datasetJsonSchema, datasetJsonSchemaText, schemaFileName, SCHEMA_DIR } from '../../../src/domain/validation'

describe('data/schema/*.schema.json', () => {
  for (const key of DATASET_FILE_KEYS) {
    it(`${schemaFileName(key)} is up to date (run \`npm run schema\` if not)`, () => {
      const committed = readFileSync(join(SCHEMA_DIR, schemaFileName(key)), 'utf8')
      expect(committed).toBe(datasetJsonSchemaText(key))
    })
  }

  it('describes the ids with the same pattern the validator uses', () => {
    const text = JSON.stringify(datasetJsonSchema('muscles'))
    expect(text).toContain('^[a-z0-9]+(_[a-z0-9]+)*$')
    expect(datasetJsonSchema('muscles')).toMatchObject({
      type: 'object',
      required: ['muscleGroups', 'muscles'],
      additionalProperties: false,
    })
  })
})
