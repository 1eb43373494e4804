import { describe, expect, it } from 'vitest'
import { validateDataset } from '../../../../src/domain/validation'
import { formatErrors } from '../../../../src/domain/dataset'
import type { ValidationResult } from '../../../../src/domain/validation'
import type { DatasetError } from '../../../../src/domain/dataset'
import { FIXTURE_LANDMARKS, fixtureFiles } from '../../../fixtures/dataset'
import type { LooseFiles } from '../../../fixtures/dataset'

function errorsOf(result: ValidationResult): DatasetError[] {
  if (result.ok) throw new Error('expected the dataset to be refused')
  return result.errors
}

/** Breaks a fresh copy of the fixture and returns its error lines. */
function linesAfter(change: (f: LooseFiles) => void, landmarkIds?: ReadonlySet<string>): string[] {
  const files = fixtureFiles()
  change(files)
  return formatErrors(errorsOf(validateDataset(files, { landmarkIds }))).split('\n')
}

describe('validateDataset on a valid dataset', () => {
  it('accepts the fixture and returns every file merged into one dataset', () => {
    const result = validateDataset(fixtureFiles(), { landmarkIds: FIXTURE_LANDMARKS })
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.dataset.muscles.map((m) => m.id)).toEqual(['upper_trapezius', 'masseter'])
    expect(result.dataset.regions).toHaveLength(4)
    expect(result.dataset.therapy.holdSeconds).toEqual([10, 30])
  })
})

describe('validateDataset: schema errors', () => {
  it('reports a missing file at its root', () => {
    const files: Partial<LooseFiles> = fixtureFiles()
    delete files.therapy
    expect(formatErrors(errorsOf(validateDataset(files)))).toBe('therapy.json: (root): file is missing')
  })

  it('reports wrong types, missing fields and unknown fields with file-relative paths', () => {
    const lines = linesAfter((f) => {
      f.muscles.muscles[1].triggerPoints[0].essentialZones[0] = 7
      delete f.conditions.conditions[0].name
      f.sources.sources[0].colour = 'red'
    })
    expect(lines).toEqual([
      'muscles.json: muscles[1].triggerPoints[0].essentialZones[0]: expected string, received number',
      'conditions.json: conditions[0].name: missing required field (expected string)',
      'sources.json: sources[0].colour: unknown field "colour"',
    ])
  })

  it('explains a bad placement by the branch it nearly matched', () => {
    const lines = linesAfter((f) => {
      f.muscles.muscles[0].triggerPoints[0].placement = { between: ['c7'], t: 2 }
    })
    expect(lines).toEqual([
      'muscles.json: muscles[0].triggerPoints[0].placement.between: Too small: expected array to have >=2 items',
      'muscles.json: muscles[0].triggerPoints[0].placement.t: Too big: expected number to be <=1',
    ])
  })

  it('quotes odd keys in paths and clips huge ones', () => {
    const lines = linesAfter((f) => {
      f.regions['a b'] = 1
      f.regions['x'.repeat(5000)] = 1
    })
    expect(lines[0]).toBe('regions.json: ["a b"]: unknown field "a b"')
    expect(lines[1]!.length).toBeLessThan(300)
  })

  it('refuses values that are not objects at all', () => {
    const r = errorsOf(validateDataset({ regions: null, muscles: 42, conditions: 'x', sources: [], therapy: true }))
    expect(r.map((e) => e.file)).toEqual(['regions.json', 'muscles.json', 'conditions.json', 'sources.json', 'therapy.json'])
    expect(r.every((e) => e.path === '(root)')).toBe(true)
  })

  it('never throws on a non-object argument', () => {
    for (const bad of [null, undefined, 3, 'text', [], () => 1]) {
      expect(validateDataset(bad as never).ok).toBe(false)
    }
  })

  it('caps a flood of errors and says how many it left out', () => {
    const files = fixtureFiles()
    files.conditions.conditions = Array.from({ length: 1000 }, () => ({ id: 'BAD' }))
    const errors = errorsOf(validateDataset(files, { maxErrors: 50 }))
    expect(errors).toHaveLength(51)
    expect(errors[50]!.message).toMatch(/^\d+ more errors not shown$/)
  })
})

describe('validateDataset: cross-references', () => {
  it('names an unknown region with the JSON path of the zone', () => {
    expect(
      linesAfter((f) => {
        f.muscles.muscles[0].triggerPoints[0].essentialZones[2] = 'templ'
      }),
    ).toEqual(['muscles.json: muscles[0].triggerPoints[0].essentialZones[2]: unknown region "templ"'])
  })

  it('checks spillover zones, repeated zones, and zones both essential and spillover', () => {
    expect(
      linesAfter((f) => {
        const tp = f.muscles.muscles[1].triggerPoints[0]
        tp.spilloverZones = ['temple', 'nowhere', 'angle_of_jaw', 'temple']
      }),
    ).toEqual([
      'muscles.json: muscles[1].triggerPoints[0].spilloverZones[1]: unknown region "nowhere"',
      'muscles.json: muscles[1].triggerPoints[0].spilloverZones[3]: region "temple" is listed twice',
      'muscles.json: muscles[1].triggerPoints[0].spilloverZones[2]: region "angle_of_jaw" is both an essential and a spillover zone',
    ])
  })

  it('requires bilateral zones to be zones of the trigger point and to agree with laterality', () => {
    expect(
      linesAfter((f) => {
        f.muscles.muscles[0].triggerPoints[1].bilateralZones = ['temple']
      }),
    ).toEqual([
      'muscles.json: muscles[0].triggerPoints[1].bilateralZones[0]: bilateral zone "temple" is not one of the trigger point\'s zones',
    ])
    expect(
      linesAfter((f) => {
        delete f.muscles.muscles[0].triggerPoints[1].bilateralZones
      }),
    ).toEqual([
      'muscles.json: muscles[0].triggerPoints[1].laterality: laterality says bilateral zones but bilateralZones is empty or missing',
    ])
    expect(
      linesAfter((f) => {
        f.muscles.muscles[0].triggerPoints[0].bilateralZones = ['temple']
      }),
    ).toEqual(['muscles.json: muscles[0].triggerPoints[0].bilateralZones: bilateralZones given but laterality is "ipsilateral"'])
  })

  it('checks source keys of muscles, trigger points, self-care and therapy facts', () => {
    expect(
      linesAfter((f) => {
        f.muscles.muscles[0].sources[1] = 'nope'
        f.muscles.muscles[0].triggerPoints[0].sources[0] = 'nope2'
        f.muscles.muscles[1].selfCare[0].sources[0] = 'nope3'
        f.therapy.therapy.redFlags[0].sources[0] = 'nope4'
      }),
    ).toEqual([
      'muscles.json: muscles[0].sources[1]: unknown source "nope"',
      'muscles.json: muscles[0].triggerPoints[0].sources[0]: unknown source "nope2"',
      'muscles.json: muscles[1].selfCare[0].sources[0]: unknown source "nope3"',
      'therapy.json: therapy.redFlags[0].sources[0]: unknown source "nope4"',
    ])
  })

  it('finds duplicate ids of each kind, trigger points across muscles included', () => {
    expect(
      linesAfter((f) => {
        f.muscles.muscles[1].id = 'upper_trapezius'
        f.muscles.muscles[1].triggerPoints[0].id = 'upper_trapezius_trp1'
        f.sources.sources[1].id = 'travell_simons_v1'
        f.therapy.therapy.causes[0].id = 'fever'
      }),
    ).toEqual(
      expect.arrayContaining([
        'muscles.json: muscles[1].id: duplicate muscle id "upper_trapezius" (first at muscles[0])',
        'muscles.json: muscles[1].triggerPoints[0].id: duplicate trigger point id "upper_trapezius_trp1" (first at muscles[0].triggerPoints[0])',
        'sources.json: sources[1].id: duplicate source id "travell_simons_v1" (first at sources[0])',
        'therapy.json: therapy.causes[0].id: duplicate therapy fact id "fever" (first at therapy.contraindications[0])',
      ]),
    )
  })

  it('keeps aliases apart from ids and from each other', () => {
    expect(
      linesAfter((f) => {
        f.muscles.muscles[0].aliases = ['masseter', 'upper_trapezius', 'masseter_muscle']
        f.conditions.conditions[0].aliases = ['tmj_disorder', 'tmj']
      }),
    ).toEqual([
      'muscles.json: muscles[0].aliases[0]: alias "masseter" is the id of another muscle (muscles[1])',
      'muscles.json: muscles[0].aliases[1]: alias "upper_trapezius" repeats the muscle\'s own id',
      'muscles.json: muscles[1].aliases[0]: duplicate muscle alias "masseter_muscle" (first at muscles[0].aliases[2])',
      'conditions.json: conditions[0].aliases[0]: alias "tmj_disorder" is the id of another condition (conditions[1])',
      'conditions.json: conditions[1].aliases[0]: duplicate condition alias "tmj" (first at conditions[0].aliases[1])',
    ])
  })

  it('refuses alias cycles (two entries naming each other)', () => {
    const lines = linesAfter((f) => {
      f.muscles.muscles[0].triggerPoints[0].aliases = ['upper_trapezius_trp2']
      f.muscles.muscles[0].triggerPoints[1].aliases = ['upper_trapezius_trp1']
    })
    expect(lines).toHaveLength(2)
    expect(lines.every((l) => l.includes('is the id of another trigger point'))).toBe(true)
  })

  it('checks region groups: real regions, each region in exactly one group, matching its group field', () => {
    expect(
      linesAfter((f) => {
        f.regions.regionGroups[0].regions.push('ghost', 'posterolateral_neck')
      }),
    ).toEqual([
      'regions.json: regionGroups[0].regions[3]: unknown region "ghost"',
      'regions.json: regionGroups[1].regions[0]: region "posterolateral_neck" is already in group "head_face"',
      'regions.json: regions[3].group: region "posterolateral_neck" says group "neck" but is listed in group "head_face"',
    ])
    expect(
      linesAfter((f) => {
        f.regions.regionGroups[1].regions = []
      }),
    ).toEqual(['regions.json: regions[3].id: region "posterolateral_neck" is in no region group'])
  })

  it('checks muscle groups, mimicked conditions and reachability of every condition', () => {
    expect(
      linesAfter((f) => {
        f.muscles.muscles[1].group = 'jaw'
        f.muscles.muscles[0].mimics = ['tmj_disorder', 'migrane']
      }),
    ).toEqual([
      'muscles.json: muscles[0].mimics[1]: unknown condition "migrane"',
      'muscles.json: muscles[1].group: unknown muscle group "jaw"',
      'conditions.json: conditions[0].id: condition "tension_headache" is mimicked by no muscle, so nothing leads to it',
    ])
  })

  it('checks the common causes of a condition: known trigger point, listed once, known sources', () => {
    const cause = (triggerPoint: string, sources = ['travell_simons_v1']) => ({ triggerPoint, level: 'most_common', sources })
    expect(
      linesAfter((f) => {
        f.conditions.conditions[0].commonCauses = [
          cause('upper_trapezius_trp1'),
          cause('upper_trapezius_trp9'),
          cause('upper_trapezius_trp1'),
          cause('upper_trapezius_trp2', ['nowhere_2020']),
        ]
      }),
    ).toEqual([
      'conditions.json: conditions[0].commonCauses[1].triggerPoint: unknown trigger point "upper_trapezius_trp9"',
      'conditions.json: conditions[0].commonCauses[2].triggerPoint: trigger point "upper_trapezius_trp1" is listed twice',
      'conditions.json: conditions[0].commonCauses[3].sources[0]: unknown source "nowhere_2020"',
    ])
  })

  it('requires trigger point ids to start with their muscle id', () => {
    expect(
      linesAfter((f) => {
        f.muscles.muscles[1].triggerPoints[0].id = 'mass_deep'
      }),
    ).toEqual([
      'muscles.json: muscles[1].triggerPoints[0].id: trigger point id "mass_deep" must start with its muscle id "masseter_"',
    ])
  })

  it('requires at least one trigger point and one source per muscle', () => {
    expect(
      linesAfter((f) => {
        f.muscles.muscles[1].triggerPoints = []
        f.muscles.muscles[1].sources = []
      }),
    ).toEqual([
      'muscles.json: muscles[1].triggerPoints: Too small: expected array to have >=1 items',
      'muscles.json: muscles[1].sources: Too small: expected array to have >=1 items',
    ])
  })

  it('checks placements against sided landmarks of the body model when given', () => {
    const oneSided = new Set([...FIXTURE_LANDMARKS].filter((id) => id !== 'acromion.R'))
    const lines = linesAfter((f) => {
      f.regions.regions[0].shapes[0].center.at = 'tempel'
    }, oneSided)
    expect(lines).toEqual([
      'regions.json: regions[0].shapes[0].center.at: unknown landmark "tempel"',
      'muscles.json: muscles[0].attachments.insertion.at: landmark "acromion" exists in the body model only as acromion.L',
      'muscles.json: muscles[0].triggerPoints[0].placement.between[1]: landmark "acromion" exists in the body model only as acromion.L',
      'muscles.json: muscles[0].triggerPoints[1].placement.between[1]: landmark "acromion" exists in the body model only as acromion.L',
    ])
  })

  it('checks facing directions: no zero vector, landmark directions name real landmarks', () => {
    expect(
      linesAfter((f) => {
        f.regions.regions[0].shapes[0].facing.dir = [0, 0, 0]
        f.regions.regions[3].shapes[0].facing.dir = 'neck-back'
      }, FIXTURE_LANDMARKS),
    ).toEqual([
      'regions.json: regions[0].shapes[0].facing.dir: facing direction must not be the zero vector',
      'regions.json: regions[3].shapes[0].facing.dir: unknown landmark "neck-back"',
    ])
  })

  it('does not check landmarks without a landmark set', () => {
    const files = fixtureFiles()
    files.regions.regions[0].shapes[0].center.at = 'tempel'
    expect(validateDataset(files).ok).toBe(true)
  })

  it('accepts only https: source links, or http: with a reason (issue 12)', () => {
    expect(
      linesAfter((f) => {
        f.sources.sources[0].url = 'javascript:alert(1)'
        f.sources.sources[1].url = 'http://example.org/page'
      }),
    ).toEqual([
      'sources.json: sources[0].url: link scheme "javascript:" is not allowed (only https:, or http: with "httpOnly"): "javascript:alert(1)"',
      'sources.json: sources[1].url: plain http: link "http://example.org/page"; use https:, or add "httpOnly" with the reason the site has no https',
    ])
    expect(
      linesAfter((f) => {
        f.sources.sources[0].url = 'data:text/html,hi'
        f.sources.sources[1].url = 'ftp://example.org/file'
      }),
    ).toEqual([
      'sources.json: sources[0].url: link scheme "data:" is not allowed (only https:, or http: with "httpOnly"): "data:text/html,hi"',
      'sources.json: sources[1].url: link scheme "ftp:" is not allowed (only https:, or http: with "httpOnly"): "ftp://example.org/file"',
    ])
    const files = fixtureFiles()
    files.sources.sources[1].url = 'http://example.org/page'
    files.sources.sources[1].httpOnly = 'the site serves no https'
    expect(validateDataset(files, { landmarkIds: FIXTURE_LANDMARKS }).ok).toBe(true)
    expect(
      linesAfter((f) => {
        f.sources.sources[1].url = 'https://example.org/page'
        f.sources.sources[1].httpOnly = 'no reason'
      }),
    ).toEqual(['sources.json: sources[1].httpOnly: httpOnly given but the link is already https:'])
  })

  it('checks that therapy ranges run from minimum to maximum', () => {
    expect(
      linesAfter((f) => {
        f.therapy.therapy.sorenessHours = [48, 24]
      }),
    ).toEqual(['therapy.json: therapy.sorenessHours: range [48, 24] has its minimum above its maximum'])
  })

  it('still cross-checks the valid files when another file is broken', () => {
    const lines = linesAfter((f) => {
      f.conditions = { conditions: 'none' }
      f.muscles.muscles[0].triggerPoints[0].essentialZones[0] = 'templ'
    })
    expect(lines).toEqual([
      'muscles.json: muscles[0].triggerPoints[0].essentialZones[0]: unknown region "templ"',
      'conditions.json: conditions: expected array, received string',
    ])
  })
})
