// One-off converter: ../shared/reference/referral-reference.json -> data/muscles.json.
//
// It produced the first version of data/muscles.json. After that the JSON file is the curated
// source of truth; this script stays as documentation of where each field came from, and can
// be re-run to see what the reference plus the documented corrections would give. It is not
// part of any build or test.
//
//   npx tsx scripts/import-reference.ts [--reference <file>] [--curated <file>] [--out <file>] [--check]
//
// From the reference: ids (TP ids re-spelled to start with their muscle id, the reference id
// kept as an alias, DESIGN section 4), names, locations, zones, laterality, notes, mimics,
// symptoms, source URLs (turned into the reference's source ids) and the primary reference
// (turned into the Travell & Simons volume key).
// Corrections: CORRECTIONS below (the reference's CORRECTIONS.md, 1 to 8, plus what the import
// and the evidence audit of docs/DATA-AUDIT.md found), each with its reason and the source keys
// behind it; MUSCLE_SOURCES drops cited pages that do not concern their muscle and adds new ones.
// Hand-written: plain names, family, body area, depth, attachments, action, TP placements,
// symptoms where the reference has none, self-care, muscle notes beyond the reference's, and the
// everyday conditions in mimics (rule EVERYDAY below). They are read back from the current
// data/muscles.json (by muscle id and TP alias), or from --curated, a JSON object keyed by
// muscle id whose `placements` are keyed by reference TP id (how the first version was made).
// --check prints what differs from the current output file instead of writing it.
import { readFileSync, writeFileSync, existsSync } from 'node:fs'
import { MusclesFile, SelfCare, type Muscle, type Placement, type TriggerPoint } from '../src/domain/validation'
import type { z } from 'zod'

type MusclesFileData = z.infer<typeof MusclesFile>
type SelfCareData = z.infer<typeof SelfCare>

const TS_VOL1 = 'travell_simons_vol1'
const TS_VOL2 = 'travell_simons_vol2'

/**
 * Short prefixes of reference TP ids, per muscle. The dataset id is the muscle id plus the rest
 * of the reference id (`gmin_posterior_trp` -> `gluteus_minimus_posterior_trp`).
 */
const SHORT_PREFIX: Record<string, string> = {
  sternocleidomastoid_sternal: 'scm_sternal',
  sternocleidomastoid_clavicular: 'scm_clavicular',
  semispinalis_capitis: 'semispinalis',
  suboccipitals: 'suboccipital',
  scalenes: 'scalene',
  zygomaticus_major: 'zygomaticus',
  rhomboids: 'rhomboid',
  latissimus_dorsi: 'latissimus',
  serratus_posterior_superior: 'sps',
  serratus_posterior_inferior: 'spi',
  pectoralis_major: 'pec_major',
  pectoralis_minor: 'pec_minor',
  biceps_brachii: 'biceps',
  triceps_brachii: 'triceps',
  extensor_carpi_radialis_longus: 'ecrl',
  extensor_carpi_radialis_brevis: 'ecrb',
  extensor_carpi_ulnaris: 'ecu',
  flexor_carpi_radialis: 'fcr',
  flexor_carpi_ulnaris: 'fcu',
  flexor_pollicis_longus: 'fpl',
  first_dorsal_interosseous: 'fdi',
  abductor_digiti_minimi_hand: 'adm_hand',
  rectus_abdominis: 'rectus',
  longissimus_thoracis: 'longissimus',
  multifidi: 'multifidus',
  quadratus_lumborum: 'ql',
  gluteus_maximus: 'gmax',
  gluteus_medius: 'gmed',
  gluteus_minimus_anterior: 'gmin_anterior',
  gluteus_minimus_posterior: 'gmin_posterior',
  tensor_fasciae_latae: 'tfl',
  adductor_longus_brevis: 'adductor_longus',
  gastrocnemius: 'gastroc',
  extensor_digitorum_longus: 'edl',
  extensor_hallucis_longus: 'ehl',
  flexor_digitorum_longus: 'fdl',
  flexor_hallucis_longus: 'fhl',
  extensor_digitorum_brevis: 'edb',
  abductor_digiti_minimi_foot: 'adm_foot',
  flexor_digitorum_brevis: 'fdb',
  flexor_hallucis_brevis: 'fhb',
}
/** Reference TP ids whose prefix is not a short form of the muscle id. */
const RENAMED: Record<string, string> = {
  posterior_cervical_lower: 'semispinalis_capitis_lower',
  frontalis_trp: 'occipitofrontalis_frontalis',
  occipitalis_trp: 'occipitofrontalis_occipitalis',
  psoas_abdominal: 'iliopsoas_psoas_abdominal',
  iliacus_trp: 'iliopsoas_iliacus',
  coccygeus_levator_trp: 'pelvic_floor_coccygeus_levator',
  medial_hamstring_trp: 'semitendinosus_semimembranosus_trp',
}

function triggerPointId(muscleId: string, refId: string): string {
  if (refId.startsWith(muscleId + '_')) return refId
  const renamed = RENAMED[refId]
  if (renamed) return renamed
  const prefix = SHORT_PREFIX[muscleId]
  if (prefix && refId.startsWith(prefix + '_')) return muscleId + refId.slice(prefix.length)
  throw new Error(`no id rule for trigger point ${refId} of ${muscleId}`)
}

interface Correction {
  name?: string
  essentialZones?: string[]
  spilloverZones?: string[]
  bilateralZones?: string[]
  location?: string
  note?: string
  palpation?: TriggerPoint['palpation']
  /** why, and which source says so */
  reason: string
  /** source keys added to the trigger point's sources */
  sources?: string[]
}

/** Every deviation from the reference, keyed by reference TP id. */
const CORRECTIONS: Record<string, Correction> = {
  temporalis_posterior: {
    essentialZones: ['side_of_head'],
    spilloverZones: ['occiput'],
    location: 'Posterior fibres above and slightly behind the ear.',
    note: 'Refers backward and upward over the side and back of the head. Tooth pain comes from the anterior and middle trigger points, not from this one.',
    reason: 'CORRECTIONS.md 1: temple and upper teeth belong to TrP1-3',
    sources: ['integrative_temporalis', 'namtpt_temporalis'],
  },
  iliocostalis_thoracis_t6: {
    spilloverZones: ['interscapular', 'medial_scapular_border', 'anterolateral_chest'],
    reason:
      'CORRECTIONS.md 2: the abdominal zone belongs to the T11 TrP; the mid-thoracic TrP refers up along the shoulder blade and round to the chest wall',
    sources: ['wellness_ilthor', 'namtpt_paraspinal'],
  },
  suboccipital_trp: {
    essentialZones: ['occipital_base', 'occiput', 'side_of_head', 'eye_orbit'],
    spilloverZones: ['forehead'],
    reason: 'CORRECTIONS.md 3: the occiput is part of the main band',
    sources: ['aberdeen_subocc', 'naokootani_temple'],
  },
  levator_scapulae_upper: {
    spilloverZones: ['medial_scapular_border', 'inferior_angle_scapula', 'posterior_deltoid'],
    reason: 'CORRECTIONS.md 4: T&S give one pattern for both levator TrPs',
    sources: ['medlink_levator'],
  },
  soleus_trp1: {
    essentialZones: ['posterior_heel', 'plantar_heel'],
    spilloverZones: ['achilles'],
    location:
      'Lower calf a few centimetres above the point where the muscle fibres join the Achilles tendon, slightly medial to the midline.',
    reason:
      'CORRECTIONS.md 5: no arch zone; the heel (back and underside) is the main zone, the lower Achilles tendon the spillover (NAMTPT soleus). The TrP lies above the musculotendinous junction, not 3 cm above the heel',
    sources: ['namtpt_soleus', 'integrative_soleus'],
  },
  soleus_trp3: {
    name: 'Soleus TrP3 (a little above and lateral to TrP1)',
    location: 'Lower half of the calf, a little above and lateral to TrP1.',
    reason: 'the reference placed TrP3 high in the calf although its own name says slightly above and lateral to TrP1',
    sources: ['pmc_soleus_sij'],
  },
  ql_superficial_upper: {
    essentialZones: ['iliac_crest'],
    spilloverZones: ['lower_abdominal_quadrant', 'groin'],
    reason: 'CORRECTIONS.md 6: the lower abdominal zone is spillover',
    sources: ['namtpt_ql'],
  },
  occipitalis_trp: {
    essentialZones: ['occiput', 'eye_orbit'],
    spilloverZones: ['side_of_head'],
    reason: 'CORRECTIONS.md 7: pain deep in the orbit is part of the main pattern',
    sources: ['triggerpoints3d_occfront', 'integrative_occipitalis'],
  },
  upper_trapezius_trp1: {
    spilloverZones: ['angle_of_jaw', 'eye_orbit'],
    reason: 'CORRECTIONS.md 8: the MedLink legend gives the occiput to TrP2, not TrP1',
    sources: ['medlink_trap23'],
  },
  extensor_digitorum_middle: {
    spilloverZones: ['lateral_epicondyle'],
    reason:
      'CORRECTIONS.md 8: no public source confirms a volar wrist zone; the cited pages describe the back of the forearm, wrist, hand and finger only',
    sources: ['tpselfhelp_extdig', 'namtpt_fingerext'],
  },
  middle_trapezius_medial: {
    location:
      'Horizontal middle fibres about 1 cm medial to the inner border of the shoulder blade, near the level of the root of the scapular spine.',
    reason:
      'the reference put the TrP 1 cm from the spinous processes, yet its burning pain is felt between the TrP and the C7-T3 spinous processes (NAMTPT), so the TrP lies out near the scapula',
    sources: ['namtpt_uptrap'],
  },
  rectus_mcburney: {
    location:
      "Lateral border of the lower rectus near McBurney's point, a third of the way from the front of the hip bone to the navel.",
    reason:
      'the reference said "right" although the trigger point is placed on either side; the side note moved to the muscle notes',
    sources: ['webmanmed_rectus'],
  },
  edb_trp: {
    essentialZones: ['dorsum_foot'],
    spilloverZones: ['lateral_foot'],
    reason:
      'T&S chart the short toe extensors among top-of-foot pain, centred on the mid-dorsum over the muscle; the reference had the tiers the other way round',
  },
  medial_pterygoid_trp: {
    palpation: 'inferior',
    reason:
      'from outside the mouth the trigger point is reached from below the angle of the jaw, pressing upward (the reference location says so); "medial" names the inner face of the bone, which no skin faces',
  },
  subscapularis_trp: {
    palpation: 'lateral',
    reason:
      'the costal surface of the scapula is reached through the armpit, from the side; the marker sits on the back wall of the armpit',
  },
  // From here on: the evidence audit of the TPs outside CORRECTIONS.md (docs/DATA-AUDIT.md).
  lower_trapezius_trp3: {
    essentialZones: ['posterior_neck', 'mastoid', 'acromion', 'suprascapular'],
    spilloverZones: ['medial_scapular_border', 'occipital_base'],
    reason:
      'audit: the MedLink legend of the T&S figure names the acromion with the upper cervical paraspinals and the mastoid as where TrP3 refers, so it belongs to the main zone, not the spillover',
    sources: ['medlink_trap23'],
  },
  subclavius_trp: {
    essentialZones: ['anterior_deltoid', 'pectoral', 'anterior_arm'],
    reason:
      'audit: T&S and the cited clinic page describe subclavius pain across the front of the shoulder and down the front of the arm; the reference had no shoulder zone',
    sources: ['aberdeen_hand', 'webmanmed_subclavius'],
  },
  tibialis_posterior_trp: {
    spilloverZones: [
      'calf',
      'plantar_heel',
      'arch_instep',
      'ball_medial',
      'ball_central',
      'ball_lateral',
      'great_toe',
      'lesser_toes',
    ],
    reason:
      'audit: the spillover covers the whole sole of the foot and the undersides of all the toes, not only the heel, the arch and the lesser toes',
    sources: ['phoenix_tibpost'],
  },
  masseter_superficial_upper: {
    spilloverZones: [],
    reason:
      'audit: the MedLink legend (A) and triggerpoints.net give the upper superficial TrP the upper molars, gums and maxilla only; the arc over the eyebrow belongs to the lower superficial TrP (C), which the dataset already gives it',
    sources: ['medlink_masseter', 'tpnet_masseter'],
  },
  masseter_deep: {
    essentialZones: ['ear', 'tmj', 'cheek'],
    spilloverZones: [],
    reason:
      'audit: the MedLink legend of the T&S figure and the NAMTPT page both give the deep layer diffuse pain in the mid-cheek first, with the TMJ and deep ear pain; the cheek is part of the main zone, not spillover',
    sources: ['medlink_masseter', 'namtpt_masseter'],
  },
  // Issue 12 safety review (docs/DATA-AUDIT.md, "Issue 12 safety review").
  scalene_posterior: {
    spilloverZones: ['posterior_arm', 'radial_forearm', 'thumb', 'index_finger'],
    reason:
      'issue 12: T&S and the cited pages give one combined scalene chart (chest, front and back of the arm, radial forearm, thumb and index finger, medial scapular border); the posterior point had only the back of the arm and lacked the forearm and hand of that chart',
    sources: ['namtpt_scalene', 'aberdeen_scalene'],
  },
  teres_major_trp: {
    spilloverZones: ['dorsal_forearm'],
    reason:
      'issue 12: no source found gives teres major a spillover along the outer (lateral) border of the shoulder blade; the cited pages give the back of the shoulder, the back of the arm and sometimes the back of the forearm',
  },
}

/**
 * Muscle-level source changes. `drop`: a cited page that does not concern this muscle (its
 * entry stays in data/sources.json for the muscles it does concern); `add`: a page the audit
 * found. Trigger points inherit their muscle's web sources, so both apply to them too.
 */
const MUSCLE_SOURCES: Record<string, { drop?: string[]; add?: string[]; reason: string }> = {
  pectineus: {
    drop: ['abbott_groin'],
    add: ['abbott_groin_trp'],
    reason:
      'abbott_groin (part 4 of the series) covers iliopsoas, sartorius, gracilis, TFL and vastus intermedius only; the pectineus and the adductors are in the trigger-point review post of the same series',
  },
  adductor_longus_brevis: {
    drop: ['abbott_groin'],
    add: ['abbott_groin_trp'],
    reason: 'as for pectineus: abbott_groin does not mention the adductors',
  },
  tibialis_posterior: {
    drop: ['tptherapist_soleus'],
    add: ['phoenix_tibpost'],
    reason: 'tptherapist_soleus is a soleus heel-pain post; phoenix_tibpost describes the tibialis posterior pattern itself',
  },
  subclavius: {
    add: ['webmanmed_subclavius'],
    reason: 'the AAMM subclavius page (T&S referral figure, arm and forearm pain sparing elbow and wrist)',
  },
  // Pages the audit read that state the T&S pattern of the muscle in words.
  // Issue 12: elevate_table (a clinic page said to tabulate the T&S head and neck zones) could not
  // be found at its address or anywhere else, so it supports nothing; foot_adm describes outer
  // ankle and heel pain, not the ball-of-foot pattern it was cited for.
  upper_trapezius: { drop: ['elevate_table'], reason: 'issue 12: elevate_table could not be found' },
  splenius_capitis: { drop: ['elevate_table'], reason: 'issue 12: elevate_table could not be found' },
  suboccipitals: { drop: ['elevate_table'], reason: 'issue 12: elevate_table could not be found' },
  abductor_digiti_minimi_foot: {
    drop: ['foot_adm'],
    reason: 'issue 12: foot_adm describes outer ankle and heel pain, not the ball-of-foot pattern of the dataset',
  },
  infraspinatus: {
    add: ['namtpt_infra'],
    reason: 'NAMTPT infraspinatus: deep front of shoulder, anterolateral arm, radial forearm and hand',
  },
  scalenes: {
    add: ['namtpt_scalene'],
    reason: 'NAMTPT scalenes: chest, lateral arm, medial scapular border, thumb and index finger',
  },
  sternocleidomastoid_sternal: {
    drop: ['elevate_table'],
    add: ['namtpt_scm'],
    reason:
      'NAMTPT SCM: sternal division by TrP level (sternum, cheek, occiput and vertex); elevate_table could not be found (issue 12)',
  },
  sternocleidomastoid_clavicular: {
    drop: ['elevate_table'],
    add: ['namtpt_scm'],
    reason: 'NAMTPT SCM: clavicular division (forehead, ear); elevate_table could not be found (issue 12)',
  },
  supraspinatus: {
    add: ['fpnotebook_trp'],
    reason: 'FP Notebook trigger point list: supraspinatus refers to the middle deltoid and the elbow',
  },
  plantaris: { add: ['mjp_plantaris'], reason: 'muscle-joint-pain.com plantaris: hollow of the knee and the calf' },
}

function muscleWebKeys(muscleId: string, keys: string[]): string[] {
  const change = MUSCLE_SOURCES[muscleId]
  if (!change) return keys
  return [...keys.filter((k) => !change.drop?.includes(k)), ...(change.add ?? [])]
}

/** Source keys that describe only some trigger points of their muscle. */
const SOURCE_ONLY_FOR: Record<string, string[]> = {
  medlink_trap1: ['upper_trapezius_trp1'],
  medlink_trap23: ['upper_trapezius_trp2', 'lower_trapezius_trp3'],
  pmc_soleus_sij: ['soleus_trp3'],
}

function sourcesForTriggerPoint(tpId: string, keys: string[]): string[] {
  const kept = keys.filter((k) => !SOURCE_ONLY_FOR[k] || SOURCE_ONLY_FOR[k].includes(tpId))
  return [...new Set(kept)]
}

const HEAD = ['vertex', 'forehead', 'eyebrow', 'eye_orbit', 'temple', 'side_of_head', 'occiput', 'occipital_base']
const NECK = ['posterolateral_neck', 'posterior_neck', 'angle_of_neck', 'anterior_neck']
const SHOULDER = ['anterior_deltoid', 'lateral_deltoid', 'posterior_deltoid', 'acromion', 'top_of_shoulder']
const HIP = ['greater_trochanter', 'anterior_hip']
const KNEE = ['anterior_knee', 'medial_knee', 'lateral_knee', 'posterior_knee']
const UPPER_BACK = [
  'interscapular',
  'medial_scapular_border',
  'mid_back',
  'suprascapular',
  'inferior_angle_scapula',
  'infraspinous',
]
const LOW_BACK = ['lumbar', 'sacroiliac', 'sacrum', 'thoracolumbar']

/**
 * The everyday conditions of the clinic's material (issue 5) are added where a trigger point's
 * essential zone lies in that area, or where the reference already names a matching specific
 * condition (rotator cuff tendinopathy implies shoulder pain and tendonitis, and so on).
 */
const EVERYDAY: { id: string; zones: string[]; implied: string[] }[] = [
  { id: 'headache', zones: HEAD, implied: ['tension_headache', 'migraine', 'cervicogenic_headache'] },
  { id: 'neck_pain', zones: NECK, implied: ['stiff_neck', 'whiplash'] },
  {
    id: 'shoulder_pain',
    zones: SHOULDER,
    implied: ['frozen_shoulder', 'rotator_cuff_tendinopathy', 'subacromial_bursitis', 'bicipital_tendinitis'],
  },
  { id: 'upper_back_pain', zones: UPPER_BACK, implied: [] },
  { id: 'low_back_pain', zones: LOW_BACK, implied: ['sacroiliac_dysfunction'] },
  { id: 'hip_pain', zones: HIP, implied: ['hip_joint_pain', 'trochanteric_bursitis'] },
  { id: 'knee_pain', zones: KNEE, implied: ['patellofemoral_pain', 'meniscus_injury', 'bakers_cyst', 'knee_instability'] },
  {
    id: 'tendonitis',
    zones: [],
    implied: [
      'rotator_cuff_tendinopathy',
      'bicipital_tendinitis',
      'tennis_elbow',
      'golfers_elbow',
      'de_quervain',
      'achilles_tendinitis',
      'wrist_sprain',
    ],
  },
]

/** Additions the zone rule cannot see, with the source that names them. */
const MIMICS_ADDED: Record<string, string[]> = {
  // aberdeen_scalene: scalene patterns into the shoulder, scapula and down the arm
  scalenes: ['shoulder_pain'],
}

function mimicsFor(muscleId: string, refMimics: string[], tps: readonly TriggerPoint[]): string[] {
  const essential = new Set(tps.flatMap((t) => t.essentialZones))
  const out = [...refMimics, ...(MIMICS_ADDED[muscleId] ?? [])]
  for (const e of EVERYDAY) {
    const hit = e.zones.some((z) => essential.has(z)) || e.implied.some((c) => refMimics.includes(c))
    if (hit && !out.includes(e.id)) out.push(e.id)
  }
  return out
}

interface RefTriggerPoint {
  id: string
  name: string
  location: string
  side: TriggerPoint['palpation']
  essentialZones: string[]
  spilloverZones: string[]
  laterality: TriggerPoint['laterality']
  bilateralZones?: string[]
  note?: string
}
interface RefMuscle {
  id: string
  name: string
  regionGroup: string
  triggerPoints: RefTriggerPoint[]
  mimics: string[]
  symptoms?: string[]
  notes?: string
  sources: string[]
  primaryReference: string
}
interface Reference {
  muscleGroups: { id: string; name: string }[]
  muscles: RefMuscle[]
  sources: { id: string; url: string }[]
}
/** The hand-written part of one muscle. */
interface Curated {
  plainName: string
  family?: string | null
  bodyArea: Muscle['bodyArea']
  depth: Muscle['depth']
  attachments: Muscle['attachments']
  action: string
  placements: Record<string, Placement>
  symptoms?: string[] | null
  selfCare?: SelfCareData[]
  notes?: string
  palpation?: Record<string, TriggerPoint['palpation']>
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name)
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback
}

/** Reads the hand-written fields back out of a dataset file (the normal case after the first run). */
function curatedFromDataset(file: string): Record<string, Curated> {
  const parsed = MusclesFile.parse(JSON.parse(readFileSync(file, 'utf8')))
  const out: Record<string, Curated> = {}
  for (const m of parsed.muscles) {
    const placements: Record<string, Placement> = {}
    const palpation: Record<string, TriggerPoint['palpation']> = {}
    for (const tp of m.triggerPoints) {
      for (const id of [tp.id, ...(tp.aliases ?? [])]) {
        placements[id] = tp.placement
        palpation[id] = tp.palpation
      }
    }
    out[m.id] = {
      plainName: m.plainName,
      family: m.family,
      bodyArea: m.bodyArea,
      depth: m.depth,
      attachments: m.attachments,
      action: m.action,
      placements,
      symptoms: m.symptoms,
      selfCare: m.selfCare,
      notes: m.notes,
      palpation,
    }
  }
  return out
}

function convert(ref: Reference, curated: Record<string, Curated>): MusclesFileData {
  const keyOfUrl = new Map(ref.sources.map((s) => [s.url, s.id]))
  const muscles = ref.muscles.map((rm): Muscle => {
    const c = curated[rm.id]
    if (!c) throw new Error(`no hand-written fields for muscle ${rm.id}`)
    const ts = rm.primaryReference.includes('vol. 2') ? TS_VOL2 : TS_VOL1
    const webKeys = muscleWebKeys(
      rm.id,
      rm.sources.map((url) => {
        const key = keyOfUrl.get(url)
        if (!key) throw new Error(`${rm.id}: source URL not in the reference's sources[]: ${url}`)
        return key
      }),
    )
    const triggerPoints = rm.triggerPoints.map((rt): TriggerPoint => {
      const fix = CORRECTIONS[rt.id]
      const id = triggerPointId(rm.id, rt.id)
      const placement = c.placements[rt.id]
      if (!placement) throw new Error(`no placement for trigger point ${rt.id}`)
      const bilateralZones = fix?.bilateralZones ?? rt.bilateralZones
      const note = fix?.note ?? rt.note
      return {
        id,
        ...(id !== rt.id ? { aliases: [rt.id] } : {}),
        name: fix?.name ?? rt.name,
        location: fix?.location ?? rt.location,
        placement,
        palpation: c.palpation?.[rt.id] ?? fix?.palpation ?? rt.side,
        essentialZones: fix?.essentialZones ?? rt.essentialZones,
        spilloverZones: fix?.spilloverZones ?? rt.spilloverZones,
        laterality: rt.laterality,
        ...(bilateralZones ? { bilateralZones } : {}),
        ...(note ? { note } : {}),
        sources: sourcesForTriggerPoint(id, [ts, ...webKeys, ...(fix?.sources ?? [])]),
      }
    })
    const symptoms = rm.symptoms && rm.symptoms.length > 0 ? rm.symptoms : (c.symptoms ?? [])
    return {
      id: rm.id,
      name: rm.name,
      plainName: c.plainName,
      ...(c.family ? { family: c.family } : {}),
      group: rm.regionGroup,
      bodyArea: c.bodyArea,
      depth: c.depth,
      attachments: c.attachments,
      action: c.action,
      mimics: mimicsFor(rm.id, rm.mimics, triggerPoints),
      symptoms,
      ...((c.notes ?? rm.notes) ? { notes: c.notes ?? rm.notes } : {}),
      ...(c.selfCare && c.selfCare.length > 0 ? { selfCare: c.selfCare } : {}),
      triggerPoints,
      sources: [ts, ...webKeys],
    }
  })
  return MusclesFile.parse({ muscleGroups: ref.muscleGroups, muscles })
}

/** One line, with a space after each colon and comma: `{ "at": "c7", "offset": [0, 0.02, 0] }` */
function stringifyFlat(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stringifyFlat).join(', ')}]`
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined)
    return entries.length === 0 ? '{}' : `{ ${entries.map(([k, v]) => `${JSON.stringify(k)}: ${stringifyFlat(v)}`).join(', ')} }`
  }
  return JSON.stringify(value) ?? 'null'
}

/** JSON with short arrays and objects kept on one line, so a muscle reads as one screenful. */
function stringifyCompact(value: unknown, indent = ''): string {
  const flat = stringifyFlat(value)
  if (flat.length + indent.length <= 110 || value === null || typeof value !== 'object') return flat
  const inner = indent + '  '
  if (Array.isArray(value)) return `[\n${value.map((v) => inner + stringifyCompact(v, inner)).join(',\n')}\n${indent}]`
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined)
  return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${stringifyCompact(v, inner)}`).join(',\n')}\n${indent}}`
}

function main(): void {
  const refFile = arg('--reference', '../shared/reference/referral-reference.json')
  const outFile = arg('--out', 'data/muscles.json')
  const curatedFile = arg('--curated', '')
  const ref = JSON.parse(readFileSync(refFile, 'utf8')) as Reference
  const curated = curatedFile
    ? (JSON.parse(readFileSync(curatedFile, 'utf8')) as Record<string, Curated>)
    : curatedFromDataset(outFile)
  const text = stringifyCompact(convert(ref, curated)) + '\n'
  if (process.argv.includes('--check')) {
    const current = existsSync(outFile) ? readFileSync(outFile, 'utf8') : ''
    const a = current.split('\n')
    const b = text.split('\n')
    let shown = 0
    for (let i = 0; i < Math.max(a.length, b.length) && shown < 40; i++) {
      if (a[i] !== b[i]) {
        console.log(`${i + 1}: - ${a[i] ?? ''}\n${i + 1}: + ${b[i] ?? ''}`)
        shown++
      }
    }
    console.log(
      shown === 0 ? `${outFile} matches the reference plus corrections` : `${outFile} differs (first ${shown} lines shown)`,
    )
    return
  }
  writeFileSync(outFile, text)
  const parsed = MusclesFile.parse(JSON.parse(text))
  const tps = parsed.muscles.reduce((n, m) => n + m.triggerPoints.length, 0)
  console.log(`wrote ${outFile}: ${parsed.muscles.length} muscles, ${tps} trigger points`)
}

main()
