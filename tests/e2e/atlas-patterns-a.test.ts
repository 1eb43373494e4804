// The classic patterns of the head, neck, shoulder and chest (issue 10) as the app paints them in
// real Chromium, left side, desktop size: the checks are in atlas-helpers.ts.
import { describeClassicPatterns } from './atlas-helpers'

describeClassicPatterns('atlas: classic patterns of the head, neck, shoulder and chest (left side)', [
  ['suboccipitals_trp', [6]],
  ['sternocleidomastoid_sternal_mid'],
  ['masseter_superficial_lower'],
  ['scalenes_anterior_middle', [12]],
  ['infraspinatus_upper'],
  ['pectoralis_major_sternal'],
  ['serratus_anterior_trp', [6]],
])
