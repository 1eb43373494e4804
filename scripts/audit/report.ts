// Reading `npm audit --json`: either a report (vulnerabilities by severity) or an error from the
// registry (offline, a mirror without the audit endpoint, a proxy). A report fails at or above a
// severity; an unreachable registry is a skip with one clear line, never a failure, so CI does
// not depend on the network.

export const SEVERITIES = ['info', 'low', 'moderate', 'high', 'critical'] as const
export type Severity = (typeof SEVERITIES)[number]

export type AuditOutcome =
  { kind: 'report'; counts: Record<Severity, number>; failing: number; line: string } | { kind: 'skipped'; line: string }

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim().slice(0, 200)

/** Interprets what `npm audit --json` printed (stdout) and its stderr. */
export function readAudit(stdout: string, stderr: string, failAt: Severity = 'high'): AuditOutcome {
  let parsed: unknown
  try {
    parsed = JSON.parse(stdout)
  } catch {
    const why = oneLine(stderr.split('\n').find((l) => /error/i.test(l)) ?? stderr) || 'no report'
    return { kind: 'skipped', line: `audit skipped: npm audit gave no report (${why})` }
  }
  const o = parsed as {
    metadata?: { vulnerabilities?: Partial<Record<Severity, number>> }
    message?: string
    error?: { code?: string; summary?: string }
    statusCode?: number
  }
  const v = o.metadata?.vulnerabilities
  if (!v) {
    const why = oneLine(
      o.message ?? o.error?.summary ?? o.error?.code ?? (o.statusCode ? `HTTP ${o.statusCode}` : 'unknown reply'),
    )
    return { kind: 'skipped', line: `audit skipped: the registry's audit service could not be used (${why})` }
  }
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, v[s] ?? 0])) as Record<Severity, number>
  const failing = SEVERITIES.slice(SEVERITIES.indexOf(failAt)).reduce((n, s) => n + counts[s], 0)
  const found = SEVERITIES.filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${s}`)
  const line =
    found.length === 0
      ? 'audit: no known vulnerability in the production dependencies'
      : `audit: ${found.join(', ')} in the production dependencies${failing > 0 ? ` (${failing} at ${failAt} or above: run npm audit for details)` : ''}`
  return { kind: 'report', counts, failing, line }
}
