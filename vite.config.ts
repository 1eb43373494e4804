import { defineConfig, type Plugin, type UserConfig } from 'vite'
import react from '@vitejs/plugin-react'
import { VitePWA } from 'vite-plugin-pwa'
import { resolve } from 'node:path'

// The app's background (src/app/styles.css: --tpx-bg, and index.html's theme-color) for the manifest.
const BACKGROUND = '#eef1f4'

/**
 * Content-Security-Policy of the built app. Everything is same-origin: the scripts, the two
 * workers (module workers from hashed files), the dataset JSON, the body model and the service
 * worker. No 'unsafe-inline' for styles: React sets style attributes through the CSSOM
 * (element.style), which CSP does not block, and no <style> element or style="" markup is
 * served. img-src data: is the inline favicon; blob: is for images three may make from the
 * model's buffers.
 * 'wasm-unsafe-eval' (never 'unsafe-eval'): body.glb is meshopt-compressed (EXT_meshopt_compression)
 * and three's MeshoptDecoder decodes it with a small WebAssembly module that ships inside its
 * own JavaScript (meshopt_decoder.module.js) and is compiled with WebAssembly.instantiate; without
 * this source the model cannot load. It allows compiling WebAssembly only, not eval() or
 * new Function() on strings.
 */
const CSP: Record<string, string> = {
  'default-src': "'self'",
  'script-src': "'self' 'wasm-unsafe-eval'",
  'style-src': "'self'",
  'img-src': "'self' data: blob:",
  'connect-src': "'self'",
  'worker-src': "'self'",
  'manifest-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
}
const policy = (extra: Record<string, string> = {}) =>
  Object.entries({ ...CSP, ...extra })
    .map(([directive, value]) => `${directive} ${value}`)
    .join('; ')

/** The policy as a meta tag right after <meta charset>, before any script or style, in the built
 * page only: the dev server injects inline scripts for hot reload, which it would block.
 * frame-ancestors is ignored in a meta tag (headers only, see SECURITY_HEADERS). */
function cspMeta(): Plugin {
  return {
    name: 'tpx-csp-meta',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => {
        const meta = `<meta http-equiv="Content-Security-Policy" content="${policy()}" />`
        if (!/<meta charset[^>]*>/.test(html)) throw new Error('index.html needs <meta charset> (the CSP goes right after it)')
        return html.replace(/<meta charset[^>]*>/, (charset) => `${charset}\n    ${meta}`)
      },
    },
  }
}

/**
 * R3F's <Canvas> (react-three-fiber.esm.js) registers `import * as THREE from 'three'` as the
 * catalogue of its JSX elements, which keeps every export of three in the entry chunk (~50 KB of
 * gzip that the app never uses). Its 'three' is src/scene/three-catalogue.ts instead: the classes
 * the scene's elements stand for. R3F's other module (events-*.esm.js) and everything else import
 * the real three, by name, so tree-shaking works for them.
 */
function threeCatalogue(): Plugin {
  const catalogue = resolve(import.meta.dirname, 'src/scene/three-catalogue.ts')
  return {
    name: 'tpx-three-catalogue',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === 'three' && importer && /[\\/]@react-three[\\/]fiber[\\/]dist[\\/]react-three-fiber\.esm\.js$/.test(importer))
        return catalogue
      return null
    },
  }
}

/** Headers for `vite preview` (and a model for any static host that serves dist/). */
export const SECURITY_HEADERS = {
  'Content-Security-Policy': policy({ 'frame-ancestors': "'none'" }),
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
}

// Relative base: the built app works from any folder or static host, offline.
// `vite build` builds the app only (index.html). `vite build --mode landmarks` builds the
// landmark inspection view (landmarks.html) that the body-model e2e test renders to check every
// landmark against anatomy; it is a developer page and never ships (in dev, `npm start` serves
// it at /landmarks.html as it is).
export default defineConfig(({ mode }): UserConfig => {
  const landmarks = mode === 'landmarks'
  return {
    base: './',
    plugins: [
      react(),
      threeCatalogue(),
      ...(landmarks
        ? []
        : [
            cspMeta(),
            // Offline after one visit: a Workbox service worker precaches the whole build (app,
            // lazy chunks, workers, dataset JSON, body model, icons). 'prompt': a new version
            // waits until the user reloads (src/ui/UpdateNotice.tsx), never mid-session.
            VitePWA({
              registerType: 'prompt',
              injectRegister: false,
              // the icons come with the glob below; listed once, not twice
              includeManifestIcons: false,
              manifest: {
                id: './',
                name: 'Trigger Point Explorer',
                short_name: 'Trigger Points',
                description:
                  'See where myofascial trigger points refer pain: a 3D body with their referral patterns, a pain finder, consult and study views. Works offline; nothing leaves the device.',
                lang: 'en',
                start_url: './',
                scope: './',
                display: 'standalone',
                orientation: 'any',
                theme_color: BACKGROUND,
                background_color: BACKGROUND,
                categories: ['health', 'medical', 'education'],
                icons: [
                  { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
                  { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
                  { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
                  { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
                ],
              },
              workbox: {
                globPatterns: ['**/*.{html,js,css,json,glb,png,svg,wasm}'],
                // the largest chunk is ~0.8 MB; the default limit (2 MiB) leaves room, this leaves more
                maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
                // every link (?tp=…, ?mode=find, #pain=…) opens the precached page offline
                navigateFallback: 'index.html',
                ignoreURLParametersMatching: [/.*/],
                cleanupOutdatedCaches: true,
                // the first visit's page uses the offline copy at once (lazy chunks included);
                // updates still wait for the user (no skipWaiting)
                clientsClaim: true,
              },
            }),
          ]),
    ],
    build: {
      target: 'es2022',
      chunkSizeWarningLimit: 1500,
      rollupOptions: {
        input: resolve(import.meta.dirname, landmarks ? 'landmarks.html' : 'index.html'),
      },
    },
    server: { host: '127.0.0.1' },
    preview: { host: '127.0.0.1', headers: landmarks ? {} : SECURITY_HEADERS },
  }
})
