// Camera presets of the landmark inspection page (`landmarks.html?view=<name>`). Each view looks
// at the mean of a few landmarks from a direction given in body terms (+z front, +x the body's
// left), so the close-ups follow the model if the landmarks move. Left-side parts are shown.
import type { Vec3 } from '../../domain/geometry'

export interface ViewPreset {
  /** landmarks whose mean is the look-at point; empty means the whole body */
  focus: string[]
  /** direction from the look-at point towards the camera */
  from: Vec3
  /** height of the visible area at the focus, metres */
  span: number
  /** draw landmark labels (off in whole-body views, where they would overlap) */
  labels: boolean
  /** hide the body's right half (x < 0) so the inner side of a left limb can be seen */
  clipRight?: boolean
}

const body = (from: Vec3): ViewPreset => ({ focus: [], from, span: 1.95, labels: false })
const close = (focus: string[], from: Vec3, span: number): ViewPreset => ({ focus, from, span, labels: true })
const limb = (focus: string[], from: Vec3, span: number): ViewPreset => ({ ...close(focus, from, span), clipRight: true })

export const VIEWS: Record<string, ViewPreset> = {
  front: body([0, 0.1, 1]),
  back: body([0, 0.1, -1]),
  left: body([1, 0.1, 0]),
  'three-quarter': body([0.8, 0.25, 1]),
  face: close(['glabella', 'subnasale', 'chin'], [0, 0, 1], 0.26),
  eye: close(['orbit-lateral.L', 'glabella', 'zygoma.L'], [0.3, 0.05, 1], 0.1),
  'head-front': close(['glabella', 'chin', 'forehead.L', 'forehead.R'], [0, 0.1, 1], 0.34),
  'head-side': close(['tmj.L', 'ear.L', 'mastoid.L'], [1, 0.05, 0.15], 0.34),
  'head-back': close(['inion', 'c7', 'mastoid.L', 'mastoid.R'], [0, 0.1, -1], 0.34),
  neck: close(['hyoid', 'neck-lateral.L', 'jugular-notch'], [0.7, 0.1, 1], 0.3),
  'shoulder-front': close(['acromion.L', 'coracoid.L', 'axilla-anterior.L', 'clavicle-mid.L'], [0.5, 0.2, 1], 0.42),
  'shoulder-back': close(['acromion.L', 'scapula-inferior-angle.L', 'scapula-superior-angle.L'], [0.5, 0.2, -1], 0.45),
  'trunk-front': close(['jugular-notch', 'umbilicus', 'pubic-symphysis'], [0, 0.05, 1], 0.8),
  'trunk-back': close(['c7', 't8', 'sacrum'], [0, 0.05, -1], 0.85),
  'arm-front': limb(['biceps-mid.L', 'cubital-fossa.L', 'deltoid-anterior.L'], [0.3, 0.1, 1], 0.6),
  'arm-back': limb(['triceps-mid.L', 'olecranon.L', 'forearm-dorsal-mid.L'], [0.5, 0.1, -1], 0.6),
  'hand-palm': limb(['palm.L', 'thenar.L', 'middle-mid.L'], [-1, -0.2, 0.2], 0.24),
  'hand-dorsum': limb(['hand-dorsum.L', 'thumb-web.L', 'wrist-dorsal.L'], [0.4, 0.8, 0.55], 0.24),
  hand: limb(['thumb-tip.L', 'index-tip.L', 'radial-styloid.L'], [0.4, 0, 1], 0.26),
  hip: close(['greater-trochanter.L', 'iliac-crest.L', 'asis.L'], [1, 0.1, 0.1], 0.5),
  'hip-back': close(['psis.L', 'psis.R', 'gluteal-mid.L', 'ischial-tuberosity.L'], [0.2, 0.1, -1], 0.5),
  thigh: limb(['thigh-anterior-mid.L', 'thigh-medial-mid.L', 'patella.L'], [-0.7, 0.05, 1], 0.7),
  knee: limb(['patella.L', 'knee-medial.L', 'tibial-tuberosity.L'], [-0.3, 0.1, 1], 0.32),
  'knee-back': limb(['popliteal-fossa.L', 'calf-mid.L'], [0.3, 0.1, -1], 0.5),
  'foot-sole': limb(['heel-plantar.L', 'arch.L', 'ball-of-foot.L'], [0.15, -1, -0.25], 0.3),
  'foot-side': limb(['lateral-malleolus.L', 'heel.L', 'achilles.L'], [1, 0.1, -0.5], 0.3),
  'foot-medial': limb(['medial-malleolus.L', 'arch.L', 'big-toe-tip.L'], [-1, 0.1, 0.45], 0.3),
  'foot-top': limb(['foot-dorsum.L', 'ankle-anterior.L', 'big-toe-tip.L'], [0.2, 1, 0.7], 0.3),
}
export const DEFAULT_VIEW = 'front'
