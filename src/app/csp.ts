// The built app runs under a strict Content-Security-Policy without 'unsafe-eval' (vite.config.ts).
// zod 4 compiles fast object parsers with `new Function` when it may, and finds out whether it
// may by trying: under the policy that try is blocked and reported as a securitypolicyviolation
// (caught, but reported all the same). jitless: zod validates without generated code and never
// tries. This module must be the first import of src/main.tsx: zod decides when a schema is
// created, i.e. when the schema modules are evaluated.
import { z } from 'zod'

z.config({ jitless: true })
