// Content checks of data/muscles.json that need no body model (issue 5): counts, ids kept from
// the reference (DESIGN section 4), the audit's corrections, placements naming contract
// landmarks, sources and the everyday conditions. Cross-file references (regions, sources,
// conditions) and landmarks on the real model are checked by the validator (npm run validate).
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { MusclesFile, type Muscle, type Placement, type TriggerPoint } from '../../../src/domain/validation'
import { LANDMARKS } from '../../../scripts/body/landmark-table'

const file = MusclesFile.parse(JSON.parse(readFileSync('data/muscles.json', 'utf8')))
const muscles: Muscle[] = file.muscles
const tps: TriggerPoint[] = muscles.flatMap((m) => m.triggerPoints)
const muscle = (id: string): Muscle => {
  const m = muscles.find((x) => x.id === id)
  if (!m) throw new Error(`no muscle ${id}`)
  return m
}
/** a trigger point by its dataset id or any alias (reference id) */
const tp = (id: string): TriggerPoint => {
  const t = tps.find((x) => x.id === id || x.aliases?.includes(id))
  if (!t) throw new Error(`no trigger point ${id}`)
  return t
}

// The ids of ../shared/reference/referral-reference.json (copied here so the test runs from a
// clean clone): every one must stay reachable, as an id or an alias.
const REFERENCE_MUSCLES = `
  upper_trapezius middle_trapezius lower_trapezius levator_scapulae sternocleidomastoid_sternal
  sternocleidomastoid_clavicular splenius_capitis splenius_cervicis semispinalis_capitis suboccipitals
  scalenes temporalis masseter lateral_pterygoid medial_pterygoid digastric occipitofrontalis
  orbicularis_oculi zygomaticus_major platysma rhomboids supraspinatus infraspinatus teres_minor
  teres_major subscapularis latissimus_dorsi serratus_anterior serratus_posterior_superior
  serratus_posterior_inferior deltoid pectoralis_major pectoralis_minor subclavius sternalis
  coracobrachialis biceps_brachii brachialis triceps_brachii anconeus supinator brachioradialis
  extensor_carpi_radialis_longus extensor_carpi_radialis_brevis extensor_carpi_ulnaris extensor_digitorum
  extensor_indicis palmaris_longus flexor_carpi_radialis flexor_carpi_ulnaris flexor_digitorum
  flexor_pollicis_longus pronator_teres adductor_pollicis opponens_pollicis first_dorsal_interosseous
  abductor_digiti_minimi_hand rectus_abdominis external_oblique iliocostalis_thoracis
  iliocostalis_lumborum longissimus_thoracis multifidi quadratus_lumborum iliopsoas pelvic_floor
  gluteus_maximus gluteus_medius gluteus_minimus_anterior gluteus_minimus_posterior piriformis
  tensor_fasciae_latae sartorius pectineus adductor_longus_brevis adductor_magnus gracilis rectus_femoris
  vastus_medialis vastus_intermedius vastus_lateralis biceps_femoris semitendinosus_semimembranosus
  popliteus gastrocnemius soleus plantaris tibialis_anterior tibialis_posterior peroneus_longus
  peroneus_brevis peroneus_tertius extensor_digitorum_longus extensor_hallucis_longus
  flexor_digitorum_longus flexor_hallucis_longus abductor_hallucis quadratus_plantae
  extensor_digitorum_brevis abductor_digiti_minimi_foot flexor_digitorum_brevis flexor_hallucis_brevis
`
  .trim()
  .split(/\s+/)
const REFERENCE_TRIGGER_POINTS = `
  upper_trapezius_trp1 upper_trapezius_trp2 middle_trapezius_medial middle_trapezius_lateral
  lower_trapezius_trp3 lower_trapezius_trp4 levator_scapulae_upper levator_scapulae_lower
  scm_sternal_lower scm_sternal_mid scm_sternal_upper scm_clavicular_mid scm_clavicular_upper
  splenius_capitis_trp splenius_cervicis_upper splenius_cervicis_lower semispinalis_upper semispinalis_mid
  posterior_cervical_lower suboccipital_trp scalene_anterior_middle scalene_posterior temporalis_anterior
  temporalis_middle temporalis_posterior masseter_superficial_upper masseter_superficial_mid
  masseter_superficial_lower masseter_deep lateral_pterygoid_trp medial_pterygoid_trp digastric_posterior
  digastric_anterior frontalis_trp occipitalis_trp orbicularis_oculi_trp zygomaticus_trp platysma_trp
  rhomboid_trp supraspinatus_medial supraspinatus_tendon infraspinatus_upper infraspinatus_medial_low
  teres_minor_trp teres_major_trp subscapularis_trp latissimus_axillary latissimus_lower
  serratus_anterior_trp sps_trp spi_trp deltoid_anterior deltoid_middle deltoid_posterior
  pec_major_clavicular pec_major_sternal pec_major_costal pec_minor_trp subclavius_trp sternalis_trp
  coracobrachialis_trp biceps_trp brachialis_distal triceps_long_head triceps_medial_lateral
  triceps_lateral_head triceps_deep_olecranon triceps_medial_medial anconeus_trp supinator_trp
  brachioradialis_trp ecrl_trp ecrb_trp ecu_trp extensor_digitorum_middle extensor_digitorum_ring
  extensor_indicis_trp palmaris_longus_trp fcr_trp fcu_trp flexor_digitorum_trp fpl_trp pronator_teres_trp
  adductor_pollicis_trp opponens_pollicis_trp fdi_trp adm_hand_trp rectus_upper rectus_periumbilical
  rectus_mcburney rectus_lower external_oblique_upper external_oblique_lower iliocostalis_thoracis_t6
  iliocostalis_thoracis_t11 iliocostalis_lumborum_l1 longissimus_t10_l1 multifidus_l1_l2 multifidus_l5_s1
  multifidus_s4 ql_superficial_upper ql_superficial_lower ql_deep_upper ql_deep_lower psoas_abdominal
  iliacus_trp iliopsoas_distal coccygeus_levator_trp gmax_trp1 gmax_trp2 gmax_trp3 gmed_trp1 gmed_trp2
  gmed_trp3 gmin_anterior_trp gmin_posterior_trp piriformis_lateral piriformis_medial tfl_trp
  sartorius_trps pectineus_trp adductor_longus_proximal adductor_longus_distal adductor_magnus_distal
  adductor_magnus_proximal gracilis_trp rectus_femoris_high vastus_medialis_distal
  vastus_medialis_proximal vastus_intermedius_trp vastus_lateralis_distal vastus_lateralis_mid
  vastus_lateralis_posterior biceps_femoris_trp medial_hamstring_trp popliteus_trp gastroc_medial
  gastroc_lateral gastroc_knee soleus_trp1 soleus_trp2 soleus_trp3 plantaris_trp tibialis_anterior_trp
  tibialis_posterior_trp peroneus_longus_trp peroneus_brevis_trp peroneus_tertius_trp edl_trp ehl_trp
  fdl_trp fhl_trp abductor_hallucis_trp quadratus_plantae_trp edb_trp adm_foot_trp fdb_trp fhb_trp
`
  .trim()
  .split(/\s+/)

describe('data/muscles.json', () => {
  it('holds at least 100 muscles and 155 trigger points', () => {
    expect(muscles.length).toBeGreaterThanOrEqual(100)
    expect(tps.length).toBeGreaterThanOrEqual(155)
  })

  it('keeps every muscle and trigger point id of the reference', () => {
    const muscleIds = new Set(muscles.flatMap((m) => [m.id, ...(m.aliases ?? [])]))
    expect(REFERENCE_MUSCLES.filter((id) => !muscleIds.has(id))).toEqual([])
    const tpIds = new Set(tps.flatMap((t) => [t.id, ...(t.aliases ?? [])]))
    expect(REFERENCE_TRIGGER_POINTS.filter((id) => !tpIds.has(id))).toEqual([])
  })

  it('has unique ids and aliases across muscles and across trigger points', () => {
    for (const list of [muscles, tps]) {
      const all = list.flatMap((x) => [x.id, ...(x.aliases ?? [])])
      expect(all.filter((id, i) => all.indexOf(id) !== i)).toEqual([])
    }
  })

  it('starts every trigger point id with its muscle id', () => {
    const bad = muscles.flatMap((m) => m.triggerPoints.filter((t) => !t.id.startsWith(`${m.id}_`)).map((t) => t.id))
    expect(bad).toEqual([])
  })

  it('spells short reference prefixes out and keeps the reference id as an alias', () => {
    expect(tp('gmin_posterior_trp').id).toBe('gluteus_minimus_posterior_trp')
    expect(tp('ql_deep_upper').id).toBe('quadratus_lumborum_deep_upper')
    expect(tp('ql_superficial_upper').aliases).toEqual(['ql_superficial_upper'])
    expect(tp('upper_trapezius_trp1').aliases).toBeUndefined()
  })

  it('names only contract landmarks (DESIGN section 3), without a side, in every placement', () => {
    const known = new Set(LANDMARKS.map((l) => l.id))
    const refs = (p: Placement) => ('at' in p ? [p.at] : p.between)
    const placements = muscles.flatMap((m) => [
      m.attachments.origin,
      m.attachments.insertion,
      ...m.triggerPoints.map((t) => t.placement),
    ])
    expect(placements.length).toBe(2 * muscles.length + tps.length)
    expect(placements.flatMap(refs).filter((r) => !known.has(r))).toEqual([])
  })

  it('places the upper trapezius TrP1 half-way between the base of the neck and the acromion', () => {
    expect(tp('upper_trapezius_trp1').placement).toMatchObject({ between: ['c7', 'acromion'], t: 0.5 })
  })

  it('never lists a zone as both essential and spillover, and bilateral zones are its own zones', () => {
    for (const t of tps) {
      expect(
        t.essentialZones.filter((z) => t.spilloverZones.includes(z)),
        t.id,
      ).toEqual([])
      const zones = [...t.essentialZones, ...t.spilloverZones]
      expect(
        (t.bilateralZones ?? []).every((z) => zones.includes(z)),
        t.id,
      ).toBe(true)
      expect(t.laterality === 'ipsilateral_with_bilateral_zones', t.id).toBe((t.bilateralZones ?? []).length > 0)
    }
  })
})

describe('corrections of the reference (CORRECTIONS.md)', () => {
  it('1: temporalis TrP4 refers over the side and back of the head, not to the teeth', () => {
    const t = tp('temporalis_posterior')
    expect(t.essentialZones).toEqual(['side_of_head'])
    expect(t.spilloverZones).toEqual(['occiput'])
    expect(t.location).toMatch(/behind the ear/)
  })
  it('2: iliocostalis thoracis at T6 has no abdominal zone but the medial scapular border', () => {
    const t = tp('iliocostalis_thoracis_t6')
    expect([...t.essentialZones, ...t.spilloverZones]).not.toContain('upper_abdominal_quadrant')
    expect([...t.essentialZones, ...t.spilloverZones]).toContain('medial_scapular_border')
    expect(t.spilloverZones).toContain('anterolateral_chest')
    expect(tp('iliocostalis_thoracis_t11').spilloverZones).toContain('lower_abdominal_quadrant')
  })
  it('3: suboccipitals refer to the occiput as an essential zone', () => {
    const t = tp('suboccipital_trp')
    expect(t.essentialZones).toEqual(['occipital_base', 'occiput', 'side_of_head', 'eye_orbit'])
    expect(t.spilloverZones).toEqual(['forehead'])
  })
  it('4: both levator scapulae trigger points share one pattern', () => {
    const upper = tp('levator_scapulae_upper')
    expect(upper.spilloverZones).toEqual(['medial_scapular_border', 'inferior_angle_scapula', 'posterior_deltoid'])
    const lower = tp('levator_scapulae_lower')
    expect(new Set([...upper.essentialZones, ...upper.spilloverZones])).toEqual(
      new Set([...lower.essentialZones, ...lower.spilloverZones]),
    )
  })
  it('5: soleus TrP1 refers to the heel, not the arch', () => {
    const t = tp('soleus_trp1')
    expect([...t.essentialZones, ...t.spilloverZones]).not.toContain('arch_instep')
    expect(t.essentialZones).toEqual(expect.arrayContaining(['posterior_heel', 'plantar_heel']))
  })
  it('6: quadratus lumborum superficial upper TrP has the lower abdomen as spillover', () => {
    const t = tp('ql_superficial_upper')
    expect(t.essentialZones).toEqual(['iliac_crest'])
    expect(t.spilloverZones).toEqual(['lower_abdominal_quadrant', 'groin'])
  })
  it('7: occipitalis refers into the orbit as an essential zone', () => {
    expect(tp('occipitalis_trp').essentialZones).toEqual(['occiput', 'eye_orbit'])
  })
  it('8: upper trapezius TrP1 leaves the occiput to TrP2; extensor digitorum has no volar wrist zone', () => {
    expect(tp('upper_trapezius_trp1').spilloverZones).not.toContain('occiput')
    expect(tp('upper_trapezius_trp2').essentialZones).toContain('occiput')
    const ed = tp('extensor_digitorum_middle')
    expect([...ed.essentialZones, ...ed.spilloverZones]).not.toContain('volar_wrist')
  })
})

describe('muscle content', () => {
  const TS = ['travell_simons_vol1', 'travell_simons_vol2']

  it('cites one Travell & Simons volume per muscle, and it on each of its trigger points', () => {
    for (const m of muscles) {
      const ts = m.sources.filter((s) => TS.includes(s))
      expect(ts, m.id).toHaveLength(1)
      for (const t of m.triggerPoints) expect(t.sources, t.id).toContain(ts[0])
    }
    expect(muscle('upper_trapezius').sources).toContain('travell_simons_vol1')
    expect(muscle('piriformis').sources).toContain('travell_simons_vol2')
  })

  it('cites for a trigger point only sources of its muscle, and for a muscle at least one web source', () => {
    for (const m of muscles) {
      expect(m.sources.filter((s) => !TS.includes(s)).length, m.id).toBeGreaterThanOrEqual(1)
      for (const t of m.triggerPoints)
        expect(
          t.sources.filter((s) => !m.sources.includes(s)),
          t.id,
        ).toEqual([])
      for (const c of m.selfCare ?? [])
        expect(
          c.sources.filter((s) => !m.sources.includes(s)),
          m.id,
        ).toEqual([])
    }
  })

  it('gives every muscle plain words, an action and at least one symptom', () => {
    for (const m of muscles) {
      expect(m.plainName, m.id).not.toBe(m.name)
      expect(m.plainName, m.id).toMatch(/^[a-z]/)
      expect(m.symptoms.length, m.id).toBeGreaterThan(0)
      expect(m.mimics.length, m.id).toBeGreaterThan(0)
    }
  })

  it('groups the parts of one muscle in a family', () => {
    const family = (f: string) => muscles.filter((m) => m.family === f).map((m) => m.id)
    expect(family('trapezius')).toEqual(['upper_trapezius', 'middle_trapezius', 'lower_trapezius'])
    expect(family('sternocleidomastoid')).toHaveLength(2)
    expect(family('gluteus_minimus')).toEqual(['gluteus_minimus_anterior', 'gluteus_minimus_posterior'])
    expect(family('quadriceps')).toHaveLength(4)
  })

  it('files muscles under the body area a patient would look in', () => {
    expect(muscle('masseter').bodyArea).toBe('head_neck')
    expect(muscle('infraspinatus').bodyArea).toBe('shoulder')
    expect(muscle('extensor_digitorum').bodyArea).toBe('arm')
    expect(muscle('first_dorsal_interosseous').bodyArea).toBe('hand')
    expect(muscle('quadratus_lumborum').bodyArea).toBe('trunk')
    expect(muscle('piriformis').bodyArea).toBe('hip')
    expect(muscle('vastus_medialis').bodyArea).toBe('thigh_knee')
    expect(muscle('soleus').bodyArea).toBe('leg_foot')
    for (const m of muscles.filter((x) => x.group === 'leg_foot')) expect(m.bodyArea, m.id).toBe('leg_foot')
  })

  it('links the everyday conditions of the clinic to the muscles whose patterns cause them', () => {
    const mimickers = (c: string) => muscles.filter((m) => m.mimics.includes(c)).map((m) => m.id)
    expect(mimickers('headache')).toEqual(
      expect.arrayContaining(['upper_trapezius', 'sternocleidomastoid_sternal', 'suboccipitals', 'temporalis']),
    )
    expect(mimickers('neck_pain')).toEqual(expect.arrayContaining(['levator_scapulae', 'upper_trapezius']))
    expect(mimickers('shoulder_pain')).toEqual(expect.arrayContaining(['infraspinatus', 'deltoid', 'supraspinatus']))
    expect(mimickers('hip_pain')).toEqual(expect.arrayContaining(['gluteus_minimus_anterior', 'tensor_fasciae_latae']))
    expect(mimickers('knee_pain')).toEqual(expect.arrayContaining(['vastus_medialis', 'rectus_femoris', 'popliteus']))
    expect(mimickers('tendonitis')).toEqual(expect.arrayContaining(['supinator', 'soleus']))
    for (const c of [
      'sciatica',
      'low_back_pain',
      'upper_back_pain',
      'carpal_tunnel',
      'tmj_disorder',
      'plantar_fasciitis',
      'calf_cramps',
      'it_band_syndrome',
    ]) {
      expect(mimickers(c).length, c).toBeGreaterThan(0)
    }
    expect(mimickers('headache')).not.toContain('soleus')
  })
})
