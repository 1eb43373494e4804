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
// (triplanar), which keeps dots round and equal on any orientation of skin. Dots keep a size in
// screen pixels (issue 10: still dots at whole-body zoom): the lattice spacing is the skin's
// own (dotSpacing) when near, and doubles in octaves as the view zooms out so that dots stay at
// least minDotPixels apart, cross-fading between two octaves so no level pops.
//
// Painted skin is partly self-lit (paintGlow): the essential red and the dots stay red on skin
// turned away from the light instead of going brown.
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
  /** dot lattice spacing never below this many screen pixels (zoomed out) */
  minDotPixels?: number
  /** share of the paint colour that is emitted rather than lit, 0..1 */
  paintGlow?: number
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
  minDotPixels: 7,
  paintGlow: 0.5,
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
uniform float uMinDotPixels;
uniform float uPaintGlow;
varying float vEssential;
varying float vSpillover;
varying float vCompareEssential;
varying float vCompareSpillover;
varying float vDrawing;
varying vec3 vSkinPos;
varying vec3 vSkinNormal;

// one plane of the stipple: a staggered (hexagonal-like) lattice of round anti-aliased dots
float stipplePlane(vec2 p, float spacing, float shift) {
  vec2 uv = p / spacing + shift;
  uv.x += 0.5 * mod(floor(uv.y), 2.0);
  float d = length(fract(uv) - 0.5);
  float aa = max(length(fwidth(uv)), 1e-4);
  return 1.0 - smoothstep(uDotRadius - aa, uDotRadius + aa, d);
}

vec3 planeWeights(vec3 n) {
  vec3 w = pow(abs(normalize(n)), vec3(6.0));
  return w / (w.x + w.y + w.z);
}

float stippleAt(vec3 p, vec3 w, float spacing, float shift) {
  return stipplePlane(p.zy, spacing, shift) * w.x + stipplePlane(p.xz, spacing, shift) * w.y + stipplePlane(p.xy, spacing, shift) * w.z;
}

// dots at least uMinDotPixels apart on screen: octaves of the skin lattice, cross-faded
float stipple(vec3 p, vec3 n, float shift) {
  vec3 w = planeWeights(n);
  float pixel = max(length(fwidth(p)), 1e-6);
  float octave = max(0.0, log2(uMinDotPixels * pixel / uDotSpacing));
  float o0 = floor(octave);
  float s0 = uDotSpacing * exp2(o0);
  return mix(stippleAt(p, w, s0, shift), stippleAt(p, w, s0 * 2.0, shift), smoothstep(0.3, 1.0, octave - o0));
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
vec3 zonePaintGlow = vec3(0.0);
{
  // the user's pain drawing first, so patterns laid over it stay readable
  float drawn = smoothstep(0.05, 0.35, vDrawing);
  float hatch = stripes(vSkinPos, vSkinNormal, uDotSpacing * 1.6);
  diffuseColor.rgb = mix(diffuseColor.rgb, uDrawingColor, drawn * (0.3 + 0.55 * hatch));

  float cSolid = zoneEdge(vCompareEssential);
  float cSpill = zoneEdge(vCompareSpillover) * (1.0 - cSolid);
  float cPaint = max(cSolid, cSpill * max(stipple(vSkinPos, vSkinNormal, 0.5), uSpilloverTint));
  diffuseColor.rgb = mix(diffuseColor.rgb, uCompareColor * (1.0 - uPaintGlow), cPaint);
  zonePaintGlow = mix(zonePaintGlow, uCompareColor * uPaintGlow, cPaint);

  float solid = zoneEdge(vEssential);
  float spill = zoneEdge(vSpillover) * (1.0 - solid);
  float paint = max(solid, spill * max(stipple(vSkinPos, vSkinNormal, 0.0), uSpilloverTint));
  diffuseColor.rgb = mix(diffuseColor.rgb, uPaintColor * (1.0 - uPaintGlow), paint);
  zonePaintGlow = mix(zonePaintGlow, uPaintColor * uPaintGlow, paint);

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
    uMinDotPixels: { value: o.minDotPixels },
    uPaintGlow: { value: o.paintGlow },
  }
  material.onBeforeCompile = (shader: WebGLProgramParametersWithUniforms) => {
    Object.assign(shader.uniforms, uniforms)
    shader.vertexShader =
      VERTEX_HEAD + shader.vertexShader.replace('#include <begin_vertex>', `#include <begin_vertex>\n${VERTEX_BODY}`)
    shader.fragmentShader =
      FRAGMENT_HEAD +
      shader.fragmentShader
        .replace('#include <color_fragment>', `#include <color_fragment>\n${FRAGMENT_BODY}`)
        .replace('#include <emissivemap_fragment>', '#include <emissivemap_fragment>\ntotalEmissiveRadiance += zonePaintGlow;')
  }
  // one program for every instance of this material, whatever the options (uniforms carry them)
  material.customProgramCacheKey = () => 'tpx-zone-material-v3'
  return material
}
