import { describe, expect, it } from 'vitest'
import { SKIN_GLSL, skinVaryings } from '../../../src/scene/skin-shader'

describe('skinVaryings', () => {
  it('declares attributes (not the built-in ones), varyings for both stages, and the copies', () => {
    const v = skinVaryings([
      { from: 'essential', to: 'vEssential' },
      { from: 'normal', to: 'vNormal', type: 'vec3' },
    ])
    expect(v.vertexHead).toContain('attribute float essential;')
    expect(v.vertexHead).not.toContain('attribute vec3 normal;')
    expect(v.vertexHead).toContain('varying vec3 vNormal;')
    expect(v.vertexBody).toContain('vEssential = essential;')
    expect(v.vertexBody).toContain('vNormal = normal;')
    expect(v.fragmentHead).toContain('varying float vEssential;')
    expect(v.fragmentHead).not.toContain('attribute')
  })

  it('defines each shared GLSL function once and uses no reserved word as a name', () => {
    for (const name of [
      'softEdge',
      'edgeLine',
      'planeWeights',
      'stripePlaneDir',
      'stripePlane',
      'stripesDir',
      'stripes',
      'pixelEdge',
    ])
      expect(SKIN_GLSL.match(new RegExp(`\\b(float|vec3) ${name}\\(`, 'g'))).toHaveLength(1)
    // GLSL ES reserves these; a local named so fails to compile on some drivers
    expect(SKIN_GLSL).not.toMatch(/\b(float|vec2|vec3) (half|input|output|filter|sample)\b/)
  })
})
