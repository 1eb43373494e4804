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

  // many schema errors in one file (each region loses its id), plus one file that cannot be read
  const flood = () => {
    const texts: Record<string, string | { error: string }> = fixtureTexts()
    const regions = JSON.parse(texts.regions as string) as { regions: { id?: string }[] }
    for (const r of regions.regions) delete r.id
    texts.regions = JSON.stringify(regions)
    texts.therapy = { error: 'HTTP 500 for /data/therapy.json' }
    return texts
  }
  const errorsOf = (maxErrors: number) => {
    const loaded = datasetFromTexts(flood(), { maxErrors })
    if (loaded.ok) throw new Error('expected errors')
    return loaded.errors
  }

  it('caps the read errors and the validator errors together, with the right count of the rest', () => {
    const all = errorsOf(10_000)
    expect(all.some((e) => e.message.endsWith('not shown'))).toBe(false)
    expect(all.length).toBeGreaterThan(4)
    const shown = errorsOf(3)
    expect(shown).toHaveLength(4)
    expect(shown.slice(0, 3)).toEqual(all.slice(0, 3))
    expect(shown[3]).toEqual({ file: '(dataset)', path: '(root)', message: `${all.length - 3} more errors not shown` })
  })

  it('never cuts off the "more errors not shown" line when a read error is added', () => {
    const all = errorsOf(10_000)
    // the cap falls on the read error (therapy.json is the last file): the count line stays last
    const shown = errorsOf(all.length - 1)
    expect(shown.at(-2)).toEqual(all.at(-2))
    expect(shown.at(-1)).toEqual({ file: '(dataset)', path: '(root)', message: '1 more error not shown' })
    expect(errorsOf(all.length)).toEqual(all)
  })
})
