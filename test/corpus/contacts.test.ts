/**
 * The real-world corpus: every contact file in ../shared/fixtures/contacts (published by
 * others: phones, Apple, Outlook, Gmail, Thunderbird, broken files, many scripts and
 * charsets), each imported into a fresh database through the CLI. A file may be refused only
 * with a clear reason; nothing may crash, hang, or come out garbled.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { maillon, tempDir } from '../helpers/cli.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const corpus = join(process.env.MAILLON_FIXTURES ?? join(root, '..', 'shared', 'fixtures'), 'contacts');
const present = existsSync(corpus);
if (!present) {
  if (process.env.CI === 'true') throw new Error(`The contacts corpus is missing in CI: ${corpus}`);
  console.warn(`corpus test skipped: ${corpus} is missing (set MAILLON_FIXTURES to the shared fixtures folder)`);
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return /\.(vcf|csv|zip)$/i.test(name) ? [path] : [];
  });
}

/** The importer a user would pick for a file: by its folder and extension. */
function kindOf(path: string): string {
  if (/\.vcf$/i.test(path)) return 'vcard';
  return relative(corpus, path).startsWith('linkedin') ? 'linkedin' : 'csv';
}

const REPLACEMENT = '\uFFFD';
const UTF8_REPLACEMENT = Buffer.from(REPLACEMENT, 'utf8');

describe.skipIf(!present)('the real-world contacts corpus', () => {
  const files = present ? filesUnder(corpus) : [];
  const { dir, cleanup } = tempDir();
  afterAll(cleanup);
  const stats = { files: 0, people: 0, rejected: 0, refused: 0 };
  afterAll(() => {
    console.info(`corpus: ${String(stats.files)} files, ${String(stats.people)} people imported, ${String(stats.rejected)} records rejected with a reason, ${String(stats.refused)} files refused with a reason`);
  });

  it('holds the files SOURCES.md describes', () => {
    expect(files.length).toBeGreaterThanOrEqual(140);
  });

  it.each(files.map((f) => [relative(corpus, f), f]))('imports %s, or refuses it with a reason', async (_name, file) => {
    const db = join(dir, `${String(stats.files++)}.db`);
    const env = { MAILLON_DB: db, MAILLON_TODAY: '2026-03-02' };
    const r = await maillon(['import', kindOf(file), file, '--json'], env);
    expect(r.err, 'no unexpected error').not.toMatch(/^Unexpected error|TypeError|RangeError/m);
    if (r.code !== 0) {
      // Refused as a whole: one clear line, and nothing written.
      expect(r.code).toBe(1);
      expect(r.err.split('\n')).toHaveLength(1);
      expect(r.err).toContain(file);
      stats.refused++;
      const list = await maillon(['person', 'list', '--json'], env);
      expect(list.json().people).toEqual([]);
      return;
    }
    const summary = r.json() as { created: number; updated: number; merged: number; skipped: number; rejected: number; rejections: { at: { file: string; line: number }; code: string }[] };
    // Every record of the file is accounted for, once.
    expect(summary.rejections).toHaveLength(summary.rejected);
    for (const rejection of summary.rejections) {
      expect(rejection.at.file).toContain(file);
      expect(rejection.at.line).toBeGreaterThan(0);
      expect(rejection.code).toMatch(/^[a-z]+\.[a-z_]+$/);
    }
    stats.people += summary.created;
    stats.rejected += summary.rejections.length;
    // Nothing garbled: no replacement character unless the file itself holds one.
    const exported = join(dir, `${String(stats.files)}.json`);
    expect((await maillon(['export', 'json', exported], env)).code).toBe(0);
    const text = readFileSync(exported, 'utf8');
    if (!readFileSync(file).includes(UTF8_REPLACEMENT)) expect(text.includes(REPLACEMENT), 'no U+FFFD').toBe(false);
  }, 20_000);
});
