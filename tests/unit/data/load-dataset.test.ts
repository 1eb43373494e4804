// The browser loader, with fetch replaced by reads of the fixture (no network in unit tests).
import { describe, expect, it } from 'vitest'
import { DATASET_URLS, loadDataset } from '../../../src/data/load-dataset'
import type { DatasetProgress } from '../../../src/data/load-dataset'
import { FIXTURE_LANDMARKS, fixtureTexts } from '../../fixtures/dataset'

const texts = fixtureTexts()
const urls = { regions: '/r.json', muscles: '/m.json', conditions: '/c.json', sources: '/s.json', therapy: '/t.json' }
const byUrl: Record<string, string> = {
  '/r.json': texts.regions,
  '/m.json': texts.muscles,
  '/c.json': texts.conditions,
  '/s.json': texts.sources,
  '/t.json': texts.therapy,
}

function fakeFetch(overrides: Record<string, Response | Error> = {}): typeof fetch {
  return (async (input: RequestInfo | URL) => {
    const url = String(input)
    const o = overrides[url]
    if (o instanceof Error) throw o
    if (o) return o
    const body = byUrl[url]
    return body === undefined ? new Response('not found', { status: 404 }) : new Response(body)
  }) as typeof fetch
}

describe('loadDataset (browser)', () => {
  it('imports one URL per dataset file from Vite', () => {
    expect(Object.keys(DATASET_URLS)).toEqual(['regions', 'muscles', 'conditions', 'sources', 'therapy'])
    for (const [key, url] of Object.entries(DATASET_URLS)) expect(url).toContain(`${key}.json`)
  })

  it('fetches the five files, reports progress and returns the indexed dataset', async () => {
    const progress: DatasetProgress[] = []
    const loaded = await loadDataset({
      fetch: fakeFetch(),
      urls,
      onProgress: (p) => progress.push(p),
      landmarkIds: FIXTURE_LANDMARKS,
    })
    expect(loaded.ok).toBe(true)
    if (!loaded.ok) return
    expect(loaded.index.allTriggerPoints).toHaveLength(3)
    expect(progress.map((p) => p.loaded)).toEqual([1, 2, 3, 4, 5])
    expect(progress.every((p) => p.total === 5)).toBe(true)
    expect(progress.map((p) => p.file).sort()).toEqual([
      'conditions.json',
      'muscles.json',
      'regions.json',
      'sources.json',
      'therapy.json',
    ])
  })

  it('turns HTTP errors, network failures and bad JSON into dataset errors', async () => {
    const loaded = await loadDataset({
      urls,
      fetch: fakeFetch({
        '/m.json': new Response('gone', { status: 404 }),
        '/c.json': new TypeError('Failed to fetch'),
        '/t.json': new Response('<html>'),
      }),
      onProgress: () => {
        throw new Error('a broken progress bar must not break loading')
      },
    })
    expect(loaded.ok).toBe(false)
    if (loaded.ok) return
    expect(loaded.errors.map((e) => `${e.file}: ${e.path}: ${e.message}`)).toEqual([
      'muscles.json: (root): could not be read: HTTP 404 for /m.json',
      'conditions.json: (root): could not be read: Failed to fetch (/c.json)',
      expect.stringMatching(/^therapy\.json: \(root\): not valid JSON: /),
    ])
  })
})
