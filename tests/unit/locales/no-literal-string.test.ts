// The guard against English creeping back into the interface (issue 13): ESLint's
// i18next/no-literal-string, as configured in eslint.config.js for src/ui and src/app, fails on
// JSX text and on hard-coded aria-label / title / placeholder / alt, and lets symbols through.
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const eslint = new ESLint({ cwd: new URL('../../..', import.meta.url).pathname })

async function flagged(code: string, filePath = 'src/ui/Probe.tsx'): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return result!.messages.filter((m) => m.ruleId === 'i18next/no-literal-string').map((m) => `${m.line}:${m.column}`)
}

const wrap = (jsx: string) => `export function Probe({ on, n }: { on: boolean; n: number }) {\n  return (\n${jsx}\n  )\n}\n`

describe('no hard-coded interface words', () => {
  it('flags JSX text, string props and strings chosen in JSX, in src/ui and src/app', async () => {
    for (const jsx of [
      '<p>Hello world</p>',
      '<button aria-label="Close the panel" type="button" />',
      '<input placeholder="Search…" />',
      '<img alt="A body" src="x.png" />',
      '<span title={`${n} results`} />',
      "<p>{on ? 'Yes please' : 'No'}</p>",
    ]) {
      expect(await flagged(wrap(jsx)), jsx).not.toEqual([])
      expect(await flagged(wrap(jsx), 'src/app/Probe.tsx'), jsx).not.toEqual([])
    }
  }, 60_000)

  it('lets symbols, numbers, class names and translated words through', async () => {
    const code = `import { useTranslation } from './i18n'
export function Probe({ n }: { n: number }) {
  const { t } = useTranslation()
  return (
    <div className="tpx-x" data-x="whatever" aria-label={t('language')}>
      <button type="button">✕</button>
      <span>{n} · 1.</span>
      <p>{t('brand')}</p>
    </div>
  )
}
`
    expect(await flagged(code)).toEqual([])
  }, 60_000)
})
