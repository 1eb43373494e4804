// The query CLI and the validator against hostile files and arguments (issue 12, Security):
// a FIFO or a device never hangs them, a binary body file is named, an empty t is an error,
// echoed ids are cut short and control characters are printed escaped.
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { FIXTURE_DIR } from '../../fixtures/dataset'

// eslint-disable-next-line no-control-regex -- looking for control characters
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/

function run(script: string, args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
    encoding: 'utf8',
    timeout: 50_000,
    env: { ...process.env, ...env },
  })
  return { code: r.status, out: r.stdout, err: r.stderr, timedOut: r.error !== undefined || r.signal !== null }
}
const query = (args: string[], env?: Record<string, string>) => run('scripts/query.ts', args, env)
const validate = (args: string[]) => run('scripts/validate-data.ts', args)

function mkfifo(path: string) {
  const r = spawnSync('mkfifo', [path])
  if (r.status !== 0) throw new Error(`mkfifo failed: ${r.stderr}`)
}

const copyFixture = () => {
  const dir = mkdtempSync(join(tmpdir(), 'tp-trust-'))
  cpSync(FIXTURE_DIR, dir, { recursive: true })
  return dir
}

describe('files that are not regular files', () => {
  it('validate names a FIFO in the dataset folder instead of hanging', () => {
    const dir = copyFixture()
    const fifo = join(dir, 'regions.json')
    spawnSync('rm', [fifo])
    mkfifo(fifo)
    const r = validate([dir])
    expect(r.timedOut).toBe(false)
    expect(r.code).toBe(1)
    expect(r.out).toMatch(/^regions\.json: \(root\): could not be read: not a regular file \(a FIFO/m)
  })

  it('query refuses a FIFO or a device as the body model, naming it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tp-trust-'))
    const fifo = join(dir, 'body.glb')
    mkfifo(fifo)
    const r = query(['where', '--at', 'temple.R'], { QUERY_BODY_FILE: fifo })
    expect(r.timedOut).toBe(false)
    expect(r.code).toBe(1)
    expect(r.err).toContain(`${fifo}: could not be read: not a regular file (a FIFO`)
    const dev = query(['where', '--at', 'temple.R'], { QUERY_BODY_FILE: '/dev/zero' })
    expect(dev.timedOut).toBe(false)
    expect(dev.err).toContain('/dev/zero: could not be read: not a regular file (a device)')
  })

  it('query refuses a FIFO in the dataset folder', () => {
    const dir = copyFixture()
    const fifo = join(dir, 'muscles.json')
    spawnSync('rm', [fifo])
    mkfifo(fifo)
    const r = query(['zones', 'anything', '--side', 'R'], { QUERY_DATA_DIR: dir })
    expect(r.timedOut).toBe(false)
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/muscles\.json \(root\): could not be read: not a regular file/)
  })
})

describe('bad file content', () => {
  it('a binary body file says which file is bad, without quoting its bytes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tp-trust-'))
    const file = join(dir, 'garbage.glb')
    writeFileSync(file, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 131 + 7) % 256)))
    const r = query(['where', '--at', 'temple.R'], { QUERY_BODY_FILE: file })
    expect(r.code).toBe(1)
    expect(r.err).toContain(`${file}: not a body model`)
    expect(r.err).not.toMatch(CONTROL)
  })

  it('control characters from a dataset file are printed escaped', () => {
    const dir = copyFixture()
    const muscles = JSON.parse(readFileSync(join(dir, 'muscles.json'), 'utf8'))
    // an unknown field: the validator quotes its name
    muscles.muscles[0]['\u001b[2J\u001b]0;owned\u0007\u202Eevil'] = 1
    writeFileSync(join(dir, 'muscles.json'), JSON.stringify(muscles))
    for (const args of [[dir], [dir, '--json']]) {
      const r = validate(args)
      expect(r.code).toBe(1)
      expect(r.out).not.toMatch(CONTROL)
      expect(r.out).toContain('\\u001b[2J\\u001b]0;owned\\u0007\\u202eevil')
    }
    const q = query(['zones', 'x', '--side', 'R'], { QUERY_DATA_DIR: dir })
    expect(q.code).toBe(1)
    expect(q.err).not.toMatch(CONTROL)
    expect(q.err).toContain('\\u001b[2J')
  })
})

describe('bad arguments', () => {
  it('--between a,b, with an empty t is an error, not t = 0', () => {
    for (const cmd of [
      ['where', '--between', 'mastoid.R,c7,'],
      ['find', '--between', 'mastoid.R,c7,'],
    ]) {
      const r = query(cmd)
      expect(r.code).toBe(2)
      expect(r.err).toMatch(/t must be a number from 0 to 1, got ""/)
    }
  })

  const long = `\u001b[31m${'a'.repeat(5000)}`
  it.each([
    ['zones', long, '--side', 'R'],
    ['zones', 'upper_trapezius_trp1', '--side', long],
    ['where', '--at', long],
    ['find', '--condition', long],
    [long],
  ])('cuts echoed ids short and escapes their control characters (case %#)', (...args) => {
    const r = query(args)
    expect(r.code).not.toBe(0)
    const firstLine = r.err.split('\n')[0]!
    expect(firstLine.length).toBeLessThan(300)
    expect(r.err).not.toMatch(CONTROL)
    expect(r.err).toContain('\\u001b[31maaa')
  })
})
