// Cross-reference checks of a dataset whose files each passed the schema. Each check runs when
// the files it needs are valid, so one broken file does not hide the errors of the others, and
// a file that failed the schema does not produce a flood of "unknown id" echoes.
import { DATASET_FILES } from './schema'
import type { Condition, Muscle, Placement, Region, RegionGroup, RegionShape, Source, Therapy, MuscleGroup } from './schema'
import { formatPath, quoted as q } from '../dataset'

export interface ParsedFiles {
  regions?: { regionGroups: RegionGroup[]; regions: Region[] }
  muscles?: { muscleGroups: MuscleGroup[]; muscles: Muscle[] }
  conditions?: { conditions: Condition[] }
  sources?: { sources: Source[] }
  therapy?: { therapy: Therapy }
}

type Path = readonly PropertyKey[]
export type CrossReferenceReport = (file: keyof typeof DATASET_FILES, path: Path, message: string) => void

/** Ids unique within a kind; an alias is never an id or another alias of the same kind. */
function checkIds(
  report: CrossReferenceReport,
  file: keyof typeof DATASET_FILES,
  kind: string,
  entries: readonly { entry: { id: string; aliases?: string[] }; path: Path }[],
): void {
  const ids = new Map<string, Path>()
  for (const { entry, path } of entries) {
    if (ids.has(entry.id))
      report(file, [...path, 'id'], `duplicate ${kind} id ${q(entry.id)} (first at ${formatPath(ids.get(entry.id)!)})`)
    else ids.set(entry.id, path)
  }
  const aliases = new Map<string, Path>()
  for (const { entry, path } of entries) {
    entry.aliases?.forEach((alias, i) => {
      const at = [...path, 'aliases', i]
      if (alias === entry.id) report(file, at, `alias ${q(alias)} repeats the ${kind}'s own id`)
      else if (ids.has(alias)) report(file, at, `alias ${q(alias)} is the id of another ${kind} (${formatPath(ids.get(alias)!)})`)
      else if (aliases.has(alias))
        report(file, at, `duplicate ${kind} alias ${q(alias)} (first at ${formatPath(aliases.get(alias)!)})`)
      else aliases.set(alias, at)
    })
  }
}

function checkRefs(
  report: CrossReferenceReport,
  file: keyof typeof DATASET_FILES,
  path: Path,
  refs: readonly string[],
  known: ReadonlySet<string> | undefined,
  kind: string,
): void {
  if (!known) return
  const seen = new Set<string>()
  refs.forEach((ref, i) => {
    if (!known.has(ref)) report(file, [...path, i], `unknown ${kind} ${q(ref)}`)
    else if (seen.has(ref)) report(file, [...path, i], `${kind} ${q(ref)} is listed twice`)
    seen.add(ref)
  })
}

/** A dataset ref `acromion` needs `acromion.L` and `acromion.R` in the model; `c7` needs `c7`. */
function landmarkProblem(ref: string, ids: ReadonlySet<string>): string | null {
  if (ids.has(ref)) return null
  const l = ids.has(`${ref}.L`),
    r = ids.has(`${ref}.R`)
  if (l && r) return null
  if (l || r) return `landmark ${q(ref)} exists in the body model only as ${ref}.${l ? 'L' : 'R'}`
  return `unknown landmark ${q(ref)}`
}

function checkPlacement(
  report: CrossReferenceReport,
  file: keyof typeof DATASET_FILES,
  path: Path,
  p: Placement,
  ids: ReadonlySet<string> | undefined,
): void {
  if (!ids) return
  const refs: [string, Path][] = 'at' in p ? [[p.at, [...path, 'at']]] : p.between.map((b, i) => [b, [...path, 'between', i]])
  for (const [ref, at] of refs) {
    const problem = landmarkProblem(ref, ids)
    if (problem) report(file, at, problem)
  }
}

function checkRegions(
  report: CrossReferenceReport,
  f: NonNullable<ParsedFiles['regions']>,
  landmarks?: ReadonlySet<string>,
): void {
  checkIds(
    report,
    'regions',
    'region',
    f.regions.map((entry, i) => ({ entry, path: ['regions', i] })),
  )
  checkIds(
    report,
    'regions',
    'region group',
    f.regionGroups.map((entry, i) => ({ entry, path: ['regionGroups', i] })),
  )
  const regionIds = new Set(f.regions.map((r) => r.id))
  const groupOf = new Map<string, string>()
  f.regionGroups.forEach((g, gi) =>
    g.regions.forEach((id, ri) => {
      const path = ['regionGroups', gi, 'regions', ri]
      if (!regionIds.has(id)) report('regions', path, `unknown region ${q(id)}`)
      else if (groupOf.has(id)) report('regions', path, `region ${q(id)} is already in group ${q(groupOf.get(id)!)}`)
      else groupOf.set(id, g.id)
    }),
  )
  f.regions.forEach((r, i) => {
    const listed = groupOf.get(r.id)
    if (listed === undefined) report('regions', ['regions', i, 'id'], `region ${q(r.id)} is in no region group`)
    else if (listed !== r.group)
      report('regions', ['regions', i, 'group'], `region ${q(r.id)} says group ${q(r.group)} but is listed in group ${q(listed)}`)
    r.shapes.forEach((s, si) => checkShape(report, 'regions', ['regions', i, 'shapes', si], s, landmarks))
  })
}

/** One skin shape (region, pattern or muscle outline): its landmarks, facing and, for a stroke, one radius per point. */
function checkShape(
  report: CrossReferenceReport,
  file: keyof typeof DATASET_FILES,
  at: Path,
  s: RegionShape,
  landmarks?: ReadonlySet<string>,
): void {
  const dir = s.facing?.dir
  if (Array.isArray(dir) && dir.every((c) => c === 0))
    report(file, [...at, 'facing', 'dir'], 'facing direction must not be the zero vector')
  if (typeof dir === 'string' && dir !== 'normal' && landmarks) {
    const problem = landmarkProblem(dir, landmarks)
    if (problem) report(file, [...at, 'facing', 'dir'], problem)
  }
  if (s.kind === 'capsule') {
    checkPlacement(report, file, [...at, 'from'], s.from, landmarks)
    checkPlacement(report, file, [...at, 'to'], s.to, landmarks)
  } else if (s.kind === 'ellipsoid') checkPlacement(report, file, [...at, 'center'], s.center, landmarks)
  else {
    if (s.points.length !== s.radii.length)
      report(file, [...at, 'radii'], `a stroke needs one radius per point: ${s.points.length} points, ${s.radii.length} radii`)
    s.points.forEach((p, k) => checkPlacement(report, file, [...at, 'points', k], p, landmarks))
  }
}

interface Known {
  regions?: Set<string>
  conditions?: Set<string>
  sources?: Set<string>
}

function checkMuscles(
  report: CrossReferenceReport,
  f: NonNullable<ParsedFiles['muscles']>,
  known: Known,
  landmarks?: ReadonlySet<string>,
): void {
  checkIds(
    report,
    'muscles',
    'muscle',
    f.muscles.map((entry, i) => ({ entry, path: ['muscles', i] })),
  )
  checkIds(
    report,
    'muscles',
    'muscle group',
    f.muscleGroups.map((entry, i) => ({ entry, path: ['muscleGroups', i] })),
  )
  checkIds(
    report,
    'muscles',
    'trigger point',
    f.muscles.flatMap((m, i) => m.triggerPoints.map((entry, j) => ({ entry, path: ['muscles', i, 'triggerPoints', j] }))),
  )
  const groups = new Set(f.muscleGroups.map((g) => g.id))
  const muscleIds = new Set(f.muscles.map((m) => m.id))
  f.muscles.forEach((m, i) => {
    const mp = ['muscles', i]
    if (!groups.has(m.group)) report('muscles', [...mp, 'group'], `unknown muscle group ${q(m.group)}`)
    checkRefs(report, 'muscles', [...mp, 'mimics'], m.mimics, known.conditions, 'condition')
    checkRefs(report, 'muscles', [...mp, 'sources'], m.sources, known.sources, 'source')
    m.selfCare?.forEach((s, si) =>
      checkRefs(report, 'muscles', [...mp, 'selfCare', si, 'sources'], s.sources, known.sources, 'source'),
    )
    checkPlacement(report, 'muscles', [...mp, 'attachments', 'origin'], m.attachments.origin, landmarks)
    checkPlacement(report, 'muscles', [...mp, 'attachments', 'insertion'], m.attachments.insertion, landmarks)
    if (m.outline) {
      const op = [...mp, 'outline']
      m.outline.shapes.forEach((s, si) => checkShape(report, 'muscles', [...op, 'shapes', si], s, landmarks))
      m.outline.fibres.forEach((p, k) => checkPlacement(report, 'muscles', [...op, 'fibres', k], p, landmarks))
      checkRefs(report, 'muscles', [...op, 'under'], m.outline.under ?? [], muscleIds, 'muscle')
      m.outline.under?.forEach((id, k) => {
        if (id === m.id) report('muscles', [...op, 'under', k], `muscle ${q(id)} cannot lie over itself`)
      })
    }
    m.triggerPoints.forEach((tp, j) => {
      const tpp = [...mp, 'triggerPoints', j]
      if (!tp.id.startsWith(`${m.id}_`))
        report('muscles', [...tpp, 'id'], `trigger point id ${q(tp.id)} must start with its muscle id "${m.id}_"`)
      checkRefs(report, 'muscles', [...tpp, 'essentialZones'], tp.essentialZones, known.regions, 'region')
      checkRefs(report, 'muscles', [...tpp, 'spilloverZones'], tp.spilloverZones, known.regions, 'region')
      checkRefs(report, 'muscles', [...tpp, 'sources'], tp.sources, known.sources, 'source')
      const essential = new Set(tp.essentialZones)
      tp.spilloverZones.forEach((z, k) => {
        if (essential.has(z))
          report('muscles', [...tpp, 'spilloverZones', k], `region ${q(z)} is both an essential and a spillover zone`)
      })
      const zones = new Set([...tp.essentialZones, ...tp.spilloverZones])
      const bilateral = tp.bilateralZones ?? []
      bilateral.forEach((z, k) => {
        if (!zones.has(z))
          report('muscles', [...tpp, 'bilateralZones', k], `bilateral zone ${q(z)} is not one of the trigger point's zones`)
      })
      const wantsBilateral = tp.laterality === 'ipsilateral_with_bilateral_zones'
      if (wantsBilateral && bilateral.length === 0)
        report('muscles', [...tpp, 'laterality'], 'laterality says bilateral zones but bilateralZones is empty or missing')
      if (!wantsBilateral && bilateral.length > 0)
        report('muscles', [...tpp, 'bilateralZones'], 'bilateralZones given but laterality is "ipsilateral"')
      checkPlacement(report, 'muscles', [...tpp, 'placement'], tp.placement, landmarks)
      for (const kind of ['essential', 'spillover'] as const)
        tp.pattern?.[kind].forEach((s, si) => checkShape(report, 'muscles', [...tpp, 'pattern', kind, si], s, landmarks))
    })
  })
}

function checkTherapy(report: CrossReferenceReport, t: Therapy, sources?: Set<string>): void {
  const lists = ['whatToExpect', 'contraindications', 'causes', 'painDrivers', 'techniques', 'redFlags'] as const
  checkIds(
    report,
    'therapy',
    'therapy fact',
    lists.flatMap((l) => t[l].map((entry, i) => ({ entry, path: ['therapy', l, i] }))),
  )
  for (const l of lists)
    t[l].forEach((fact, i) => checkRefs(report, 'therapy', ['therapy', l, i, 'sources'], fact.sources, sources, 'source'))
  for (const range of ['holdSeconds', 'holdSecondsTrials', 'sorenessHours', 'acuteInjuryHours'] as const) {
    const r = t[range]
    if (!r) continue
    const [min, max] = r
    if (min > max) report('therapy', ['therapy', range], `range [${min}, ${max}] has its minimum above its maximum`)
  }
}

/**
 * Source links open from the app, so only web links are allowed: https:, or plain http: where
 * the site has no https and the entry says so (`httpOnly` with a reason). Anything else
 * (javascript:, data:, ftp:, file: ...) is refused.
 */
function checkSourceLinks(report: CrossReferenceReport, sources: readonly Source[]): void {
  sources.forEach((s, i) => {
    if (s.url === undefined) {
      if (s.httpOnly !== undefined) report('sources', ['sources', i, 'httpOnly'], 'httpOnly given but the source has no url')
      return
    }
    let protocol: string
    try {
      protocol = new URL(s.url).protocol
    } catch {
      report('sources', ['sources', i, 'url'], `not a valid URL ${q(s.url)}`)
      return
    }
    if (protocol === 'https:') {
      if (s.httpOnly !== undefined) report('sources', ['sources', i, 'httpOnly'], 'httpOnly given but the link is already https:')
    } else if (protocol === 'http:') {
      if (s.httpOnly === undefined)
        report(
          'sources',
          ['sources', i, 'url'],
          `plain http: link ${q(s.url)}; use https:, or add "httpOnly" with the reason the site has no https`,
        )
    } else {
      report(
        'sources',
        ['sources', i, 'url'],
        `link scheme ${q(protocol)} is not allowed (only https:, or http: with "httpOnly"): ${q(s.url)}`,
      )
    }
  })
}

/** Runs every cross-reference check that the valid files allow. */
export function checkCrossReferences(files: ParsedFiles, report: CrossReferenceReport, landmarks?: ReadonlySet<string>): void {
  const known: Known = {
    regions: files.regions && new Set(files.regions.regions.map((r) => r.id)),
    conditions: files.conditions && new Set(files.conditions.conditions.map((c) => c.id)),
    sources: files.sources && new Set(files.sources.sources.map((s) => s.id)),
  }
  if (files.regions) checkRegions(report, files.regions, landmarks)
  if (files.conditions)
    checkIds(
      report,
      'conditions',
      'condition',
      files.conditions.conditions.map((entry, i) => ({ entry, path: ['conditions', i] })),
    )
  if (files.sources) {
    checkIds(
      report,
      'sources',
      'source',
      files.sources.sources.map((entry, i) => ({ entry, path: ['sources', i] })),
    )
    checkSourceLinks(report, files.sources.sources)
  }
  if (files.muscles) checkMuscles(report, files.muscles, known, landmarks)
  if (files.therapy) checkTherapy(report, files.therapy.therapy, known.sources)
  if (files.conditions) checkCommonCauses(report, files.conditions.conditions, files.muscles?.muscles, known.sources)
  if (files.muscles && files.conditions) {
    const mimicked = new Set(files.muscles.muscles.flatMap((m) => m.mimics))
    files.conditions.conditions.forEach((c, i) => {
      if (!mimicked.has(c.id))
        report('conditions', ['conditions', i, 'id'], `condition ${q(c.id)} is mimicked by no muscle, so nothing leads to it`)
    })
  }
}

/** Each common cause names a known trigger point (id or alias), once per condition, with known sources. */
function checkCommonCauses(
  report: CrossReferenceReport,
  conditions: readonly Condition[],
  muscles: readonly Muscle[] | undefined,
  sources?: Set<string>,
): void {
  const tpIds = muscles && new Set(muscles.flatMap((m) => m.triggerPoints.flatMap((t) => [t.id, ...(t.aliases ?? [])])))
  conditions.forEach((c, i) => {
    const seen = new Set<string>()
    c.commonCauses?.forEach((cause, j) => {
      const at = ['conditions', i, 'commonCauses', j]
      if (tpIds && !tpIds.has(cause.triggerPoint))
        report('conditions', [...at, 'triggerPoint'], `unknown trigger point ${q(cause.triggerPoint)}`)
      if (seen.has(cause.triggerPoint))
        report('conditions', [...at, 'triggerPoint'], `trigger point ${q(cause.triggerPoint)} is listed twice`)
      seen.add(cause.triggerPoint)
      checkRefs(report, 'conditions', [...at, 'sources'], cause.sources, sources, 'source')
    })
  })
}
