// The muscle overlay (issue 10): a second, transparent draw of the body geometry that tints the
// skin over a muscle and draws its fibres, so a patient sees "the muscle on top of my shoulder"
// under the red of its referral pattern, and a student sees which way it pulls.
//
// Per-vertex inputs (written by MuscleLayer from the domain's musclePaint):
//   muscleFill   weight (0..1) of the near-the-skin muscle at the vertex (superficial or
//                intermediate), INSIDE (0.5) is its edge, as for the pattern zones
//   muscleKey    which muscle that is (1, 2, ...): alternating tints tell neighbours apart
//   muscleFibre  its fibre direction (model space), projected on the skin here per pixel
//   muscleDeep   weight of a deep muscle: drawn only as a dashed outline and a faint wash
//   essential    the pattern's solid zone (shared attribute): the muscle's wash thins out over
//                it so the red stays red, its fibres and outline stay visible
// Dashes keep a length in screen pixels along the outline (the outline's direction is the
// screen gradient of the weight). Polygon offset keeps the overlay on the skin it covers; the
// X and the dots, a few millimetres above the skin, stay on top. Shared GLSL: skin-shader.ts.
import { Color, ShaderMaterial } from 'three'
import { SKIN_GLSL, skinVaryings } from './skin-shader'

export const MUSCLE_ATTRIBUTES = { muscleFill: 1, muscleKey: 1, muscleFibre: 3, muscleDeep: 1 } as const

const VARYINGS = skinVaryings([
  { from: 'muscleFill', to: 'vFill' },
  { from: 'muscleKey', to: 'vKey' },
  { from: 'muscleFibre', to: 'vFibre', type: 'vec3' },
  { from: 'muscleDeep', to: 'vDeep' },
  { from: 'essential', to: 'vEssential' },
  { from: 'position', to: 'vPos', type: 'vec3' },
  { from: 'normal', to: 'vNormal', type: 'vec3' },
])

const VERTEX = /* glsl */ `
${VARYINGS.vertexHead}
void main() {
${VARYINGS.vertexBody}
  gl_Position = projectionMatrix * modelViewMatrix * vec4(position, 1.0);
}
`

const FRAGMENT = /* glsl */ `
uniform vec3 uTintA;
uniform vec3 uTintB;
uniform vec3 uTintC;
uniform float uView;
uniform vec3 uLine;
uniform vec3 uDeepLine;
uniform float uInside;
uniform float uFillAlpha;
uniform float uFibreSpacing;
uniform float uHighlight;
uniform float uDash;
${VARYINGS.fragmentHead}
${SKIN_GLSL}

void main() {
  vec3 n = normalize(vNormal);
  float fill = softEdge(vFill, uInside, 0.06);
  float deep = softEdge(vDeep, uInside, 0.06);
  vec2 dir;
  float outline = edgeLine(vFill, uInside, 1.6, dir) * step(0.02, vFill);
  vec2 deepDir;
  float deepEdge = edgeLine(vDeep, uInside, 2.2, deepDir) * step(0.02, vDeep);
  float dash = step(0.45, fract(dot(gl_FragCoord.xy, deepDir) / uDash));

  // fibres: fine lines along the fibre direction projected on the skin
  vec3 f = vFibre - n * dot(vFibre, n);
  float fl = length(f);
  float fibre = 0.0;
  if (fl > 0.15) {
    vec3 across = normalize(cross(n, f / fl));
    float u = dot(vPos, across) / uFibreSpacing;
    float aa = max(fwidth(u), 1e-4);
    float d = abs(fract(u) - 0.5);
    // fades out when the lines would be closer than ~3 pixels
    float hw = max(0.5 * aa, 0.05);
    fibre = (1.0 - smoothstep(hw, hw + aa, 0.5 - d)) * (1.0 - smoothstep(0.18, 0.35, aa));
    fibre *= smoothstep(0.15, 0.4, fl);
  }

  // neighbours in the dataset are mostly neighbours on the body: three tints in turn
  float k = mod(floor(vKey + 0.5), 3.0);
  vec3 tint = k < 0.5 ? uTintA : k < 1.5 ? uTintB : uTintC;
  float lit = abs(vKey - uHighlight) < 0.5 ? 1.0 : 0.0;
  float red = softEdge(vEssential, uInside, 0.12);
  // the wash and the fibre lines thin over the red pattern (solid red must read as solid red);
  // the outline fades there too
  // the view (every muscle) is quieter than one muscle shown, except the one picked
  float quiet = uView * (1.0 - lit);
  float wash = fill * uFillAlpha * (1.0 + 0.6 * lit - 0.4 * quiet) * (1.0 - 0.9 * red);
  float fibreA = fill * fibre * (0.32 + 0.2 * lit - 0.14 * quiet) * (1.0 - 0.85 * red);
  float lineA = outline * (0.75 + 0.25 * lit - 0.3 * quiet) * (1.0 - 0.7 * red);
  float deepA = deep * 0.10 * (1.0 - uView) * (1.0 - 0.6 * red) + deepEdge * dash * (0.9 - 0.35 * quiet);

  vec3 color = tint;
  float alpha = wash;
  color = mix(color, uLine, fibreA / max(alpha + fibreA, 1e-4));
  alpha = alpha + fibreA * (1.0 - alpha);
  color = mix(color, uLine, lineA / max(alpha + lineA, 1e-4));
  alpha = alpha + lineA * (1.0 - alpha);
  color = mix(color, uDeepLine, deepA / max(alpha + deepA, 1e-4));
  alpha = alpha + deepA * (1.0 - alpha);
  if (alpha < 0.004) discard;
  gl_FragColor = vec4(color, alpha);
}
`

export interface MuscleMaterialOptions {
  tintA?: string
  tintB?: string
  tintC?: string
  line?: string
  deepLine?: string
  fillAlpha?: number
  /** metres between fibre lines */
  fibreSpacing?: number
  /** dash period along a deep muscle's outline, pixels */
  dash?: number
}

export const MUSCLE_MATERIAL_DEFAULTS: Required<MuscleMaterialOptions> = {
  tintA: '#5f6f96',
  tintB: '#7a6aa8',
  tintC: '#4f8090',
  line: '#2f3a5c',
  deepLine: '#3b2f6b',
  fillAlpha: 0.3,
  fibreSpacing: 0.0065,
  dash: 12,
}

export function createMuscleMaterial(options: MuscleMaterialOptions = {}): ShaderMaterial {
  const o = { ...MUSCLE_MATERIAL_DEFAULTS, ...options }
  return new ShaderMaterial({
    vertexShader: VERTEX,
    fragmentShader: FRAGMENT,
    uniforms: {
      uTintA: { value: new Color(o.tintA) },
      uTintB: { value: new Color(o.tintB) },
      uTintC: { value: new Color(o.tintC) },
      uView: { value: 0 },
      uLine: { value: new Color(o.line) },
      uDeepLine: { value: new Color(o.deepLine) },
      uInside: { value: 0.5 },
      uFillAlpha: { value: o.fillAlpha },
      uFibreSpacing: { value: o.fibreSpacing },
      uHighlight: { value: -1 },
      uDash: { value: o.dash },
    },
    transparent: true,
    depthWrite: false,
    depthTest: true,
    polygonOffset: true,
    polygonOffsetFactor: -1,
    polygonOffsetUnits: -4,
  })
}
