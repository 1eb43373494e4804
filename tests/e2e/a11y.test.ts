// Accessibility (issue 12): axe-core, injected from node_modules (no network), finds no serious
// or critical violation in any mode, at phone and laptop size, nor with the treatment dialog
// open. One page per size; modes are switched with the mode tabs.
import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { DESKTOP, PHONE, waitForPainted, waitForSceneReady, withApp } from './browser'

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

interface Violation {
  id: string
  impact: string | null
  help: string
  nodes: string[]
}

async function seriousViolations(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_PATH })
  return page.evaluate(async () => {
    interface AxeResult {
      id: string
      impact: string | null
      help: string
      nodes: { target: unknown }[]
    }
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: AxeResult[] }> } }).axe
    const result = await axe.run(document, { resultTypes: ['violations'] })
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => String(n.target)) }))
  })
}

async function checkEveryMode(page: Page, label: string): Promise<void> {
  const found: Record<string, Violation[]> = {}
  await waitForSceneReady(page)
  await waitForPainted(page, 'upper_trapezius_trp1:R')
  found['explore'] = await seriousViolations(page)
  expect(await page.locator('main').count()).toBe(1)
  expect(await page.locator('h1').count()).toBe(1)
  for (const mode of ['find', 'consult', 'study'] as const) {
    await page.locator(`.tpx-modes [data-mode="${mode}"]`).click()
    await page.locator(`.tpx-ui[data-mode="${mode}"] .tpx-side section`).first().waitFor()
    if (mode === 'study') await page.locator('[data-choice]').first().waitFor()
    found[mode] = await seriousViolations(page)
  }
  // after an answer (green and red choices)
  await page.locator('[data-choice]').first().click()
  found['study answered'] = await seriousViolations(page)
  await page.locator('.tpx-modes [data-mode="explore"]').click()
  if (await page.locator('.therapy-button').isVisible()) {
    await page.locator('.therapy-button').click()
    await page.getByTestId('therapy-panel').waitFor()
    found['treatment dialog'] = await seriousViolations(page)
  }
  for (const [where, list] of Object.entries(found)) expect(list, `${label}, ${where}`).toEqual([])
}

describe('accessibility (axe-core)', () => {
  it('no serious or critical violation at laptop size in any mode', async () => {
    // the app's strict CSP forbids the injected axe script (csp.test.ts checks the CSP itself)
    await withApp('?tp=upper_trapezius_trp1&side=R', { viewport: DESKTOP, bypassCSP: true, expect: 'none' }, async (app) => {
      await checkEveryMode(app.page, 'laptop')
    })
  })

  it('no serious or critical violation at phone size in any mode', async () => {
    await withApp(
      '?tp=upper_trapezius_trp1&side=R',
      { viewport: PHONE, mobile: true, bypassCSP: true, expect: 'none' },
      async (app) => {
        await checkEveryMode(app.page, 'phone')
      },
    )
  })
})
