// The body build is deterministic and the committed model is what the script produces now.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { buildBodyGlb } from '../../../../scripts/body/build'

describe('npm run build:body', () => {
  it('gives the same bytes twice, and the committed public/models/body.glb is what it produces now', async () => {
    const a = await buildBodyGlb()
    const b = await buildBodyGlb()
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true)
    const committed = readFileSync('public/models/body.glb')
    // if this fails: run `npm run build:body` and commit the new body.glb
    expect(committed.equals(Buffer.from(a))).toBe(true)
  }, 180_000) // two full builds: about 3 s on an idle machine, much more on a busy CI box
})
