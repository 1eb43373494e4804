import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import { resolve } from 'node:path'

// Relative base: the built app works from any folder or static host, offline.
// Two pages: the app (index.html) and a landmark inspection view (landmarks.html) that the
// body-model e2e tests render to check every landmark against anatomy.
export default defineConfig({
  base: './',
  plugins: [react()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      input: {
        main: resolve(import.meta.dirname, 'index.html'),
        landmarks: resolve(import.meta.dirname, 'landmarks.html'),
      },
    },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
})
