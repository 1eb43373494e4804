// `npm run audit` (issue 12): a report fails at high or above; an unreachable registry is a
// clear skip, never a failure.
import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { readAudit } from '../../../scripts/audit/report'

const report = (v: Record<string, number>) =>
  JSON.stringify({
    auditReportVersion: 2,
    vulnerabilities: {},
    metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: 0, ...v } },
  })

describe('npm run audit', () => {
  it('passes a clean report and fails one with a high vulnerability', () => {
    const clean = readAudit(report({}), '')
    expect(clean).toMatchObject({ kind: 'report', failing: 0 })
    expect(clean.line).toBe('audit: no known vulnerability in the production dependencies')
    const high = readAudit(report({ moderate: 2, high: 1 }), '')
    expect(high).toMatchObject({ kind: 'report', failing: 1 })
    expect(high.line).toMatch(/^audit: 2 moderate, 1 high .*\(1 at high or above/)
    expect(readAudit(report({ moderate: 2 }), '', 'moderate')).toMatchObject({ failing: 2 })
  })

  it('skips with one line when the registry has no audit service or is offline', () => {
    const mirror = JSON.stringify({
      message: '405 Method Not Allowed - POST https://registry.example/-/npm/v1/security/advisories/bulk',
      statusCode: 405,
    })
    expect(readAudit(mirror, 'npm error audit endpoint returned an error')).toEqual({
      kind: 'skipped',
      line: "audit skipped: the registry's audit service could not be used (405 Method Not Allowed - POST https://registry.example/-/npm/v1/security/advisories/bulk)",
    })
    const offline = JSON.stringify({
      error: { code: 'ENOTFOUND', summary: 'request to https://registry.npmjs.org failed, reason: getaddrinfo ENOTFOUND' },
    })
    expect(readAudit(offline, '').line).toMatch(/^audit skipped: .*ENOTFOUND/)
    expect(readAudit('', 'npm error network request failed\n').line).toBe(
      'audit skipped: npm audit gave no report (npm error network request failed)',
    )
  })

  it('runs here and either reports or says it skipped, exiting 0 unless something high is known', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/audit.ts'], { encoding: 'utf8', timeout: 150_000 })
    const line = r.stdout.trim()
    expect(line).toMatch(/^audit( skipped)?: /)
    expect(r.status).toBe(/at high or above/.test(line) ? 1 : 0)
  })
})
