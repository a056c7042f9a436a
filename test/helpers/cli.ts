import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';

export interface CliResult {
  code: number;
  out: string;
  err: string;
  json(): any;
}

/**
 * Runs `maillon ARGS` in this process, as the binary would, on the given database and day.
 * The environment is reduced to what the CLI reads, so the machine's locale never leaks in.
 */
export async function maillon(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { LANG: 'en_US.UTF-8', HOME: tmpdir(), ...env }, { out: (l) => out.push(l), err: (l) => err.push(l), isTTY: false }, new Date('2026-01-15T10:00:00Z'));
  const text = out.join('\n');
  return { code, out: text, err: err.join('\n'), json: () => JSON.parse(text) };
}

/** A CLI bound to one database and one day, for tests that run a whole story. */
export function session(db: string, today = '2026-03-02', lang = 'en') {
  const run = (...args: string[]) => maillon(args, { MAILLON_DB: db, MAILLON_TODAY: today, MAILLON_LANG: lang });
  return Object.assign(run, {
    on: (day: string) => session(db, day, lang),
    in: (l: string) => session(db, today, l),
    db,
  });
}

export type Session = ReturnType<typeof session>;

/** A fresh directory, removed by the returned function. */
export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'maillon-test-'));
  return { dir, cleanup: () => { rmSync(dir, { recursive: true, force: true }); } };
}
