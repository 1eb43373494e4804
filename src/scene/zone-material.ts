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
// wash with diagonal hatching under the patterns, and drawn again last, over them, as its
// outline and a thin violet hatch where a pattern covers it: a finder result shown over the
// drawing never hides the drawing). Shared GLSL (edges, outline, stripes): skin-shader.ts.
import { Color, MeshStandardMaterial, type WebGLProgramParametersWithUniforms } from 'three'
import { SKIN_GLSL, skinVaryings } from './skin-shader'

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

const VARYINGS = skinVaryings([
  { from: 'essential', to: 'vEssential' },
  { from: 'spillover', to: 'vSpillover' },
  { from: 'compareEssential', to: 'vCompareEssential' },
  { from: 'compareSpillover', to: 'vCompareSpillover' },
  { from: 'drawing', to: 'vDrawing' },
  { from: 'position', to: 'vSkinPos', type: 'vec3' },
  { from: 'normal', to: 'vSkinNormal', type: 'vec3' },
])

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
${VARYINGS.fragmentHead}
${SKIN_GLSL}

// one plane of the stipple: a staggered (hexagonal-like) lattice of round anti-aliased dots
float stipplePlane(vec2 p, float spacing, float shift) {
  vec2 uv = p / spacing + shift;
  uv.x += 0.5 * mod(floor(uv.y), 2.0);
  float d = length(fract(uv) - 0.5);
  float aa = max(length(fwidth(uv)), 1e-4);
  return 1.0 - smoothstep(uDotRadius - aa, uDotRadius + aa, d);
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

// soft edge centred on the INSIDE threshold, a little wider than one triangle's gradient
float zoneEdge(float weight) {
  return softEdge(weight, uInside, 0.12);
}
`

const FRAGMENT_BODY = /* glsl */ `
vec3 zonePaintGlow = vec3(0.0);
{
  // the user's pain drawing as a wash under everything
  float drawn = softEdge(vDrawing, 0.2, 0.15);
  float hatch = stripes(vSkinPos, vSkinNormal, uDotSpacing * 1.6, 0.5);
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
  diffuseColor.rgb = mix(diffuseColor.rgb, uCompareColor, solid * cSolid * stripes(vSkinPos, vSkinNormal, uDotSpacing * 2.0, 0.5));

  // the drawing again, last, over any pattern laid on it (a finder result shown over the pain
  // the user drew): its outline, and a thin hatch where a pattern covers it, so both the pattern
  // and the drawing stay readable
  vec2 outlineDir;
  float outline = edgeLine(vDrawing, 0.2, 2.0, outlineDir) * step(0.01, vDrawing);
  float over = max(paint, cPaint) * drawn * stripes(vSkinPos, vSkinNormal, uDotSpacing * 2.4, 0.3);
  float drawingOnTop = max(outline, over);
  diffuseColor.rgb = mix(diffuseColor.rgb, uDrawingColor * (1.0 - uPaintGlow), drawingOnTop);
  zonePaintGlow = mix(zonePaintGlow, uDrawingColor * uPaintGlow, drawingOnTop);
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
      VARYINGS.vertexHead +
      shader.vertexShader.replace('#include <begin_vertex>', `#include <begin_vertex>\n${VARYINGS.vertexBody}`)
    shader.fragmentShader =
      FRAGMENT_HEAD +
      shader.fragmentShader
        .replace('#include <color_fragment>', `#include <color_fragment>\n${FRAGMENT_BODY}`)
        .replace('#include <emissivemap_fragment>', '#include <emissivemap_fragment>\ntotalEmissiveRadiance += zonePaintGlow;')
  }
  // one program for every instance of this material, whatever the options (uniforms carry them)
  material.customProgramCacheKey = () => 'tpx-zone-material-v4'
  return material
}
