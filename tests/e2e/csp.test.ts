// The Content-Security-Policy of the built app (issue 12): the meta tag is in the built page,
// strict (same origin only, no eval, no plugins, no <base>, no forms); vite preview sends it as
// a header too, with frame-ancestors and Referrer-Policy; and every mode runs under it without
// a single violation (an init script records `securitypolicyviolation` events in the page).
// Also: the landmark inspection page is a developer tool and not part of the production build.
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, inject, it } from 'vitest'
import { type AppPage, waitForPainted, waitForSceneReady, withApp } from './browser'
import { markRegion } from './finder-helpers'

const DIST = resolve(import.meta.dirname, '../..', process.env.E2E_DIST ?? 'dist')

declare global {
  interface Window {
    __cspViolations?: string[]
  }
}

const RECORD_VIOLATIONS = `
  window.__cspViolations = []
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__cspViolations.push(e.violatedDirective + ' blocked ' + e.blockedURI + ' at ' + e.sourceFile + ':' + e.lineNumber)
  })
`

/** The policy of the built index.html's meta tag, as a map directive -> sources. */
function metaPolicy(): Map<string, string[]> {
  const html = readFileSync(resolve(DIST, 'index.html'), 'utf8')
  const metas = [...html.matchAll(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/gi)]
  expect(metas, 'exactly one CSP meta tag in the built index.html').toHaveLength(1)
  const policy = new Map<string, string[]>()
  for (const part of metas[0]![1]!.split(';')) {
    const [directive, ...sources] = part.trim().split(/\s+/)
    if (directive) policy.set(directive, sources)
  }
  return policy
}

async function expectNoViolations(app: AppPage): Promise<void> {
  const violations = await app.page.evaluate(() => window.__cspViolations ?? null)
  expect(violations, 'the init script ran').not.toBeNull()
  expect(violations, 'CSP violations').toEqual([])
  expect(app.consoleErrors, 'console errors (a blocked resource logs one)').toEqual([])
  expect(app.offOrigin, 'requests that left the origin').toEqual([])
}

describe('content security policy', () => {
  it('is a strict meta tag in the built index.html', () => {
    const policy = metaPolicy()
    expect(policy.get('default-src')).toEqual(["'self'"])
    expect(policy.get('script-src')?.[0]).toBe("'self'")
    expect(policy.get('object-src')).toEqual(["'none'"])
    expect(policy.get('base-uri')).toEqual(["'none'"])
    expect(policy.get('form-action')).toEqual(["'none'"])
    expect(policy.get('connect-src')).toEqual(["'self'"])
    const all = [...policy.values()].flat()
    expect(all).not.toContain("'unsafe-eval'")
    expect(all, 'no inline scripts or styles').not.toContain("'unsafe-inline'")
    for (const source of all) expect(source, 'no other origin').toMatch(/^('[a-z-]+'|data:|blob:)$/)
    // the meta tag comes before anything it governs
    const html = readFileSync(resolve(DIST, 'index.html'), 'utf8')
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'))
    expect(html).toMatch(/<meta name="referrer" content="no-referrer"/)
  })

  it('is also sent by vite preview as a header, with frame-ancestors and Referrer-Policy', async () => {
    const response = await fetch(inject('baseUrl'))
    const header = response.headers.get('content-security-policy') ?? ''
    expect(header).toMatch(/default-src 'self'/)
    expect(header).toMatch(/frame-ancestors 'none'/)
    expect(header).not.toMatch(/'unsafe-eval'/)
    expect(response.headers.get('referrer-policy')).toBe('no-referrer')
  })

  const painted = async (app: AppPage) => {
    await waitForSceneReady(app.page)
    await waitForPainted(app.page, 'upper_trapezius_trp1:R')
  }
  const MODES: { name: string; path: string; ready: (app: AppPage) => Promise<void> }[] = [
    { name: 'explore', path: '?mode=explore', ready: (app) => waitForSceneReady(app.page) },
    { name: 'explore with a selection', path: '?tp=upper_trapezius_trp1&side=R', ready: painted },
    {
      name: 'find, with marked areas and results',
      path: '?mode=find',
      ready: async (app) => {
        await waitForSceneReady(app.page)
        const page = app.page
        await markRegion(page, 'temple')
        await page.getByTestId('finder-results').waitFor()
      },
    },
    { name: 'consult with a selection', path: '?mode=consult&tp=upper_trapezius_trp1&side=R', ready: painted },
    {
      name: 'study',
      path: '?mode=study',
      ready: async (app) => {
        await waitForSceneReady(app.page)
        await app.page.getByTestId('study').locator('[data-choice]').first().waitFor({ timeout: 60_000 })
      },
    },
  ]

  for (const mode of MODES) {
    it(`runs ${mode.name} without a violation`, async () => {
      await withApp(mode.path, { initScript: RECORD_VIOLATIONS }, async (app) => {
        await mode.ready(app)
        // the service worker is registered under the policy too
        await app.page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined))
        await expectNoViolations(app)
      })
    })
  }

  it('runs the list view (no WebGL) without a violation', async () => {
    await withApp('?tp=upper_trapezius_trp1&side=R', { initScript: RECORD_VIOLATIONS, webgl: false }, async (app) => {
      await app.page.waitForFunction(() => document.body.dataset.status === 'ready', undefined, { timeout: 60_000 })
      await app.page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined))
      await expectNoViolations(app)
    })
  })
})

describe('production build', () => {
  it('does not contain the landmark inspection page (a developer tool)', () => {
    expect(existsSync(resolve(DIST, 'index.html'))).toBe(true)
    expect(existsSync(resolve(DIST, 'landmarks.html'))).toBe(false)
    const sw = readFileSync(resolve(DIST, 'sw.js'), 'utf8')
    expect(sw).not.toMatch(/landmark/)
  })
})
