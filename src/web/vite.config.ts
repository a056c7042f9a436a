// The web UI's build: root is this folder, output goes to the package's dist/web, which
// the server serves. No inline scripts are emitted, so the strict CSP (script-src 'self') holds.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  base: '/',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    // The CSP forbids data: scripts; small assets stay files rather than inline data URLs.
    assetsInlineLimit: 0,
    sourcemap: false,
    target: 'es2022',
  },
  // `vite` in development: the API of a `maillon serve` on the default port. changeOrigin sends
  // the server's own Host, which its DNS-rebinding check requires.
  server: {
    proxy: {
      '/api': { target: 'http://127.0.0.1:4747', changeOrigin: true },
      '/calendar.ics': { target: 'http://127.0.0.1:4747', changeOrigin: true },
    },
  },
});
