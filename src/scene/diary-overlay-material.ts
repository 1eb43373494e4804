// Two pain diary entries over the body (issue 13): a second, transparent skin drawn on the
// body's own geometry (shared position, normal and index buffers), so the zone material is left
// as it is. Each entry is one per-vertex byte attribute (`overlayA`, `overlayB`, 0..255 like the
// pain drawing); A is drawn as a wash with stripes one way, B with stripes the other way, so
// where both hurt the skin shows a crosshatch of both colours, never one hiding the other.
// Not lit by the scene's lights (the colours must read the same on the back view as on the
// front), only shaded a little by how much the skin faces the camera.
//
// Edges as the zone material draws them (skin-shader.ts): the interpolated weight (smoothed over
// the skin by DiaryOverlay, diary-overlay-smoothing.ts) is cut at DRAWN per fragment, one pixel
// wide (pixelEdge), with a thin darker outline (edgeLine) along it; a wide smoothstep band would
// show the mesh's triangles as a stair-stepped rim. Varyings and stripes: skin-shader.ts.
import { Color, DoubleSide, ShaderMaterial } from 'three'
import { SKIN_GLSL, skinVaryings } from './skin-shader'

/**
 * Level of the smoothed drawing at which skin counts as drawn: two smoothing passes put the
 * level 0.2 of an all-or-nothing edge (zone-material's drawing wash cuts there) near 0.35.
 */
export const DRAWN = 0.35

const VARYINGS = skinVaryings([
  { from: 'overlayA', to: 'vA' },
  { from: 'overlayB', to: 'vB' },
  { from: 'position', to: 'vPos', type: 'vec3' },
  { from: 'normal', to: 'vNormal', type: 'vec3' },
])

const VERTEX = /* glsl */ `
${VARYINGS.vertexHead}
varying float vFacing;
void main() {
${VARYINGS.vertexBody}
  // a little shading, so the overlay follows the body's form instead of lying on it like a sticker
  vFacing = max(dot(normalize(normalMatrix * normal), vec3(0.0, 0.0, 1.0)), 0.0);
  gl_Position = projectionMatrix * modelViewMatrix * vec4(position, 1.0);
}
`

const FRAGMENT = /* glsl */ `
uniform vec3 uColorA;
uniform vec3 uColorB;
uniform float uPeriod;
uniform float uDrawn;
${VARYINGS.fragmentHead}
varying float vFacing;
${SKIN_GLSL}

void main() {
  float a = pixelEdge(vA, uDrawn);
  float b = pixelEdge(vB, uDrawn);
  vec2 dirA;
  vec2 dirB;
  float rimA = edgeLine(vA, uDrawn, 1.5, dirA) * step(0.01, vA);
  float rimB = edgeLine(vB, uDrawn, 1.5, dirB) * step(0.01, vB);
  float both = a * b;
  // alone: a strong wash; together: each keeps only its own stripes, slanted its own way
  float alphaA = max(a * mix(0.72, 0.95 * stripesDir(vPos, vNormal, uPeriod, 0.5, 1.0), both), rimA);
  float alphaB = max(b * mix(0.72, 0.95 * stripesDir(vPos, vNormal, uPeriod, 0.5, -1.0), both), rimB);
  float alpha = 1.0 - (1.0 - alphaA) * (1.0 - alphaB);
  if (alpha < 0.004) discard;
  // the outline a shade darker than its wash, so the edge reads on skin of the same colour
  vec3 colorA = uColorA * (1.0 - 0.35 * rimA);
  vec3 colorB = uColorB * (1.0 - 0.35 * rimB);
  vec3 color = (colorA * alphaA * (1.0 - alphaB) + colorB * alphaB) / alpha * (0.72 + 0.28 * vFacing);
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
      uDrawn: { value: DRAWN },
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
