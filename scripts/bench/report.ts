// The bench's report: a table of measured vs budget vs aim, and with `--json` the results as one
// JSON object. With --json, stdout carries the JSON ALONE (so `npm run --silent bench -- --json |
// jq` works) and the table goes to stderr.

export interface Budget {
  budget: number
  aim: number
}

export interface ReportStreams {
  out: (line: string) => void
  err: (line: string) => void
}

/** Prints the report; returns how many results are over budget. */
export function printReport(
  results: Readonly<Record<string, number>>,
  budgets: Readonly<Record<string, Budget>>,
  json: boolean,
  { out, err }: ReportStreams,
): number {
  const table = json ? err : out
  const fmt = (n: number) => (n >= 1000 ? Math.round(n).toString() : n.toFixed(3))
  let failed = 0
  table(['what'.padEnd(30), 'measured'.padStart(12), 'budget'.padStart(12), 'aim'.padStart(12)].join(' '))
  for (const [key, value] of Object.entries(results)) {
    const b = budgets[key]
    if (!b) continue
    const status = value <= b.aim ? 'ok (within aim)' : value <= b.budget ? 'ok' : 'OVER BUDGET'
    if (value > b.budget) failed++
    table([key.padEnd(30), fmt(value).padStart(12), fmt(b.budget).padStart(12), fmt(b.aim).padStart(12), status].join(' '))
  }
  if (json) out(JSON.stringify(results))
  return failed
}
