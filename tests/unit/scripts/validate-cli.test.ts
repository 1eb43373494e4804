// `npm run validate` (DESIGN section 7), run as a user would: exit codes and printed lines.
import { execFile } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { FIXTURE_DIR } from '../../fixtures/dataset'

const run = async (...args: string[]) => {
  try {
    const { stdout, stderr } = await promisify(execFile)('node', ['--import', 'tsx', 'scripts/validate-data.ts', ...args])
    return { code: 0, stdout, stderr }
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string }
    return { code: err.code, stdout: err.stdout, stderr: err.stderr }
  }
}

describe('npm run validate', () => {
  it('prints one OK line with counts and exits 0 on a valid folder', async () => {
    const r = await run(FIXTURE_DIR)
    expect(r.code).toBe(0)
    expect(r.stdout.trim()).toMatch(/: OK, 2 muscles, 3 trigger points, 4 regions, 2 conditions, 2 sources$/)
  })

  it('prints file, path and message of each error and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tp-cli-'))
    cpSync(FIXTURE_DIR, dir, { recursive: true })
    const muscles = JSON.parse(readFileSync(join(dir, 'muscles.json'), 'utf8'))
    muscles.muscles[0].triggerPoints[0].essentialZones[2] = 'templ'
    muscles.muscles[1].triggerPoints[0].placement = { at: 'no-such-landmark' }
    writeFileSync(join(dir, 'muscles.json'), JSON.stringify(muscles))
    const r = await run(dir)
    expect(r.code).toBe(1)
    expect(r.stdout.trim().split('\n')).toEqual([
      'muscles.json: muscles[0].triggerPoints[0].essentialZones[2]: unknown region "templ"',
      'muscles.json: muscles[1].triggerPoints[0].placement.at: unknown landmark "no-such-landmark"',
    ])
    const json = await run(dir, '--json')
    expect(json.code).toBe(1)
    expect(JSON.parse(json.stdout).errors).toHaveLength(2)
  })

  it('exits non-zero with usage on a path that is not a folder', async () => {
    const r = await run('no/such/dir')
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('usage: npm run validate')
  })
})
