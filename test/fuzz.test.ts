/**
 * A short fuzz run on every `npm test`: a few hundred mutated files per importer, seeded
 * from the project's own fixtures, with a fixed seed so a failure replays. `npm run fuzz`
 * runs thousands, with the real-world corpus too.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DIST, fuzz, type Importer } from './fuzz/fuzz.js';
import { seedsFor } from './fuzz/seeds.js';
import { tempDir } from './helpers/cli.js';

describe('the importers under mutation', () => {
  it.each(['vcard', 'csv', 'linkedin'] as Importer[])('%s: no crash, hang or write on refusal over 150 mutated files', async (importer) => {
    expect(existsSync(DIST), 'dist/main.js is built (npm test builds it first)').toBe(true);
    const seeds = seedsFor(importer, false);
    expect(seeds.length).toBeGreaterThan(2);
    const { dir, cleanup } = tempDir();
    try {
      const report = await fuzz({ importer, seeds, cases: 150, seed: 20261127, capMs: 10_000, dir });
      expect(report.failures).toEqual([]);
      expect(report.imported + report.refused).toBe(150);
    } finally {
      cleanup();
    }
  }, 120_000);
});
