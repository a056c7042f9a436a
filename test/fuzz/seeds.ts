import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Importer } from './fuzz.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function files(dir: string, pattern: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path, pattern);
    return pattern.test(name) ? [path] : [];
  });
}

/**
 * Files to mutate for an importer: the project's own fixtures, plus the real-world corpus
 * when asked and present (../shared/fixtures, or MAILLON_FIXTURES).
 */
export function seedsFor(importer: Importer, withCorpus: boolean): Buffer[] {
  const pattern = importer === 'vcard' ? /\.vcf$/i : /\.csv$/i;
  const own = files(join(root, 'test', 'fixtures'), pattern);
  const corpusDir = join(process.env.MAILLON_FIXTURES ?? join(root, '..', 'shared', 'fixtures'), 'contacts');
  const corpus = withCorpus ? files(corpusDir, pattern).filter((f) => importer !== 'linkedin' || f.includes('linkedin')) : [];
  return [...own, ...corpus].map((f) => readFileSync(f)).filter((b) => b.length < 2_000_000);
}
