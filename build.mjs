// Bundles the CLI for a fast start: Node 20 takes ~0.35 s to load Kysely's hundreds of ES
// modules one by one, and `maillon today` must answer in under 0.3 s. Type checking is
// `npm run typecheck`; this only transpiles. Then Vite builds the web UI into dist/web.
import path from 'node:path';
import { build } from 'esbuild';

await build({
  entryPoints: ['src/cli/main.ts'],
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outdir: 'dist',
  entryNames: '[name]',
  chunkNames: 'chunks/[name]-[hash]',
  // Native or rarely used drivers stay in node_modules, loaded only when needed.
  external: ['better-sqlite3', 'pg'],
  // Bundled CommonJS dependencies (commander) call require() for Node's own modules.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  sourcemap: 'linked',
  // Smaller files parse faster; names are kept so stack traces stay readable.
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
});

// The web UI, after the CLI: `npm run build` removes dist/ first, and Vite writes dist/web.
// Loaded only here so the CLI bundle never depends on Vite.
const { build: buildWeb } = await import('vite');
await buildWeb({ configFile: path.join(import.meta.dirname, 'src/web/vite.config.ts'), logLevel: 'warn' });
