// GLSL shared by the materials drawn on the skin (zone-material: the patterns and the pain
// drawing; muscle-material: the muscle overlay): per-vertex values handed to the fragment
// shader, the soft edge of a zone at its INSIDE threshold, a thin outline along that edge, and
// diagonal stripes fixed to the skin. One copy, so the zone edge, the hatch and the outline look
// the same in every skin material (zone, muscle, diary overlay) and are tuned in one place.

/** A per-vertex float or vector read by a skin material, handed on to the fragment shader. */
export interface SkinVarying {
  /** the vertex attribute (or built-in: `position`, `normal`) */
  from: string
  /** the varying the fragment shader reads */
  to: string
  type?: 'float' | 'vec3'
}

const BUILT_IN = new Set(['position', 'normal'])

/**
 * The three GLSL pieces that hand per-vertex values to the fragment shader: declarations for the
 * vertex shader (attributes and varyings), the assignments (inside its main), and the varyings
 * for the fragment shader.
 */
export function skinVaryings(list: readonly SkinVarying[]): { vertexHead: string; vertexBody: string; fragmentHead: string } {
  const varyings = list.map((v) => `varying ${v.type ?? 'float'} ${v.to};`).join('\n')
  const attributes = list
    .filter((v) => !BUILT_IN.has(v.from))
    .map((v) => `attribute ${v.type ?? 'float'} ${v.from};`)
    .join('\n')
  return {
    vertexHead: `${attributes}\n${varyings}\n`,
    vertexBody: list.map((v) => `${v.to} = ${v.from};`).join('\n') + '\n',
    fragmentHead: `${varyings}\n`,
  }
}

/** GLSL functions (no uniforms of their own): include once in a fragment shader. */
export const SKIN_GLSL = /* glsl */ `
// soft edge of a zone: 0 outside, 1 inside, centred on the threshold, 'halfBand' wide each side
float softEdge(float weight, float threshold, float halfBand) {
  return smoothstep(threshold - halfBand, threshold + halfBand, weight);
}

// a thin anti-aliased line where a weight crosses 'threshold', about 'px' pixels wide; 'dir' is
// the line's direction on screen (for dashes)
float edgeLine(float w, float threshold, float px, out vec2 dir) {
  vec2 g = vec2(dFdx(w), dFdy(w));
  float gl = max(length(g), 1e-6);
  dir = vec2(-g.y, g.x) / gl;
  float d = abs(w - threshold) / gl;
  return 1.0 - smoothstep(px * 0.5, px * 0.5 + 1.0, d);
}

// triplanar weights of the three axis planes for a normal (sharp blend: round dots, even lines)
vec3 planeWeights(vec3 n) {
  vec3 w = pow(abs(normalize(n)), vec3(6.0));
  return w / (w.x + w.y + w.z);
}

// anti-aliased diagonal stripes fixed to the skin, 'duty' of each period covered (0..1); where
// the stripes would be finer than a few pixels they fade to an even 'duty' tone; 'dir' 1.0 or
// -1.0 slants them one way or the other (two layers crossing make a crosshatch)
float stripePlaneDir(vec2 p, float period, float duty, float dir) {
  float u = (p.x + dir * p.y) / period;
  float d = abs(fract(u) - 0.5);
  float aa = max(fwidth(u), 1e-4);
  float hw = 0.5 * duty;
  return mix(duty, 1.0 - smoothstep(hw - aa, hw + aa, d), smoothstep(2.5, 5.0, 1.0 / aa));
}

float stripePlane(vec2 p, float period, float duty) {
  return stripePlaneDir(p, period, duty, 1.0);
}

float stripesDir(vec3 p, vec3 n, float period, float duty, float dir) {
  vec3 w = planeWeights(n);
  return stripePlaneDir(p.zy, period, duty, dir) * w.x + stripePlaneDir(p.xz, period, duty, dir) * w.y +
    stripePlaneDir(p.xy, period, duty, dir) * w.z;
}

float stripes(vec3 p, vec3 n, float period, float duty) {
  return stripesDir(p, n, period, duty, 1.0);
}

// a zone's edge one pixel wide: the interpolated weight against 'threshold' per fragment, so the
// edge is a smooth line across the triangles, not a band that shows their shape
float pixelEdge(float w, float threshold) {
  float fw = max(fwidth(w), 1e-4);
  return smoothstep(threshold - fw, threshold + fw, w);
}
`
