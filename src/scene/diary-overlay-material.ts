// Two pain diary entries over the body (issue 13): a second, transparent skin drawn on the
// body's own geometry (shared position, normal and index buffers), so the zone material is left
// as it is. Each entry is one per-vertex byte attribute (`overlayA`, `overlayB`, 0..255 like the
// pain drawing); A is drawn as a wash with stripes one way, B with stripes the other way, so
// where both hurt the skin shows a crosshatch of both colours, never one hiding the other.
// Not lit by the scene's lights (the colours must read the same on the back view as on the
// front), only shaded a little by how much the skin faces the camera.
import { Color, DoubleSide, ShaderMaterial } from 'three'

const VERTEX = /* glsl */ `
attribute float overlayA;
attribute float overlayB;
varying float vA;
varying float vB;
varying vec3 vPos;
varying vec3 vNormal;
varying float vFacing;
void main() {
  // a little shading, so the overlay follows the body's form instead of lying on it like a sticker
  vFacing = max(dot(normalize(normalMatrix * normal), vec3(0.0, 0.0, 1.0)), 0.0);
  vA = overlayA;
  vB = overlayB;
  vPos = position;
  vNormal = normal;
  gl_Position = projectionMatrix * modelViewMatrix * vec4(position, 1.0);
}
`

const FRAGMENT = /* glsl */ `
uniform vec3 uColorA;
uniform vec3 uColorB;
uniform float uPeriod;
varying float vA;
varying float vB;
varying vec3 vPos;
varying vec3 vNormal;
varying float vFacing;

float stripePlane(vec2 p, float dir) {
  float u = (p.x + dir * p.y) / uPeriod;
  float d = abs(fract(u) - 0.5);
  float aa = max(fwidth(u), 1e-4);
  // zoomed far out the stripes would shimmer: they fade to an even half
  return mix(0.5, 1.0 - smoothstep(0.25 - aa, 0.25 + aa, d), smoothstep(2.5, 5.0, 1.0 / aa));
}

float stripes(vec3 p, vec3 n, float dir) {
  vec3 w = pow(abs(normalize(n)), vec3(6.0));
  w /= (w.x + w.y + w.z);
  return stripePlane(p.zy, dir) * w.x + stripePlane(p.xz, dir) * w.y + stripePlane(p.xy, dir) * w.z;
}

void main() {
  float a = smoothstep(0.05, 0.35, vA);
  float b = smoothstep(0.05, 0.35, vB);
  float both = a * b;
  // alone: a strong wash with darker stripes; together: each keeps only its own stripes
  float alphaA = a * mix(0.72, 0.95 * stripes(vPos, vNormal, 1.0), both);
  float alphaB = b * mix(0.72, 0.95 * stripes(vPos, vNormal, -1.0), both);
  float alpha = 1.0 - (1.0 - alphaA) * (1.0 - alphaB);
  if (alpha < 0.004) discard;
  vec3 color = (uColorA * alphaA * (1.0 - alphaB) + uColorB * alphaB) / alpha * (0.72 + 0.28 * vFacing);
  gl_FragColor = vec4(color, alpha);
}
`

export function createDiaryOverlayMaterial(colors: readonly [string, string], period = 0.018): ShaderMaterial {
  return new ShaderMaterial({
    vertexShader: VERTEX,
    fragmentShader: FRAGMENT,
    uniforms: {
      uColorA: { value: new Color(colors[0]) },
      uColorB: { value: new Color(colors[1]) },
      uPeriod: { value: period },
    },
    transparent: true,
    depthWrite: false,
    // drawn on the body's own triangles: pulled towards the camera so it never z-fights
    polygonOffset: true,
    polygonOffsetFactor: -1,
    polygonOffsetUnits: -4,
    side: DoubleSide,
  })
}
