// zod as the app uses it: every schema in src/domain imports `z` from here, never from 'zod'
// (lint enforces), so this configuration runs before any schema is created.
// The built app runs under a strict Content-Security-Policy without 'unsafe-eval'
// (vite.config.ts). zod 4 compiles fast object parsers with `new Function` when it may, and
// finds out whether it may by trying, when a schema is created: under the policy that try is
// blocked and reported as a securitypolicyviolation (caught, but reported all the same).
// jitless: zod validates without generated code and never tries. In a page or a worker only:
// node (the validator CLI, `npm run bench`) has no policy and keeps the faster compiled parsers.
// Being imported by the schema modules, and not by the app's entry, zod stays out of the
// JavaScript loaded before the first frame (DESIGN section 8): it comes with the validator.
import { z } from 'zod'

const inBrowser =
  typeof (globalThis as { document?: unknown }).document !== 'undefined' ||
  typeof (globalThis as { importScripts?: unknown }).importScripts === 'function'

if (inBrowser) z.config({ jitless: true })

export { z }
