// The built app's R3F catalogue is src/scene/three-catalogue.ts (vite.config.ts), not all of
// three: every three.js JSX element the app renders (<mesh>, <boxGeometry>, ...) must be there,
// or the built app throws "R3F: X is not part of the THREE namespace".
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import * as THREE from 'three'
import { describe, expect, it } from 'vitest'
import * as catalogue from '../../../src/scene/three-catalogue'

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsxFiles(join(dir, e.name)) : e.name.endsWith('.tsx') ? [join(dir, e.name)] : [],
  )
}

/** Lowercase JSX element names that name a three.js class (<mesh> -> Mesh) where the 3D scene is
 * written (src/scene, and src/app for the canvas; src/ui is DOM, where <line> and <path> are SVG). */
function threeElements(): Set<string> {
  const names = new Set<string>()
  for (const file of [...tsxFiles('src/scene'), ...tsxFiles('src/app')]) {
    for (const m of readFileSync(file, 'utf8').matchAll(/<([a-z][A-Za-z0-9]*)(?=[\s/>])/g)) {
      const pascal = m[1]![0]!.toUpperCase() + m[1]!.slice(1)
      if (pascal in THREE) names.add(pascal)
    }
  }
  return names
}

describe('three-catalogue', () => {
  it('holds every three.js class the app renders as a JSX element', () => {
    const used = threeElements()
    expect(used.size).toBeGreaterThan(5)
    expect(used).toContain('Mesh')
    const missing = [...used].filter((name) => !(name in catalogue))
    expect(missing).toEqual([])
  })

  it('holds nothing else (each class kept in the build is one the app uses)', () => {
    const used = threeElements()
    expect(Object.keys(catalogue).filter((name) => !used.has(name))).toEqual([])
  })
})
