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
}

export const ZONE_MATERIAL_DEFAULTS: Required<ZoneMaterialOptions> = {
  skinColor: '#e3c6b1',
  paintColor: '#d1242a',
  dotSpacing: 0.011,
  dotRadius: 0.3,
  spilloverTint: 0.14,
  inside: 0.5,
}

const VERTEX_HEAD = /* glsl */ `
attribute float essential;
attribute float spillover;
varying float vEssential;
varying float vSpillover;
varying vec3 vSkinPos;
varying vec3 vSkinNormal;
`

const VERTEX_BODY = /* glsl */ `
vEssential = essential;
vSpillover = spillover;
vSkinPos = position;
vSkinNormal = normal;
`

const FRAGMENT_HEAD = /* glsl */ `
uniform vec3 uPaintColor;
uniform float uDotSpacing;
uniform float uDotRadius;
uniform float uSpilloverTint;
uniform float uInside;
varying float vEssential;
varying float vSpillover;
varying vec3 vSkinPos;
varying vec3 vSkinNormal;

// one plane of the stipple: a staggered (hexagonal-like) lattice of round anti-aliased dots
float stipplePlane(vec2 p) {
  vec2 uv = p / uDotSpacing;
  uv.x += 0.5 * mod(floor(uv.y), 2.0);
  float d = length(fract(uv) - 0.5);
  float aa = max(length(fwidth(uv)), 1e-4);
  float dotMask = 1.0 - smoothstep(uDotRadius - aa, uDotRadius + aa, d);
  // dots under ~3 px apart alias into moiré: fade to the lattice's mean coverage
  float coverage = 3.14159 * uDotRadius * uDotRadius;
  return mix(coverage, dotMask, smoothstep(2.5, 5.0, 1.0 / aa));
}

float stipple(vec3 p, vec3 n) {
  vec3 w = pow(abs(normalize(n)), vec3(6.0));
  w /= (w.x + w.y + w.z);
  return stipplePlane(p.zy) * w.x + stipplePlane(p.xz) * w.y + stipplePlane(p.xy) * w.z;
}

// soft edge centred on the INSIDE threshold, a little wider than one triangle's gradient
float zoneEdge(float weight) {
  return smoothstep(uInside - 0.12, uInside + 0.12, weight);
}
`

const FRAGMENT_BODY = /* glsl */ `
{
  float solid = zoneEdge(vEssential);
  float spill = zoneEdge(vSpillover) * (1.0 - solid);
  float paint = max(solid, spill * max(stipple(vSkinPos, vSkinNormal), uSpilloverTint));
  diffuseColor.rgb = mix(diffuseColor.rgb, uPaintColor, paint);
}
`

/** The skin material with zone painting. Attributes `essential` and `spillover` must exist on the geometry. */
export function createZoneMaterial(options: ZoneMaterialOptions = {}): MeshStandardMaterial {
  const o = { ...ZONE_MATERIAL_DEFAULTS, ...options }
  const material = new MeshStandardMaterial({ color: o.skinColor, roughness: 0.78, metalness: 0 })
  const uniforms = {
    uPaintColor: { value: new Color(o.paintColor) },
    uDotSpacing: { value: o.dotSpacing },
    uDotRadius: { value: o.dotRadius },
    uSpilloverTint: { value: o.spilloverTint },
    uInside: { value: o.inside },
  }
  material.onBeforeCompile = (shader: WebGLProgramParametersWithUniforms) => {
    Object.assign(shader.uniforms, uniforms)
    shader.vertexShader = VERTEX_HEAD + shader.vertexShader.replace('#include <begin_vertex>', `#include <begin_vertex>\n${VERTEX_BODY}`)
    shader.fragmentShader =
      FRAGMENT_HEAD + shader.fragmentShader.replace('#include <color_fragment>', `#include <color_fragment>\n${FRAGMENT_BODY}`)
  }
  // one program for every instance of this material, whatever the options (uniforms carry them)
  material.customProgramCacheKey = () => 'tpx-zone-material-v1'
  return material
}
