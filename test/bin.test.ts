import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from './helpers/cli.js';

// The real binary, as a user runs it: a separate process, its environment, its exit code.
// It runs the compiled dist/, which `npm test` builds first.

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'maillon.js');
const TODAY = '2026-03-02';

const tmp = tempDir();
const db = join(tmp.dir, 'maillon.db');

/** Runs `maillon ARGS` in a child process, with only what the CLI reads in its environment. */
function run(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: tmp.dir,
    encoding: 'utf8',
    timeout: 60_000,
    env: { PATH: process.env.PATH ?? '', HOME: tmp.dir, LANG: 'en_US.UTF-8', MAILLON_DB: db, MAILLON_TODAY: TODAY },
  });
  if (r.error) throw r.error;
  // A missing build would fail every test with a confusing trace: say what to do instead.
  if (r.stderr.includes('ERR_MODULE_NOT_FOUND')) throw new Error(`bin/maillon.js cannot load dist/: run \`npm run build\` first (npm test does).\n${r.stderr}`);
  return { code: r.status, out: r.stdout, err: r.stderr };
}

afterAll(() => {
  tmp.cleanup();
});

describe('the maillon binary', () => {
  it('runs the daily loop: demo, today, log, and today again shows the follow-up', () => {
    const demo = run('demo', '--people', '50');
    expect(demo.code, demo.err).toBe(0);
    expect(demo.out).toContain('50 people');

    const before = run('today');
    expect(before.code, before.err).toBe(0);
    expect(before.out).toContain(`Today, ${TODAY}`);

    // Someone whose name is theirs alone, and who has no follow-up open yet.
    const people = JSON.parse(run('--json', 'person', 'list', '--limit', '50').out).people as { id: string; name: string }[];
    const agenda = JSON.parse(run('--json', 'today').out).items as { kind: string; person: { id: string } }[];
    const followedUp = new Set(agenda.filter((i) => i.kind === 'follow-up').map((i) => i.person.id));
    const who = people.find((p) => !followedUp.has(p.id) && people.filter((q) => q.name === p.name).length === 1);
    if (!who) throw new Error('the demo has no one to log an exchange with');

    const log = run('log', who.name, '--channel', 'call');
    expect(log.code, log.err).toBe(0);
    expect(log.out).toContain(`Logged an exchange with ${who.name} on ${TODAY}`);
    expect(log.out).toContain('due 2026-03-04');

    const after = run('--json', 'today');
    expect(after.code, after.err).toBe(0);
    const items = JSON.parse(after.out).items as { kind: string; person: { id: string }; due: string }[];
    expect(items.filter((i) => i.kind === 'follow-up' && i.person.id === who.id)).toEqual([
      expect.objectContaining({ due: '2026-03-04' }),
    ]);
    const text = run('today', '--limit', '1000');
    expect(text.out).toContain(`Follow up: ${who.name} · due 2026-03-04`);
  });

  it('exits 1 with one line on stderr for a user error', () => {
    const r = run('log', 'Nobody At All Zzz', '--channel', 'call');
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err.trimEnd().split('\n')).toEqual([expect.stringContaining('No one in your network matches "Nobody At All Zzz"')]);
  });

  it('exits 2 on a usage error', () => {
    const r = run('today', '--bogus');
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.trim()).toBe("Unknown option '--bogus'. See --help.");
  });

  it('exits 0 on --help and --version, in French too', () => {
    const help = run('--lang', 'fr', '--help');
    expect(help.code).toBe(0);
    expect(help.out).toContain('Utilisation');
    const version = run('--version');
    expect(version.code).toBe(0);
    expect(version.out.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
