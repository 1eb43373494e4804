// Issue 12, safety content: what patients read about when not to have treatment, the warning
// signs, hold times and soreness says only what its sources support, every fact cites a source
// that exists, and every source link is https: (or http: only where the entry says why).
// Reads data/ only, so it runs from a clean clone.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { SourcesFile, TherapyFile, type Fact } from '../../../src/domain/validation'

const readJson = (path: string): unknown => JSON.parse(readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8'))
const sources = SourcesFile.parse(readJson('data/sources.json')).sources
const therapy = TherapyFile.parse(readJson('data/therapy.json')).therapy

const words = (facts: readonly Fact[]): string =>
  facts
    .map((f) => `${f.title}. ${f.text}`)
    .join('\n')
    .toLowerCase()
const LISTS = ['whatToExpect', 'contraindications', 'causes', 'painDrivers', 'techniques', 'redFlags'] as const

describe('therapy.json: when not to have treatment', () => {
  const text = words(therapy.contraindications)
  it.each([
    ['pregnancy', /pregnan/],
    ['recent surgery', /recent(ly)?\b.*\b(surgery|operation)|(surgery|operation)\b.*\brecent/],
    ['a tumour', /tumou?r/],
    ['an aneurysm', /aneurysm/],
    ['varicose veins', /varicose vein/],
    ['severe uncontrolled high blood pressure', /high blood pressure/],
    ['firm pressure on the front of the neck', /front of the neck/],
  ])('names %s', (_name, pattern) => {
    expect(text).toMatch(pattern)
  })

  it("keeps the product owner's list", () => {
    expect(text).toMatch(/fever|infection/)
    expect(text).toMatch(/48 to 72 hours/)
    expect(text).toMatch(/anticoagulant|blood-thinning/)
    expect(text).toMatch(/open .*wounds/)
    expect(text).toMatch(/osteoporosis/)
    expect(text).toMatch(/inflam/)
  })

  it('says a tumour gets no deep pressure, and pregnancy is discussed first', () => {
    const tumour = therapy.contraindications.find((f) => /tumou?r/i.test(f.text))
    expect(tumour?.text).toMatch(/no deep|not .*deep/i)
    const pregnancy = therapy.contraindications.find((f) => /pregnan/i.test(f.text))
    expect(pregnancy?.text).toMatch(/talk to|check with|discuss/i)
  })

  it('explains the neck caution: SCM, scalenes and digastric next to the carotid artery', () => {
    const neck = therapy.contraindications.find((f) => /front of the neck/i.test(f.title))
    expect(neck?.text).toMatch(/SCM/)
    expect(neck?.text).toMatch(/scalene/)
    expect(neck?.text).toMatch(/digastric/)
    expect(neck?.text).toMatch(/carotid artery/)
  })
})

describe('therapy.json: warning signs', () => {
  const text = words(therapy.redFlags)
  it('names new or worsening numbness or weakness in one arm or leg', () => {
    expect(text).toMatch(/new or (getting )?worse|new or worsening/)
    expect(text).toMatch(/numbness or weakness in (one|an) arm or leg/)
  })
  it('names new pain after a history of cancer', () => {
    expect(text).toMatch(/had cancer/)
    expect(text).toMatch(/new pain/)
  })
})

describe('therapy.json: what patients are told to expect', () => {
  it('gives the clinic hold time and the trial range side by side', () => {
    expect(therapy.holdSeconds).toEqual([10, 30])
    expect(therapy.holdSecondsTrials).toEqual([30, 90])
    const hold = therapy.whatToExpect.find((f) => f.id === 'pressure_hold')!
    expect(hold.text).toMatch(/clinic[^.]*10 to 30 seconds/)
    expect(hold.text).toMatch(/trials[^.]*30 to 90 seconds/)
  })

  it('does not call soreness common; says a minority, usually gone within 36 hours', () => {
    const all = words(therapy.whatToExpect)
    expect(all).not.toMatch(/sore[^.]*\bcommon\b|\bcommon\b[^.]*sore/)
    const sore = therapy.whatToExpect.find((f) => f.id === 'soreness_after')!
    expect(sore.text).toMatch(/some people/i)
    expect(sore.text).toMatch(/1 in 10/)
    expect(sore.text).toMatch(/36 hours/)
    expect(sore.sources).toContain('cambron_2007')
  })

  it('does not promise relief within days', () => {
    expect(words(therapy.whatToExpect)).not.toMatch(/relief within days/)
    expect(words(therapy.whatToExpect)).toMatch(/several weeks/)
  })
})

describe('therapy.json: sources', () => {
  const byId = new Map(sources.map((s) => [s.id, s]))
  it('cites at least one existing source for every fact, and one public one', () => {
    for (const list of LISTS) {
      for (const fact of therapy[list]) {
        expect(fact.sources.length, `${list}.${fact.id}`).toBeGreaterThan(0)
        for (const key of fact.sources) expect(byId.has(key), `${list}.${fact.id} cites ${key}`).toBe(true)
        const publicOnes = fact.sources.filter((k) => k !== 'clinic_material')
        expect(publicOnes.length, `${list}.${fact.id} needs a public source`).toBeGreaterThan(0)
      }
    }
  })
})

describe('sources.json: links', () => {
  it('uses https: for every link, http: only with a stated reason', () => {
    for (const s of sources) {
      if (!s.url) {
        expect(s.httpOnly, s.id).toBeUndefined()
        continue
      }
      const protocol = new URL(s.url).protocol
      expect(['https:', 'http:'], `${s.id}: ${s.url}`).toContain(protocol)
      if (protocol === 'http:') expect(s.httpOnly, `${s.id} is plain http: without httpOnly`).toMatch(/\w{3}/)
      else expect(s.httpOnly, `${s.id} is https: but says httpOnly`).toBeUndefined()
    }
  })

  it('says for each plain http: link what was searched for an https copy, and when (no generic placeholder)', () => {
    const plain = sources.filter((s) => s.url?.startsWith('http:'))
    for (const s of plain) {
      const reason = s.httpOnly ?? ''
      const host = new URL(s.url!).host
      expect(reason, s.id).not.toMatch(/not confirmed|unverified|when the links were audited/i)
      expect(reason, `${s.id} names its host`).toContain(host)
      expect(reason, `${s.id} says where it looked`).toMatch(/search tool|web pages/)
      expect(reason, `${s.id} dates the check`).toMatch(/checked \d{4}-\d{2}-\d{2}/)
    }
  })

  it('cites neither the source that could not be found nor the one that describes another pattern', () => {
    const muscles = (
      readJson('data/muscles.json') as {
        muscles: { id: string; sources: string[]; triggerPoints: { id: string; sources: string[] }[] }[]
      }
    ).muscles
    const cited = muscles.flatMap((m) => [...m.sources, ...m.triggerPoints.flatMap((tp) => tp.sources)])
    expect(cited).not.toContain('elevate_table')
    expect(cited).not.toContain('foot_adm')
  })

  it('gives the posterior scalene point the forearm and hand of the combined chart, and teres major no lateral-border zone', () => {
    const muscles = (
      readJson('data/muscles.json') as {
        muscles: { id: string; triggerPoints: { id: string; essentialZones: string[]; spilloverZones: string[] }[] }[]
      }
    ).muscles
    const tp = (id: string) => muscles.flatMap((m) => m.triggerPoints).find((t) => t.id === id)!
    const scalene = [...tp('scalenes_posterior').essentialZones, ...tp('scalenes_posterior').spilloverZones]
    expect(scalene).toEqual(expect.arrayContaining(['radial_forearm', 'thumb', 'index_finger']))
    const teres = [...tp('teres_major_trp').essentialZones, ...tp('teres_major_trp').spilloverZones]
    expect(teres).not.toContain('lateral_scapular_border')
  })
})
