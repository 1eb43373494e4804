// `npm run audit [-- --level high]`: audits the production dependencies with `npm audit
// --omit=dev`. Exits 1 when a vulnerability at or above the level (default high) is known;
// when the registry cannot answer (offline, or a mirror without the audit service) it prints
// one line saying the audit was skipped and why, and exits 0.
import { spawnSync } from 'node:child_process'
import { readAudit, SEVERITIES, type Severity } from './audit/report'

function main(argv: string[]): number {
  const i = argv.indexOf('--level')
  const level = (i >= 0 ? argv[i + 1] : 'high') as Severity
  if (!SEVERITIES.includes(level)) {
    console.error(`usage: npm run audit -- [--level ${SEVERITIES.join('|')}]`)
    return 2
  }
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
  const r = spawnSync(npm, ['audit', '--omit=dev', '--json'], { encoding: 'utf8', timeout: 120_000 })
  if (r.error) {
    console.log(`audit skipped: npm audit could not run (${r.error.message})`)
    return 0
  }
  const outcome = readAudit(r.stdout ?? '', r.stderr ?? '', level)
  console.log(outcome.line)
  return outcome.kind === 'report' && outcome.failing > 0 ? 1 : 0
}

process.exitCode = main(process.argv.slice(2))
