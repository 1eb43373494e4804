// `npm run bench -- --json` prints the JSON alone on stdout (the table goes to stderr), and the
// ranking bench reports a median (STYLE), not a mean.
import { describe, expect, it } from 'vitest'
import { printReport } from '../../../../scripts/bench/report'
import { median } from '../../../../scripts/bench/ranking'

const budgets = { rankTenPointsMs: { budget: 5, aim: 1 }, modelBytes: { budget: 100, aim: 50 } }
const results = { rankTenPointsMs: 0.2, modelBytes: 120, notBudgeted: 3 }

function run(json: boolean) {
  const out: string[] = []
  const err: string[] = []
  const failed = printReport(results, budgets, json, { out: (l) => out.push(l), err: (l) => err.push(l) })
  return { out, err, failed }
}

describe('bench report', () => {
  it('with --json, stdout is exactly one JSON object and the table goes to stderr', () => {
    const { out, err, failed } = run(true)
    expect(out).toHaveLength(1)
    expect(JSON.parse(out.join('\n'))).toEqual(results)
    expect(err.join('\n')).toMatch(/rankTenPointsMs\s+0\.200\s+5\.000\s+1\.000 ok \(within aim\)/)
    expect(err.join('\n')).toMatch(/modelBytes .* OVER BUDGET/)
    expect(failed).toBe(1)
  })

  it('without --json, the table is on stdout and nothing on stderr', () => {
    const { out, err } = run(false)
    expect(err).toEqual([])
    expect(out[0]).toMatch(/^what\s+measured\s+budget\s+aim$/)
    expect(out).toHaveLength(3)
    expect(() => JSON.parse(out.join('\n'))).toThrow()
  })
})

describe('median', () => {
  it('is the middle value, not the mean: one slow batch does not move it', () => {
    expect(median([1, 1, 1, 1, 100])).toBe(1)
    expect(median([3, 1, 2])).toBe(2)
    expect(median([4, 1, 3, 2])).toBe(2.5)
    expect(median([])).toBeNaN()
  })
})
