// The landmark contract of DESIGN.md section 3, defined on the hm08 base-mesh topology so every
// landmark follows morph targets and subdivision. `.L` entries name a vertex on the body's left
// (+x); the build derives `.R` through the mirror vertex map, so both sides match exactly.
// Each vertex is the answer of a geometric rule in derive-landmarks.ts (rays from MakeHuman joint
// centres, extreme points, the midline profile; a unit test keeps both equal), checked on the
// close-up renders of landmarks.html (tests/e2e/landmarks.test.ts). find-landmark-candidates.ts
// lists vertices near a point when a rule needs adjusting.

export interface LandmarkDef {
  /** id without side; bilateral ids get `.L` / `.R` */
  id: string
  bilateral: boolean
  /** a base vertex index (on the body's left for bilateral ids), or weights over a few base vertices */
  at: number | { verts: number[]; w: number[] }
  /** one line of anatomy: where on the body this is */
  desc: string
}

/** a midline landmark (its vertex has x = 0) */
const M = (id: string, at: LandmarkDef['at'], desc: string): LandmarkDef => ({ id, bilateral: false, at, desc })
/** a bilateral landmark, given on the left side */
const L = (id: string, at: LandmarkDef['at'], desc: string): LandmarkDef => ({ id, bilateral: true, at, desc })

// prettier-ignore
export const LANDMARKS: readonly LandmarkDef[] = [
  // head and neck
  M('vertex', 881, 'top of the skull (highest point of the head)'),
  M('glabella', 220, 'between the eyebrows, above the root of the nose'),
  M('inion', 948, 'external occipital protuberance, the bump at the back of the skull'),
  L('suboccipital', 7591, 'below the skull base, 3 cm off the midline, over the suboccipital muscles'),
  L('ear', 12289, 'the ear: its concha, the hollow around the ear canal opening'),
  L('mastoid', 11880, 'mastoid process, behind and below the ear lobe'),
  L('tmj', 7572, 'temporomandibular joint, in front of the tragus'),
  L('temple', 11993, 'temple, above the zygomatic arch behind the eye'),
  L('eyebrow-lateral', 7024, 'lateral end of the eyebrow'),
  L('orbit-lateral', 6970, 'lateral rim of the orbit, beside the outer corner of the eye'),
  L('zygoma', 11787, 'cheekbone prominence, below the outer eye'),
  L('forehead', 7436, 'centre of the left half of the forehead'),
  M('subnasale', 317, 'where the nose meets the upper lip'),
  L('nose-side', 6960, 'beside the nose at the ala (nasal wing)'),
  L('mouth-corner', 7172, 'corner of the mouth'),
  M('chin', 733, 'front of the chin (mental protuberance)'),
  L('mandible-angle', 7690, 'angle of the jaw, below the ear lobe'),
  M('hyoid', 791, 'front of the neck at the hyoid bone, at the angle between chin and neck'),
  L('neck-lateral', 7530, 'middle of the side of the neck'),
  M('c7', 1467, 'spinous process of C7, the prominent bump at the base of the neck'),
  // trunk
  M('jugular-notch', 1526, 'suprasternal notch at the top of the sternum'),
  M('xiphoid', 4070, 'lower tip of the sternum'),
  M('sternum-mid', 1890, 'middle of the sternum'),
  L('acromion', 8280, 'acromion, the bony tip of the shoulder'),
  L('clavicle-mid', 8077, 'middle of the clavicle (collarbone)'),
  L('coracoid', 10423, 'coracoid process, below the outer clavicle in the deltopectoral groove'),
  L('nipple', 8454, 'nipple'),
  L('axilla-anterior', 8350, 'anterior axillary fold (lower edge of pectoralis major)'),
  L('axilla-posterior', 10514, 'posterior axillary fold (latissimus and teres major)'),
  L('scapula-superior-angle', 8255, 'superior angle of the scapula'),
  L('scapula-spine-root', 8257, 'medial end (root) of the spine of the scapula'),
  L('scapula-inferior-angle', 10605, 'inferior angle of the scapula'),
  L('scapula-infraspinous', 8247, 'centre of the infraspinous fossa of the scapula'),
  M('t4', 3780, 'spinous process of T4'),
  M('t8', 3932, 'spinous process of T8'),
  M('t12', 3988, 'spinous process of T12'),
  M('l3', 4060, 'spinous process of L3'),
  M('l5', 4195, 'spinous process of L5'),
  M('umbilicus', 4116, 'navel'),
  L('rib12-tip', 10691, 'free tip of the 12th rib, flank above the iliac crest'),
  L('iliac-crest', 10805, 'highest lateral point of the iliac crest'),
  L('asis', 10955, 'anterior superior iliac spine'),
  L('psis', 10840, 'posterior superior iliac spine, the dimple of Venus'),
  M('pubic-symphysis', 4341, 'pubic symphysis, front of the pelvis at the midline'),
  L('inguinal-mid', 10964, 'middle of the inguinal ligament (groin crease)'),
  L('genital', 11002, 'genital area, 2 cm off the midline'),
  M('perineum', 4372, 'perineum, between the legs'),
  M('sacrum', 4215, 'centre of the sacrum'),
  M('coccyx', 4232, 'tip of the coccyx at the top of the natal cleft'),
  // upper limb
  L('deltoid-anterior', 8094, 'anterior deltoid, front of the shoulder'),
  L('deltoid-posterior', 8311, 'posterior deltoid, back of the shoulder'),
  L('deltoid-tuberosity', 8376, 'deltoid insertion, lateral upper arm halfway down'),
  L('biceps-mid', 8385, 'belly of the biceps, front of the upper arm'),
  L('triceps-mid', 8395, 'belly of the triceps, back of the upper arm'),
  L('cubital-fossa', 10066, 'front of the elbow crease'),
  L('lateral-epicondyle', 10039, 'lateral epicondyle of the humerus'),
  L('medial-epicondyle', 10062, 'medial epicondyle of the humerus'),
  L('olecranon', 10025, 'olecranon, the point of the elbow'),
  L('forearm-dorsal-mid', 10108, 'middle of the back of the forearm (extensors)'),
  L('forearm-volar-mid', 10129, 'middle of the front of the forearm (flexors)'),
  L('radial-styloid', 10553, 'radial styloid, thumb side of the wrist'),
  L('ulnar-styloid', 10211, 'ulnar styloid, little-finger side of the wrist'),
  L('wrist-volar', 10231, 'front (palm side) of the wrist crease'),
  L('wrist-dorsal', 10210, 'back of the wrist'),
  L('thenar', 10311, 'thenar eminence, the ball of the thumb'),
  L('hypothenar', 10326, 'hypothenar eminence, little-finger side of the palm'),
  L('palm', 10318, 'centre of the palm'),
  L('hand-dorsum', 9843, 'centre of the back of the hand'),
  L('thumb-web', 9828, 'back of the first web space, between thumb and index'),
  L('thumb-tip', 9348, 'tip of the thumb'),
  L('index-tip', 8595, 'tip of the index finger'),
  L('middle-tip', 8787, 'tip of the middle finger'),
  L('little-tip', 9171, 'tip of the little finger'),
  L('index-mid', 8720, "palm side of the index finger's middle joint"),
  L('middle-mid', 8912, "palm side of the middle finger's middle joint"),
  L('ring-mid', 9074, "palm side of the ring finger's middle joint"),
  L('little-mid', 9266, "palm side of the little finger's middle joint"),
  // lower limb
  L('gluteal-mid', 10861, 'centre of the buttock'),
  L('greater-trochanter', 10929, 'greater trochanter, the bony point of the lateral hip'),
  L('ischial-tuberosity', 10886, 'ischial tuberosity, the sitting bone under the buttock'),
  L('thigh-anterior-mid', 11116, 'middle of the front of the thigh'),
  L('thigh-lateral-mid', 11115, 'middle of the outer thigh'),
  L('thigh-medial-mid', 11103, 'middle of the inner thigh'),
  L('thigh-posterior-mid', 13341, 'middle of the back of the thigh'),
  L('patella', 11223, 'kneecap'),
  L('knee-medial', 13002, 'medial side of the knee at the joint line'),
  L('knee-lateral', 11267, 'lateral side of the knee at the joint line'),
  L('popliteal-fossa', 11259, 'hollow at the back of the knee'),
  L('fibular-head', 11302, 'head of the fibula, below the outer knee'),
  L('tibial-tuberosity', 11288, 'tibial tuberosity, the bump below the kneecap'),
  L('shin-mid', 11375, 'middle of the shin (anteromedial tibia)'),
  L('calf-mid', 11335, 'belly of the calf (gastrocnemius)'),
  L('leg-lateral-mid', 11380, 'middle of the outer lower leg (peroneal muscles)'),
  L('achilles', 12963, 'Achilles tendon above the heel'),
  L('medial-malleolus', 12940, 'medial malleolus, the inner ankle bone'),
  L('lateral-malleolus', 12836, 'lateral malleolus, the outer ankle bone'),
  L('ankle-anterior', 12832, 'front of the ankle joint'),
  L('heel', 12453, 'back of the heel'),
  L('heel-plantar', 13057, 'heel pad on the sole'),
  L('heel-medial', 12901, 'medial side of the heel'),
  L('foot-dorsum', 12828, 'top of the foot, midfoot'),
  L('arch', 13048, 'medial longitudinal arch, sole side'),
  L('ball-of-foot', 12880, 'ball of the foot under the middle metatarsal heads'),
  L('ball-medial', 13320, 'ball of the big toe (first metatarsal head), sole side'),
  L('ball-lateral', 13317, 'under the fifth metatarsal head, sole side'),
  L('big-toe-tip', 11551, 'tip of the big toe'),
  L('little-toe-tip', 13280, 'tip of the little toe'),
]
