// Patterns reshaped in the review against the charts (issue 10): first dorsal interosseous (radial strip
// of the index finger onto its palm side), temporalis anterior and middle (upper-teeth spillover over
// the gum line) and serratus posterior inferior (zone centred on its trigger point), left side,
// desktop size: each opened by link, framed by the app, screenshotted
// (test-results/screenshots/atlas-review-<id>-L-*.png) and its essential skin checked red on screen
// (the checks are in atlas-helpers.ts).
import { describeClassicPatterns } from './atlas-helpers'

describeClassicPatterns(
  'atlas: patterns reshaped in the chart review (left side)',
  [
    ['first_dorsal_interosseous_trp', [12]],
    ['temporalis_middle', [4]],
    ['temporalis_anterior', [4]],
    ['serratus_posterior_inferior_trp'],
  ],
  // 0.8, not 0.85: the selected muscle's outline is drawn over part of the temporalis zone
  { red: 0.8, shots: 'atlas-review' },
)
