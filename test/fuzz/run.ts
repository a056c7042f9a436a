/**
 * `npm run fuzz [-- --cases N --seed S --cap MS]`: thousands of mutated files through each
 * importer, seeded from the project's fixtures and the real-world corpus when present.
 * Failing cases stay in bench/out/fuzz/ for replay: `maillon import vcard THAT_FILE`.
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DIST, fuzz, type Importer } from './fuzz.js';
import { seedsFor } from './seeds.js';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const cases = arg('cases', 3000);
const seed = arg('seed', Date.now() % 100_000);
const capMs = arg('cap', 5000);
if (!existsSync(DIST)) throw new Error('dist/main.js is missing: run npm run build first');
const dir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'bench', 'out', 'fuzz');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });

let failed = 0;
for (const importer of ['vcard', 'csv', 'linkedin'] as Importer[]) {
  const seeds = seedsFor(importer, true);
  const start = performance.now();
  const r = await fuzz({ importer, seeds, cases, seed, capMs, dir: join(dir, importer) });
  const secs = ((performance.now() - start) / 1000).toFixed(1);
  process.stdout.write(`${importer}: ${String(r.cases)} cases from ${String(seeds.length)} seed files (seed ${String(seed)}), ${String(r.imported)} imported, ${String(r.refused)} refused with a reason, ${String(r.failures.length)} failures, ${secs} s\n`);
  for (const f of r.failures.slice(0, 20)) process.stdout.write(`  case ${String(f.case)} ${f.input}: ${f.problem}\n`);
  failed += r.failures.length;
}
if (failed === 0) rmSync(dir, { recursive: true, force: true });
process.exitCode = failed === 0 ? 0 : 1;
