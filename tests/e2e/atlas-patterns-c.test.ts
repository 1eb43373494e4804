// Classic patterns of the arm and hand (issue 10: tennis elbow extensor, finger extensor,
// triceps) as the app paints them in real Chromium, left side, desktop size: the checks are in
// atlas-helpers.ts.
import { describeClassicPatterns } from './atlas-helpers'

describeClassicPatterns('atlas: classic patterns of the arm and hand (left side)', [
  ['extensor_carpi_radialis_brevis_trp'],
  ['extensor_digitorum_middle'],
  ['triceps_brachii_long_head'],
])
