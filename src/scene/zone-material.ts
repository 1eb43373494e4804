// The skin material: a soft MeshStandardMaterial that also draws a referral pattern the way
// Travell & Simons' charts do, essential zone solid red, spillover zone red stipple.
//
// Two per-vertex floats, `essential` and `spillover` (0..1, from paintWeights), say how much a
// vertex lies in each zone; the edge of a zone is where the interpolated weight crosses the
// INSIDE threshold of the region geometry (0.5), softened over a narrow band, so the painted
// edge is the same line the ranking uses.
//
// The stipple is a regular dot lattice fixed to the skin (object space), so dots do not swim
// while the body rotates. A surface cuts a 3D lattice of spheres into dots of random sizes, so
// instead each of the three axis planes carries a 2D staggered lattice, blended by the normal
// (triplanar), which keeps dots round and equal on any orientation of skin. Where dots would be
// smaller than a few pixels (zoomed far out) they fade to their mean coverage, avoiding moiré.
//
// Two more layers share the material: a second pattern to compare with (consult mode; blue,
// its dots offset half a cell so they fall between the red ones, and shown as blue stripes
// where the red solid zone covers it), and the user's own pain drawing (find mode; a violet
// wash with diagonal hatching, so a red pattern laid over it still shows both).
import { Color, MeshStandardMaterial, type WebGLProgramParametersWithUniforms } from 'three'

export interface ZoneMaterialOptions {
  skinColor?: string
  paintColor?: string
  /** distance between stipple dots, metres */
  dotSpacing?: number
  /** dot radius as a fraction of the spacing */
  dotRadius?: number
  /** tint under the spillover dots, 0..1, so a stippled zone reads as an area from afar */
  spilloverTint?: number
  /** weight at which a vertex counts as inside a zone (regions.ts INSIDE) */
  inside?: number
  compareColor?: string
  drawingColor?: string
}

export const ZONE_MATERIAL_DEFAULTS: Required<ZoneMaterialOptions> = {
  skinColor: '#e3c6b1',
  paintColor: '#d1242a',
  dotSpacing: 0.011,
  dotRadius: 0.3,
  spilloverTint: 0.14,
  inside: 0.5,
  compareColor: '#1d5fc4',
  drawingColor: '#6a3fc8',
}

/** Vertex attributes the material reads (float 0..1 each; `drawing` may be normalized Uint8). */
export const ZONE_ATTRIBUTES = ['essential', 'spillover', 'compareEssential', 'compareSpillover', 'drawing'] as const

const VERTEX_HEAD = /* glsl */ `
attribute float essential;
attribute float spillover;
attribute float compareEssential;
attribute float compareSpillover;
attribute float drawing;
varying float vEssential;
varying float vSpillover;
varying float vCompareEssential;
varying float vCompareSpillover;
varying float vDrawing;
varying vec3 vSkinPos;
varying vec3 vSkinNormal;
`

const VERTEX_BODY = /* glsl */ `
vEssential = essential;
vSpillover = spillover;
vCompareEssential = compareEssential;
vCompareSpillover = compareSpillover;
vDrawing = drawing;
vSkinPos = position;
vSkinNormal = normal;
`

const FRAGMENT_HEAD = /* glsl */ `
uniform vec3 uPaintColor;
uniform vec3 uCompareColor;
uniform vec3 uDrawingColor;
uniform float uDotSpacing;
uniform float uDotRadius;
uniform float uSpilloverTint;
uniform float uInside;
varying float vEssential;
varying float vSpillover;
varying float vCompareEssential;
varying float vCompareSpillover;
varying float vDrawing;
varying vec3 vSkinPos;
varying vec3 vSkinNormal;

// one plane of the stipple: a staggered (hexagonal-like) lattice of round anti-aliased dots
float stipplePlane(vec2 p, float shift) {
  vec2 uv = p / uDotSpacing + shift;
  uv.x += 0.5 * mod(floor(uv.y), 2.0);
  float d = length(fract(uv) - 0.5);
  float aa = max(length(fwidth(uv)), 1e-4);
  float dotMask = 1.0 - smoothstep(uDotRadius - aa, uDotRadius + aa, d);
  // dots under ~3 px apart alias into moiré: fade to the lattice's mean coverage
  float coverage = 3.14159 * uDotRadius * uDotRadius;
  return mix(coverage, dotMask, smoothstep(2.5, 5.0, 1.0 / aa));
}

vec3 planeWeights(vec3 n) {
  vec3 w = pow(abs(normalize(n)), vec3(6.0));
  return w / (w.x + w.y + w.z);
}

float stipple(vec3 p, vec3 n, float shift) {
  vec3 w = planeWeights(n);
  return stipplePlane(p.zy, shift) * w.x + stipplePlane(p.xz, shift) * w.y + stipplePlane(p.xy, shift) * w.z;
}

// anti-aliased diagonal stripes, about half covered, fixed to the skin like the dots
float stripePlane(vec2 p, float period) {
  float u = (p.x + p.y) / period;
  float d = abs(fract(u) - 0.5);
  float aa = max(fwidth(u), 1e-4);
  return mix(0.5, 1.0 - smoothstep(0.25 - aa, 0.25 + aa, d), smoothstep(2.5, 5.0, 1.0 / aa));
}

float stripes(vec3 p, vec3 n, float period) {
  vec3 w = planeWeights(n);
  return stripePlane(p.zy, period) * w.x + stripePlane(p.xz, period) * w.y + stripePlane(p.xy, period) * w.z;
}

// soft edge centred on the INSIDE threshold, a little wider than one triangle's gradient
float zoneEdge(float weight) {
  return smoothstep(uInside - 0.12, uInside + 0.12, weight);
}
`

const FRAGMENT_BODY = /* glsl */ `
{
  // the user's pain drawing first, so patterns laid over it stay readable
  float drawn = smoothstep(0.05, 0.35, vDrawing);
  float hatch = stripes(vSkinPos, vSkinNormal, uDotSpacing * 1.6);
  diffuseColor.rgb = mix(diffuseColor.rgb, uDrawingColor, drawn * (0.3 + 0.55 * hatch));

  float cSolid = zoneEdge(vCompareEssential);
  float cSpill = zoneEdge(vCompareSpillover) * (1.0 - cSolid);
  float cPaint = max(cSolid, cSpill * max(stipple(vSkinPos, vSkinNormal, 0.5), uSpilloverTint));
  diffuseColor.rgb = mix(diffuseColor.rgb, uCompareColor, cPaint);

  float solid = zoneEdge(vEssential);
  float spill = zoneEdge(vSpillover) * (1.0 - solid);
  float paint = max(solid, spill * max(stipple(vSkinPos, vSkinNormal, 0.0), uSpilloverTint));
  diffuseColor.rgb = mix(diffuseColor.rgb, uPaintColor, paint);

  // where the red solid hides the comparison's solid zone, the comparison shows as stripes
  diffuseColor.rgb = mix(diffuseColor.rgb, uCompareColor, solid * cSolid * stripes(vSkinPos, vSkinNormal, uDotSpacing * 2.0));
}
`

/** The skin material with zone painting. Attributes `essential` and `spillover` must exist on the geometry. */
export function createZoneMaterial(options: ZoneMaterialOptions = {}): MeshStandardMaterial {
  const o = { ...ZONE_MATERIAL_DEFAULTS, ...options }
  const material = new MeshStandardMaterial({ color: o.skinColor, roughness: 0.78, metalness: 0 })
  const uniforms = {
    uPaintColor: { value: new Color(o.paintColor) },
    uCompareColor: { value: new Color(o.compareColor) },
    uDrawingColor: { value: new Color(o.drawingColor) },
    uDotSpacing: { value: o.dotSpacing },
    uDotRadius: { value: o.dotRadius },
    uSpilloverTint: { value: o.spilloverTint },
    uInside: { value: o.inside },
  }
  material.onBeforeCompile = (shader: WebGLProgramParametersWithUniforms) => {
    Object.assign(shader.uniforms, uniforms)
    shader.vertexShader =
      VERTEX_HEAD + shader.vertexShader.replace('#include <begin_vertex>', `#include <begin_vertex>\n${VERTEX_BODY}`)
    shader.fragmentShader =
      FRAGMENT_HEAD + shader.fragmentShader.replace('#include <color_fragment>', `#include <color_fragment>\n${FRAGMENT_BODY}`)
  }
  // one program for every instance of this material, whatever the options (uniforms carry them)
  material.customProgramCacheKey = () => 'tpx-zone-material-v2'
  return material
}
