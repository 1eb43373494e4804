// The classic low-back, hip and leg patterns of issue 10 (patterns-b) as a person sees them, left
// side, desktop size: solid red well inside the essential zone, and points clearly outside the
// pattern near it unpainted, so the picture is the pattern we drew (atlas-helpers.ts).
import { describeClassicPatterns } from './atlas-helpers'

describeClassicPatterns(
  'atlas, patterns-b: the classic low-back, hip and leg patterns',
  [
    ['quadratus_lumborum_superficial_upper'],
    ['quadratus_lumborum_deep_upper'],
    ['gluteus_minimus_anterior_trp'],
    ['piriformis_lateral'],
    ['vastus_lateralis_mid'],
    ['soleus_trp1'],
    ['soleus_trp3'],
    ['tibialis_anterior_trp'],
  ],
  { outside: true },
)
