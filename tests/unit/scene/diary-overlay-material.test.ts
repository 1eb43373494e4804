// Issue 13: the diary overlay is a skin material like the zone and muscle materials: its
// varyings and stripes come from skin-shader.ts (one copy of the GLSL), and its edges are the
// interpolated weight cut per fragment (pixelEdge, edgeLine), not a wide band that shows the
// mesh's triangles as stair steps.
import { describe, expect, it } from 'vitest'
import { createDiaryOverlayMaterial, DRAWN } from '../../../src/scene/diary-overlay-material'
import { SKIN_GLSL, skinVaryings } from '../../../src/scene/skin-shader'

const material = createDiaryOverlayMaterial(['#c9a227', '#2e9b57'])

describe('the diary overlay material', () => {
  it('takes its varyings from skinVaryings and its GLSL functions from skin-shader, defining none of its own', () => {
    const v = skinVaryings([
      { from: 'overlayA', to: 'vA' },
      { from: 'overlayB', to: 'vB' },
      { from: 'position', to: 'vPos', type: 'vec3' },
      { from: 'normal', to: 'vNormal', type: 'vec3' },
    ])
    expect(material.vertexShader).toContain(v.vertexHead)
    expect(material.vertexShader).toContain(v.vertexBody)
    expect(material.fragmentShader).toContain(v.fragmentHead)
    expect(material.fragmentShader).toContain(SKIN_GLSL)
    const own = material.fragmentShader.replace(SKIN_GLSL, '')
    // the only function it defines is main
    expect([...own.matchAll(/\b(?:float|vec2|vec3|vec4|void) (\w+)\(/g)].map((m) => m[1])).toEqual(['main'])
  })

  it('cuts each entry at the drawing level per fragment, with an outline, crosshatched two ways', () => {
    const f = material.fragmentShader.replace(SKIN_GLSL, '')
    expect(f).toMatch(/pixelEdge\(vA, uDrawn\)/)
    expect(f).toMatch(/pixelEdge\(vB, uDrawn\)/)
    expect(f).toMatch(/edgeLine\(vA, uDrawn/)
    expect(f).toMatch(/edgeLine\(vB, uDrawn/)
    expect(f).toMatch(/stripesDir\([^)]*, 1\.0\)/)
    expect(f).toMatch(/stripesDir\([^)]*, -1\.0\)/)
    // no wide band of the interpolated weight (it followed the triangles)
    expect(f).not.toMatch(/smoothstep\(0\.05, 0\.35/)
    expect(material.uniforms.uDrawn!.value).toBe(DRAWN)
  })
})
