// Checks data/conditions.json, data/sources.json and data/therapy.json against the schema and
// against what the clinic and the reference require (issue 5): the 68 reference condition ids,
// the clinic's seed list findable by everyday words, the therapy numbers shown to patients, and
// every cited source present. Reads the files from disk, as the validator and the app do.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ConditionsFile, Muscle, SourcesFile, TherapyFile, type Fact, type Therapy } from '../../../src/domain/validation'

const readJson = (path: string): unknown => JSON.parse(readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8'))

const conditions = ConditionsFile.parse(readJson('data/conditions.json')).conditions
const sources = SourcesFile.parse(readJson('data/sources.json')).sources
const therapy = TherapyFile.parse(readJson('data/therapy.json')).therapy
// An extract of ../shared/reference (condition ids, source ids and urls) is vendored in
// tests/fixtures so these checks run from a clean clone, never skipped.
const reference = JSON.parse(readFileSync(new URL('../../fixtures/reference-extract.json', import.meta.url), 'utf8')) as {
  conditions: string[]
  sources: { id: string; url: string }[]
}

// The 68 condition ids of the compiled reference (DESIGN section 4: ids are contract).
const REFERENCE_CONDITION_IDS = [
  'tension_headache',
  'migraine',
  'cervicogenic_headache',
  'occipital_neuralgia',
  'tmj_disorder',
  'toothache',
  'sinusitis',
  'earache',
  'tinnitus',
  'dizziness',
  'atypical_facial_pain',
  'eye_strain',
  'sore_throat_dysphagia',
  'stiff_neck',
  'cervical_radiculopathy',
  'whiplash',
  'thoracic_outlet',
  'angina',
  'costochondritis',
  'intercostal_neuralgia',
  'upper_back_pain',
  'frozen_shoulder',
  'rotator_cuff_tendinopathy',
  'subacromial_bursitis',
  'bicipital_tendinitis',
  'tennis_elbow',
  'golfers_elbow',
  'olecranon_bursitis',
  'carpal_tunnel',
  'de_quervain',
  'wrist_sprain',
  'thumb_arthritis',
  'finger_arthritis',
  'trigger_finger',
  'ulnar_neuropathy',
  'heartburn_dyspepsia',
  'appendicitis',
  'visceral_abdominal_pain',
  'dysmenorrhea_pelvic_pain',
  'kidney_pain',
  'low_back_pain',
  'lumbar_disc_radiculopathy',
  'sacroiliac_dysfunction',
  'sciatica',
  'piriformis_syndrome',
  'coccydynia',
  'trochanteric_bursitis',
  'hip_joint_pain',
  'groin_strain',
  'meralgia_paresthetica',
  'it_band_syndrome',
  'patellofemoral_pain',
  'knee_instability',
  'meniscus_injury',
  'bakers_cyst',
  'hamstring_strain',
  'calf_cramps',
  'dvt',
  'shin_splints',
  'ankle_sprain',
  'achilles_tendinitis',
  'plantar_fasciitis',
  'heel_spur',
  'gout',
  'metatarsalgia',
  'tarsal_tunnel',
  'foot_drop',
  'hammer_toes',
]

const norm = (s: string): string => s.trim().toLowerCase().replace(/\s+/g, ' ')
const termsOf = (c: (typeof conditions)[number]): string[] => [c.name, c.plainName, ...c.synonyms].map(norm)

/** The simple lookup the tests rely on: exact, case-insensitive match on any name or synonym. */
function findByWord(word: string): string[] {
  const w = norm(word)
  return conditions.filter((c) => termsOf(c).includes(w)).map((c) => c.id)
}

// The clinic's own list (issue 5), each with the everyday words a patient would type for it.
const CLINIC_SEEDS: Record<string, string[]> = {
  tendonitis: ['tendonitis', 'tendinitis'],
  headache: ['headaches', 'headache'],
  tmj_disorder: ['TMJ', 'jaw pain', 'clicking jaw'],
  carpal_tunnel: ['carpal tunnel syndrome', 'carpal tunnel', 'pins and needles in the hand', 'numb fingers'],
  upper_back_pain: ['upper back pain'],
  low_back_pain: ['low back pain', 'lower back pain'],
  sciatica: ['sciatica', 'pain down the leg'],
  hip_pain: ['hip pain'],
  knee_pain: ['knee pain'],
  it_band_syndrome: ['IT band syndrome'],
  calf_cramps: ['calf cramps'],
  plantar_fasciitis: ['plantar fasciitis', 'heel pain'],
  neck_pain: ['neck pain'],
  shoulder_pain: ['shoulder pain'],
}

const allFacts = (t: Therapy): Fact[] => [
  ...t.whatToExpect,
  ...t.contraindications,
  ...t.causes,
  ...t.painDrivers,
  ...t.techniques,
  ...t.redFlags,
]

describe('conditions.json', () => {
  it('keeps every one of the 68 reference condition ids', () => {
    const ids = new Set(conditions.map((c) => c.id))
    expect(new Set(REFERENCE_CONDITION_IDS).size).toBe(68)
    expect(REFERENCE_CONDITION_IDS.filter((id) => !ids.has(id))).toEqual([])
  })

  it('matches the reference list of condition ids', () => {
    expect(reference.conditions).toEqual(REFERENCE_CONDITION_IDS)
  })

  it('adds the general conditions other data points to', () => {
    const ids = new Set(conditions.map((c) => c.id))
    for (const id of ['headache', 'neck_pain', 'shoulder_pain', 'hip_pain', 'knee_pain', 'tendonitis']) {
      expect(ids.has(id), id).toBe(true)
    }
  })

  it('has no duplicate ids or aliases', () => {
    const keys = conditions.flatMap((c) => [c.id, ...(c.aliases ?? [])])
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([])
  })

  it('marks exactly the clinic seed list as clinicSeed', () => {
    const seeded = conditions
      .filter((c) => c.clinicSeed)
      .map((c) => c.id)
      .sort()
    expect(seeded).toEqual(Object.keys(CLINIC_SEEDS).sort())
  })

  it.each(Object.entries(CLINIC_SEEDS))('finds clinic seed %s by its everyday words', (id, words) => {
    for (const word of words) expect(findByWord(word), word).toEqual([id])
  })

  it.each([
    ['tennis elbow', 'tennis_elbow'],
    ['migraine', 'migraine'],
    ['stiff neck', 'stiff_neck'],
    ['jaw pain', 'tmj_disorder'],
    ["golfer's elbow", 'golfers_elbow'],
    ['frozen shoulder', 'frozen_shoulder'],
    ['slipped disc', 'lumbar_disc_radiculopathy'],
  ])('maps what patients type, "%s", to %s', (word, id) => {
    expect(findByWord(word)).toEqual([id])
  })

  it('never gives the same word to two conditions', () => {
    const owner = new Map<string, string>()
    const clashes: string[] = []
    for (const c of conditions) {
      for (const term of new Set(termsOf(c))) {
        const other = owner.get(term)
        if (other !== undefined && other !== c.id) clashes.push(`"${term}": ${other} and ${c.id}`)
        owner.set(term, c.id)
      }
    }
    expect(clashes).toEqual([])
  })

  it('writes synonyms in lower case and gives every condition some', () => {
    for (const c of conditions) {
      expect(c.synonyms.length, c.id).toBeGreaterThan(0)
      for (const s of c.synonyms) expect(s, c.id).toBe(s.toLowerCase())
    }
  })
})

describe('sources.json', () => {
  it('keeps every reference source id, with a link where the reference has one', () => {
    // links may be upgraded to https or moved to the site's current address (issue 12)
    const byId = new Map(sources.map((s) => [s.id, s]))
    expect(reference.sources).toHaveLength(201)
    for (const r of reference.sources) {
      expect(byId.has(r.id), r.id).toBe(true)
      if (r.url) expect(byId.get(r.id)?.url, r.id).toBeTruthy()
    }
  })

  it('has unique ids', () => {
    const ids = sources.map((s) => s.id)
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([])
  })

  it('includes the Travell & Simons manuals as books', () => {
    const byId = new Map(sources.map((s) => [s.id, s]))
    expect(byId.get('travell_simons_vol1')?.kind).toBe('book')
    expect(byId.get('travell_simons_vol2')?.kind).toBe('book')
  })
})

describe('therapy.json', () => {
  it('states the numbers patients are told', () => {
    expect(therapy.holdSeconds).toEqual([10, 30])
    expect(therapy.sorenessHours).toEqual([24, 48])
    expect(therapy.acuteInjuryHours).toEqual([48, 72])
  })

  it('writes each range low to high', () => {
    for (const [lo, hi] of [therapy.holdSeconds, therapy.sorenessHours, therapy.acuteInjuryHours]) {
      expect(lo).toBeLessThan(hi)
    }
  })

  it('says the same numbers in the words patients read', () => {
    const text = (facts: Fact[]) => facts.map((f) => f.text).join(' ')
    expect(text(therapy.whatToExpect)).toContain('10 to 30 seconds')
    expect(text(therapy.whatToExpect)).toContain('24 to 48 hours')
    expect(therapy.contraindications.map((f) => f.title).join(' ')).toContain('48 to 72 hours')
  })

  it('names the five drivers of pain of neuromuscular therapy', () => {
    expect(therapy.painDrivers.map((f) => f.id)).toEqual([
      'ischemia',
      'trigger_points',
      'nerve_irritation',
      'postural_distortion',
      'biomechanical_dysfunction',
    ])
  })

  it('covers the contraindications, causes, techniques and red flags of the brief', () => {
    const ids = (facts: Fact[]) => facts.map((f) => f.id)
    expect(ids(therapy.contraindications)).toEqual(
      expect.arrayContaining([
        'fever_infection',
        'acute_injury',
        'bleeding_anticoagulants',
        'wounds_skin',
        'osteoporosis',
        'inflammation_first',
      ]),
    )
    expect(ids(therapy.causes)).toEqual(['stress', 'posture', 'strenuous_activity', 'accidents', 'pregnancy'])
    expect(ids(therapy.techniques)).toEqual([
      'sustained_compression',
      'positional_release',
      'cross_fiber_friction',
      'assisted_stretching',
    ])
    expect(ids(therapy.redFlags)).toEqual(
      expect.arrayContaining([
        'chest_pain',
        'worst_headache',
        'cauda_equina',
        'fever_back_pain',
        'weight_loss',
        'hot_swollen_calf',
        'after_accident',
      ]),
    )
  })

  it('cites only sources that exist in sources.json', () => {
    const known = new Set(sources.map((s) => s.id))
    const missing = allFacts(therapy).flatMap((f) => f.sources.filter((k) => !known.has(k)).map((k) => `${f.id}: ${k}`))
    expect(missing).toEqual([])
  })

  it('never rests a fact on the clinic material alone', () => {
    const alone = allFacts(therapy).filter((f) => f.sources.every((k) => k === 'clinic_material'))
    expect(alone.map((f) => f.id)).toEqual([])
  })

  it('has unique fact ids', () => {
    const ids = allFacts(therapy).map((f) => f.id)
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([])
  })
})

describe('docs/CONTRIBUTING-DATA.md', () => {
  // The guide's full example must stay a valid muscle that cites real sources and conditions.
  const guide = readFileSync(new URL('../../../docs/CONTRIBUTING-DATA.md', import.meta.url), 'utf8')
  const section = guide.slice(guide.indexOf('## One full example'))
  const block = /```json\n([\s\S]*?)\n```/.exec(section)?.[1]

  it('holds an example muscle entry that passes the schema', () => {
    expect(block).toBeDefined()
    const muscle = Muscle.parse(JSON.parse(block ?? 'null'))
    const known = new Set(sources.map((s) => s.id))
    const cited = [
      ...muscle.sources,
      ...muscle.triggerPoints.flatMap((t) => t.sources),
      ...(muscle.selfCare ?? []).flatMap((c) => c.sources),
    ]
    expect(cited.filter((k) => !known.has(k))).toEqual([])
    const conditionIds = new Set(conditions.map((c) => c.id))
    expect(muscle.mimics.filter((id) => !conditionIds.has(id))).toEqual([])
  })
})
