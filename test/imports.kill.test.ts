import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from './helpers/cli.js';

// A kill in the middle of an import, as a crash or Ctrl-C would do it: the database must be
// as it was. Runs the built binary (npm test builds it first) on SQLite.

const BIN = join(fileURLToPath(new URL('..', import.meta.url)), 'bin', 'maillon.js');
const tmp = tempDir();
afterAll(tmp.cleanup);
const env = { PATH: process.env.PATH ?? '', HOME: tmp.dir, LANG: 'en_US.UTF-8', MAILLON_DB: join(tmp.dir, 'maillon.db'), MAILLON_TODAY: '2026-03-02' };
const maillon = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { env, encoding: 'utf8', timeout: 60_000 });

describe('an import killed midway', () => {
  it('leaves the database exactly as it was', async () => {
    expect(maillon('person', 'add', 'Anne Roy').status).toBe(0);
    const cards = Array.from({ length: 120_000 }, (_, i) => `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person ${String(i)}\r\nEMAIL:p${String(i)}@example.org\r\nEND:VCARD\r\n`);
    const file = join(tmp.dir, 'big.vcf');
    writeFileSync(file, cards.join(''));
    const child = spawn(process.execPath, [BIN, 'import', 'vcard', file], { env, stdio: 'ignore' });
    // Long enough to be reading and writing (node starts in ~0.15 s), far short of the end.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    child.kill('SIGKILL');
    const [code, signal] = await new Promise<[number | null, string | null]>((resolve) => child.on('exit', (c, s) => { resolve([c, s]); }));
    expect({ code, signal }, 'the import was still running when killed').toEqual({ code: null, signal: 'SIGKILL' });
    const list = maillon('person', 'list', '--json');
    expect(list.status, list.stderr).toBe(0);
    expect((JSON.parse(list.stdout) as { people: { name: string }[] }).people.map((p) => p.name)).toEqual(['Anne Roy']);
  });
});
