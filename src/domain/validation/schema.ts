// The one schema of the dataset (DESIGN section 4). The app, the validator and the CLI all
// validate with it, and `npm run schema` writes data/schema/*.json from it (z.toJSONSchema).
// Types used across the code are inferred from it, so the JSON and the code cannot drift.
import { z } from '../zod'
import { DATASET_FILE_NAMES, idPattern } from '../dataset'

/** snake_case id: `upper_trapezius`, `upper_trapezius_trp1`, `temple` */
export const Id = z.string().max(80).regex(idPattern, 'must be a snake_case id like "upper_trapezius"')
/** A key into data/sources.json */
export const SourceKey = Id

/**
 * A landmark reference inside the dataset. Bilateral landmarks are written WITHOUT their side
 * (`acromion`, `temple`): the side of the trigger point, region or query decides `.L` or `.R`.
 * Midline landmarks are written as they are (`c7`, `inion`). Kebab-case, as in DESIGN section 3.
 */
export const LandmarkRef = z
  .string()
  .max(60)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a landmark id without side, like "acromion" or "c7"')

/**
 * Metres, in the frame of the side being placed: +x is LATERAL (away from the midline, so one
 * offset serves both sides), +y up, +z forward. Kept small: a nudge, not a coordinate.
 */
export const Offset = z.tuple([z.number().min(-0.15).max(0.15), z.number().min(-0.15).max(0.15), z.number().min(-0.15).max(0.15)])

/** A point on the body written against landmarks, then projected onto the skin (DESIGN section 3). */
export const Placement = z.union([
  z.strictObject({ at: LandmarkRef, offset: Offset.optional() }),
  z.strictObject({
    between: z.tuple([LandmarkRef, LandmarkRef]),
    t: z.number().min(0).max(1),
    offset: Offset.optional(),
  }),
])

export const View = z.enum(['anterior', 'posterior', 'lateral', 'medial', 'superior', 'inferior'])

/**
 * Which skin faces a shape may claim: the skin normal n must satisfy dot(n, dir) >= minDot.
 * `dir` is 'normal' (the mean outward normal of the shape's landmarks), a vector in the
 * side frame (+x lateral, +y up, +z forward), or a landmark ref (`thigh-lateral-mid`: that
 * landmark's outward normal, on the shape's side; it follows the body's pose, so a limb's faces
 * stay right however the arm hangs). This keeps the front of the thigh from bleeding through
 * to the back.
 */
export const Facing = z.strictObject({
  dir: z.union([z.literal('normal'), z.tuple([z.number(), z.number(), z.number()]), LandmarkRef]),
  minDot: z.number().min(-1).max(1),
})

const Radius = z.number().positive().max(0.5)

const CapsuleShape = z.strictObject({
  kind: z.literal('capsule'),
  from: Placement,
  to: Placement,
  /** metres */
  radius: Radius,
  facing: Facing.optional(),
})

const EllipsoidShape = z.strictObject({
  kind: z.literal('ellipsoid'),
  center: Placement,
  /** semi-axes in metres along the side frame's x (lateral), y (up), z (forward) */
  radii: z.tuple([Radius, Radius, Radius]),
  facing: Facing.optional(),
})

/**
 * A band along a polyline of placements, each projected onto the skin; the radius (metres) is
 * given at each point and interpolated along each segment, so a band can taper. Without
 * `facing` the stroke follows the skin: a skin point counts only where its normal agrees with
 * the stroke's own skin normal (interpolated along the polyline), so a band on the back of the
 * neck never paints the throat. `radii` has one entry per point (checked by validate).
 */
const StrokeShape = z.strictObject({
  kind: z.literal('stroke'),
  points: z.array(Placement).min(2).max(16),
  radii: z.array(Radius).min(2).max(16),
  facing: Facing.optional(),
})

/** A landmark-anchored skin shape: regions, trigger point patterns and muscle outlines all use these. */
export const RegionShape = z.discriminatedUnion('kind', [CapsuleShape, EllipsoidShape, StrokeShape])

/** `bothSides`: painted on both sides of the body (a bilateral zone), written once in the side frame. */
const bothSides = { bothSides: z.boolean().optional() }
export const PatternShape = z.discriminatedUnion('kind', [
  CapsuleShape.extend(bothSides),
  EllipsoidShape.extend(bothSides),
  StrokeShape.extend(bothSides),
])

/**
 * A trigger point's own drawing of its referral pattern (issue 10), in the side frame (+x
 * lateral), mirrored for the right side. When present, the app, the ranking and the CLI use it
 * instead of the union of the named regions; the named regions stay the words.
 */
export const Pattern = z.strictObject({
  essential: z.array(PatternShape).min(1).max(24),
  spillover: z.array(PatternShape).max(24),
})

/** A muscle drawn on the body (issue 10): where it lies under the skin, its fibre direction, what covers it. */
export const MuscleOutline = z.strictObject({
  shapes: z.array(RegionShape).min(1).max(12),
  /** two placements along the fibres (direction of pull) */
  fibres: z.tuple([Placement, Placement]),
  /** ids of the muscles that lie over this one (deep muscles) */
  under: z.array(Id).optional(),
})

export const Region = z.strictObject({
  id: Id,
  /** clinical name: "Posterolateral neck" */
  name: z.string().min(1).max(120),
  /** patient words: "side and back of the neck" */
  plainName: z.string().min(1).max(120),
  group: Id,
  view: View,
  /** straddles the midline: painted on both sides at once, side ignored */
  midline: z.boolean(),
  definition: z.string().min(1).max(600),
  /** geometry, written for one side (mirrored for the other); a point is in the region if it is in any shape */
  shapes: z.array(RegionShape).min(1).max(12),
})

export const RegionGroup = z.strictObject({ id: Id, name: z.string().min(1).max(120), regions: z.array(Id) })

export const Laterality = z.enum(['ipsilateral', 'ipsilateral_with_bilateral_zones'])

export const TriggerPoint = z.strictObject({
  id: Id,
  /** old or reference ids that resolve to this one (`gmin_posterior_trp`) */
  aliases: z.array(Id).optional(),
  name: z.string().min(1).max(160),
  /** where to find it, in words (palpable landmarks) */
  location: z.string().min(1).max(600),
  /** where it is, as a landmark placement projected onto the skin */
  placement: Placement,
  /** surface it is palpated from */
  palpation: View,
  essentialZones: z.array(Id).min(1),
  spilloverZones: z.array(Id),
  laterality: Laterality,
  bilateralZones: z.array(Id).optional(),
  /** its own essential and spillover shapes; without it the pattern is the union of its named zones */
  pattern: Pattern.optional(),
  note: z.string().max(1200).optional(),
  sources: z.array(SourceKey).min(1),
})

export const Depth = z.enum(['superficial', 'intermediate', 'deep'])

/** Body areas of the trigger-point list (issue 3): the words a patient navigates by. */
export const BodyArea = z.enum(['head_neck', 'shoulder', 'arm', 'hand', 'trunk', 'hip', 'thigh_knee', 'leg_foot'])

export const SelfCare = z.strictObject({
  text: z.string().min(1).max(600),
  sources: z.array(SourceKey).min(1),
})

export const Muscle = z.strictObject({
  id: Id,
  aliases: z.array(Id).optional(),
  /** clinical name: "Trapezius, upper fibres" */
  name: z.string().min(1).max(120),
  /** patient words: "muscle on the top of the shoulder" */
  plainName: z.string().min(1).max(160),
  family: Id.optional(),
  /** muscle group of the reference (head_neck, shoulder_upper_back, ...) */
  group: Id,
  bodyArea: BodyArea,
  depth: Depth,
  attachments: z.strictObject({ origin: Placement, insertion: Placement }),
  outline: MuscleOutline.optional(),
  /** what it does, one line */
  action: z.string().min(1).max(300),
  /** condition ids whose pain this muscle's trigger points can mimic */
  mimics: z.array(Id),
  symptoms: z.array(z.string().min(1).max(200)),
  notes: z.string().max(2000).optional(),
  selfCare: z.array(SelfCare).optional(),
  triggerPoints: z.array(TriggerPoint).min(1),
  sources: z.array(SourceKey).min(1),
})

export const MuscleGroup = z.strictObject({ id: Id, name: z.string().min(1).max(120) })

/**
 * How commonly a trigger point causes a condition, on a small scale the sources support:
 * `most_common` (named by the sources as the most frequent or among the most frequent sources),
 * `common` (found often in studies of the condition), `occasional` (found in a minority).
 */
export const CommonLevel = z.enum(['most_common', 'common', 'occasional'])

/** One cited frequency of a cause (conditions.json `commonCauses`). */
export const CommonCause = z.strictObject({
  /** trigger point id (or alias) of muscles.json */
  triggerPoint: Id,
  level: CommonLevel,
  sources: z.array(SourceKey).min(1),
  /** what the sources measured, in a few words */
  note: z.string().min(1).max(300).optional(),
})

export const Condition = z.strictObject({
  id: Id,
  aliases: z.array(Id).optional(),
  /** clinical name: "Temporomandibular disorder" */
  name: z.string().min(1).max(120),
  /** everyday words: "jaw pain" */
  plainName: z.string().min(1).max(120),
  /** what people type: "tmj", "jaw pain", "clicking jaw" */
  synonyms: z.array(z.string().min(1).max(80)),
  description: z.string().min(1).max(600),
  /** named in the clinic's own material (issue 5's seed list) */
  clinicSeed: z.boolean().optional(),
  /** trigger points the literature names as frequent causes, with how common (a ranking prior) */
  commonCauses: z.array(CommonCause).optional(),
})

export const SourceKind = z.enum(['book', 'journal', 'professional', 'educational', 'clinic', 'reference', 'other'])

export const Source = z.strictObject({
  id: SourceKey,
  title: z.string().min(1).max(300),
  /** https: links only; a plain http: link needs `httpOnly` (checked by validate-refs) */
  url: z.url().optional(),
  /** why the link stays plain http: (the site serves no https); required for an http: url */
  httpOnly: z.string().min(3).max(200).optional(),
  kind: SourceKind,
  /** free text: publisher, authors, year */
  detail: z.string().max(300).optional(),
})

/** One fact shown to patients, with its sources (therapy.json). */
export const Fact = z.strictObject({
  id: Id,
  title: z.string().min(1).max(120),
  text: z.string().min(1).max(800),
  sources: z.array(SourceKey).min(1),
})

export const Therapy = z.strictObject({
  disclaimer: z.string().min(1).max(800),
  /** how long pressure is held, seconds [min, max] */
  holdSeconds: z.tuple([z.number().positive().max(600), z.number().positive().max(600)]),
  /** how long pressure was held in clinical trials, seconds [min, max] (shown next to holdSeconds) */
  holdSecondsTrials: z.tuple([z.number().positive().max(600), z.number().positive().max(600)]).optional(),
  /** post-treatment soreness, hours [min, max] */
  sorenessHours: z.tuple([z.number().positive().max(336), z.number().positive().max(336)]),
  /** acute-injury window in which not to treat, hours [min, max] */
  acuteInjuryHours: z.tuple([z.number().positive().max(336), z.number().positive().max(336)]),
  whatToExpect: z.array(Fact).min(1),
  contraindications: z.array(Fact).min(1),
  causes: z.array(Fact).min(1),
  painDrivers: z.array(Fact).min(1),
  techniques: z.array(Fact).min(1),
  redFlags: z.array(Fact).min(1),
})

/** The files of a dataset folder (data/ by default), each validated on its own. */
export const RegionsFile = z.strictObject({ regionGroups: z.array(RegionGroup).min(1), regions: z.array(Region).min(1) })
export const MusclesFile = z.strictObject({ muscleGroups: z.array(MuscleGroup).min(1), muscles: z.array(Muscle).min(1) })
export const ConditionsFile = z.strictObject({ conditions: z.array(Condition).min(1) })
export const SourcesFile = z.strictObject({ sources: z.array(Source).min(1) })
export const TherapyFile = z.strictObject({ therapy: Therapy })

export const DATASET_FILES = {
  regions: { file: DATASET_FILE_NAMES.regions, schema: RegionsFile },
  muscles: { file: DATASET_FILE_NAMES.muscles, schema: MusclesFile },
  conditions: { file: DATASET_FILE_NAMES.conditions, schema: ConditionsFile },
  sources: { file: DATASET_FILE_NAMES.sources, schema: SourcesFile },
  therapy: { file: DATASET_FILE_NAMES.therapy, schema: TherapyFile },
} as const

export type Placement = z.infer<typeof Placement>
export type Facing = z.infer<typeof Facing>
export type RegionShape = z.infer<typeof RegionShape>
export type PatternShape = z.infer<typeof PatternShape>
export type Pattern = z.infer<typeof Pattern>
export type MuscleOutline = z.infer<typeof MuscleOutline>
export type Region = z.infer<typeof Region>
export type RegionGroup = z.infer<typeof RegionGroup>
export type TriggerPoint = z.infer<typeof TriggerPoint>
export type Muscle = z.infer<typeof Muscle>
export type MuscleGroup = z.infer<typeof MuscleGroup>
export type Condition = z.infer<typeof Condition>
export type CommonLevel = z.infer<typeof CommonLevel>
export type CommonCause = z.infer<typeof CommonCause>
export type Source = z.infer<typeof Source>
export type Fact = z.infer<typeof Fact>
export type Therapy = z.infer<typeof Therapy>
export type BodyArea = z.infer<typeof BodyArea>

/** A whole dataset, as the app holds it after loading all files. */
export interface Dataset {
  regionGroups: RegionGroup[]
  regions: Region[]
  muscleGroups: MuscleGroup[]
  muscles: Muscle[]
  conditions: Condition[]
  sources: Source[]
  therapy: Therapy
}
