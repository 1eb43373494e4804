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
// X and the dots, a few millimetres above the skin, stay on top.
import { Color, ShaderMaterial } from 'three'

export const MUSCLE_ATTRIBUTES = { muscleFill: 1, muscleKey: 1, muscleFibre: 3, muscleDeep: 1 } as const

const VERTEX = /* glsl */ `
attribute float muscleFill;
attribute float muscleKey;
attribute vec3 muscleFibre;
attribute float muscleDeep;
attribute float essential;
varying float vFill;
varying float vKey;
varying vec3 vFibre;
varying float vDeep;
varying float vEssential;
varying vec3 vPos;
varying vec3 vNormal;
void main() {
  vFill = muscleFill;
  vKey = muscleKey;
  vFibre = muscleFibre;
  vDeep = muscleDeep;
  vEssential = essential;
  vPos = position;
  vNormal = normal;
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
varying float vFill;
varying float vKey;
varying vec3 vFibre;
varying float vDeep;
varying float vEssential;
varying vec3 vPos;
varying vec3 vNormal;

// a thin anti-aliased line where a weight crosses the INSIDE threshold, about 'px' pixels wide
float edgeLine(float w, float px, out vec2 dir) {
  vec2 g = vec2(dFdx(w), dFdy(w));
  float gl = max(length(g), 1e-6);
  dir = vec2(-g.y, g.x) / gl;
  float d = abs(w - uInside) / gl;
  return 1.0 - smoothstep(px * 0.5, px * 0.5 + 1.0, d);
}

void main() {
  vec3 n = normalize(vNormal);
  float fill = smoothstep(uInside - 0.06, uInside + 0.06, vFill);
  float deep = smoothstep(uInside - 0.06, uInside + 0.06, vDeep);
  vec2 dir;
  float outline = vFill > 0.02 ? edgeLine(vFill, 1.6, dir) : 0.0;
  vec2 deepDir;
  float deepEdge = vDeep > 0.02 ? edgeLine(vDeep, 2.2, deepDir) : 0.0;
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
  float red = smoothstep(uInside - 0.12, uInside + 0.12, vEssential);
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
