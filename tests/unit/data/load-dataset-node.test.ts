import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadDatasetDir } from '../../../src/data/load-dataset-node'
import { datasetFromTexts } from '../../../src/data/dataset-core'
import { formatErrors } from '../../../src/domain/dataset'
import { FIXTURE_DIR, FIXTURE_LANDMARKS, fixtureTexts } from '../../fixtures/dataset'

describe('loadDatasetDir', () => {
  it('loads, validates and indexes a dataset folder', async () => {
    const loaded = await loadDatasetDir(FIXTURE_DIR, { landmarkIds: FIXTURE_LANDMARKS })
    expect(loaded.ok).toBe(true)
    if (!loaded.ok) return
    expect(loaded.index.allTriggerPoints).toHaveLength(3)
    expect(loaded.index.tpById.get('ut_trp2')?.id).toBe('upper_trapezius_trp2')
  })

  it('reports every file of an empty folder as missing', async () => {
    const loaded = await loadDatasetDir(mkdtempSync(join(tmpdir(), 'tp-empty-')))
    expect(loaded.ok).toBe(false)
    if (loaded.ok) return
    expect(formatErrors(loaded.errors).split('\n')).toEqual(
      ['regions', 'muscles', 'conditions', 'sources', 'therapy'].map((f) => `${f}.json: (root): file is missing`),
    )
  })

  it('turns a file that is not JSON into one error with line and column', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tp-bad-'))
    for (const f of ['regions', 'muscles', 'conditions', 'sources', 'therapy']) {
      writeFileSync(join(dir, `${f}.json`), readFileSync(join(FIXTURE_DIR, `${f}.json`)))
    }
    writeFileSync(join(dir, 'sources.json'), '{\n  "sources": [\n    { "id": "a", }\n  ]\n}\n')
    const loaded = await loadDatasetDir(dir)
    expect(loaded.ok).toBe(false)
    if (loaded.ok) return
    expect(loaded.errors).toHaveLength(1)
    expect(loaded.errors[0]).toMatchObject({ file: 'sources.json', path: '(root)' })
    expect(loaded.errors[0]!.message).toMatch(/^not valid JSON: .*\(line 3, column 18\)$/)
  })
})

describe('datasetFromTexts', () => {
  it('says why a file could not be read instead of calling it missing', () => {
    const texts = { ...fixtureTexts(), muscles: { error: 'HTTP 404 for /data/muscles.json' } }
    const loaded = datasetFromTexts(texts)
    expect(loaded.ok).toBe(false)
    if (loaded.ok) return
    expect(formatErrors(loaded.errors)).toBe('muscles.json: (root): could not be read: HTTP 404 for /data/muscles.json')
  })

  it('keeps validating the other files when one is not JSON', () => {
    const texts: Record<string, string> = fixtureTexts()
    texts.therapy = 'not json'
    texts.conditions = texts.conditions!.replace('"tension_headache"', '"tension headache"')
    const loaded = datasetFromTexts(texts)
    if (loaded.ok) throw new Error('expected errors')
    expect(loaded.errors.map((e) => `${e.file} ${e.path}`)).toEqual(['conditions.json conditions[0].id', 'therapy.json (root)'])
  })
})
