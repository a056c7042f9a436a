import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { CliResult, Session } from './cli.js';

/** Runs a command with --json, expects success and a quiet stderr, and returns its parsed output. */
export async function ok(m: Session, ...args: string[]): Promise<any> {
  const r = await m('--json', ...args);
  expect(r.code, `maillon ${args.join(' ')}: ${r.err}`).toBe(0);
  expect(r.err).toBe('');
  return r.json();
}

/** French typography puts narrow no-break spaces before ':' and inside « »: compare words, not spaces. */
export const plain = (text: string): string => text.replace(/[\u00A0\u202F]/g, ' ');

/** A user error: exit 1, one line on stderr, nothing on stdout. Returns the line, spaces made plain. */
export function userError(r: CliResult): string {
  expect(r.code, r.err).toBe(1);
  expect(r.out).toBe('');
  expect(r.err.split('\n')).toHaveLength(1);
  return plain(r.err);
}

/** Takes whole-database backups into `dir`: equal snapshots mean nothing was written. */
export function snapshots(dir: string): (m: Session) => Promise<string> {
  let n = 0;
  return async (m) => {
    const file = join(dir, `snapshot-${String(n++)}.json`);
    await ok(m, 'export', 'json', file);
    return readFileSync(file, 'utf8');
  };
}
