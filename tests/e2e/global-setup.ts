// Serves the built app (dist/, made by `vite build` in `npm run test:e2e`) on a free port of
// 127.0.0.1 for the whole e2e run, and hands its URL to the tests through `inject('baseUrl')`.
// Testing the built files, not the dev server, is what a user gets: relative base, hashed
// chunks, lazy imports and the model served as a static file.
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { preview } from 'vite'
import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    /** e.g. http://127.0.0.1:41234/ (always ends with a slash) */
    baseUrl: string
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = resolve(import.meta.dirname, '../..')
  // E2E_DIST serves another build folder (e.g. `vite build --outDir /tmp/tpx-dist`), so runs
  // in parallel on one working tree do not rebuild each other's dist/ mid-test
  const outDir = resolve(root, process.env.E2E_DIST ?? 'dist')
  if (!existsSync(resolve(outDir, 'index.html'))) {
    throw new Error(`${outDir}/index.html is missing: run the e2e suite with \`npm run test:e2e\` (it builds first)`)
  }
  // port 0: the OS picks a free port, so parallel runs and a running `npm start` never collide
  const server = await preview({
    root,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  })
  const address = server.httpServer.address()
  if (address === null || typeof address === 'string') throw new Error('vite preview did not bind a TCP port')
  project.provide('baseUrl', `http://127.0.0.1:${address.port}/`)
  return async () => {
    await server.close()
  }
}
