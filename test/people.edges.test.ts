import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { session, tempDir } from './helpers/cli.js';
import { contractDatabases } from './helpers/databases.js';
import { ok, snapshots, userError } from './helpers/expect.js';

// Edge cases a demanding user hits: renamed and erased introducers, case in organization
// names, own cadences, impossible birthdays, typographic apostrophes, hand-edited backups.

const DAY0 = '2026-03-02';
const DATABASES = contractDatabases();
const files = tempDir();
const snapshot = snapshots(files.dir);
let n = 0;
const newFile = () => join(files.dir, `edge-${String(n++)}.json`);

afterAll(() => {
  files.cleanup();
});

const names = async (m: ReturnType<typeof session>, query: string): Promise<string[]> => (await ok(m, 'search', query)).map((p: any) => p.name);

for (const dbs of DATABASES) {
  describe(`edge cases on ${dbs.name}`, () => {
    afterAll(() => dbs.cleanup());
    const fresh = async () => session(await dbs.create(), DAY0);

    it('stops finding people by the old or erased name of whoever introduced them', async () => {
      const m = await fresh();
      await ok(m, 'person', 'add', 'Claire Martin');
      await ok(m, 'person', 'add', 'Bob Stone', '--introduced-by', 'claire');
      expect(await names(m, 'martin')).toEqual(['Claire Martin', 'Bob Stone']);
      await ok(m, 'person', 'edit', 'claire', '--name', 'Claire Dubois');
      expect(await names(m, 'martin')).toEqual([]);
      expect(await names(m, 'dubois')).toEqual(['Claire Dubois', 'Bob Stone']);
      await ok(m, 'person', 'remove', 'claire');
      expect(await names(m, 'dubois')).toEqual([]);
    });

    it('keeps the position when the organization is typed in another case', async () => {
      const m = await fresh();
      await ok(m, 'person', 'add', 'Jean Roux', '--org', 'Acme', '--title', 'CTO');
      await ok(m.on('2026-06-01'), 'person', 'edit', 'jean', '--org', 'acme');
      expect((await ok(m, 'person', 'show', 'jean')).positions).toEqual([{ organization: 'Acme', title: 'CTO', start: null, end: null }]);
    });

    it("shows a person's own cadence in the priorities, not the rank's", async () => {
      const m = await fresh();
      await ok(m, 'person', 'add', 'Hélène Dupont', '--priority', '1', '--every', '7');
      expect((await ok(m, 'priorities'))[0]).toMatchObject({ name: 'Hélène Dupont', cadence: 7 });
    });

    it('refuses an impossible birthday, and keeps only the day of a year that cannot be a birth year', async () => {
      const m = await fresh();
      expect(userError(await m('person', 'add', 'Feb', '--birthday', '2026-02-31'))).toContain('birthday');
      expect((await ok(m, 'person', 'add', 'Mar', '--birthday', '1604-03-04')).birthday).toBe('--03-04');
      expect((await ok(m, 'person', 'add', 'Apr', '--birthday', '1990-04-05')).birthday).toBe('1990-04-05');
    });

    it('takes a straight apostrophe for a typographic one in names', async () => {
      const m = await fresh();
      await ok(m, 'person', 'add', 'Ana d’Almeida');
      expect((await ok(m, 'person', 'show', "ana d'almeida")).name).toBe('Ana d’Almeida');
      expect(await names(m, 'dalmeida')).toEqual(['Ana d’Almeida']);
    });

    it('refuses a hand-edited backup with an impossible value, and recomputes what it derives', async () => {
      const m = await fresh();
      await ok(m, 'person', 'add', 'Marie Curie', '--priority', '1');
      const file = newFile();
      await ok(m, 'export', 'json', file);
      const good = readFileSync(file, 'utf8');

      const broken = newFile();
      writeFileSync(broken, good.replace(/"checklist":"\[\]"/, '"checklist":"not json"'));
      const target = session(await dbs.create(), DAY0);
      const before = await snapshot(target);
      expect(userError(await target('import', 'json', broken))).toContain('checklist');
      expect(await snapshot(target)).toBe(before);

      const renamed = newFile();
      writeFileSync(renamed, good.replace('"name":"Marie Curie"', '"name":"Marie Sklodowska"'));
      await ok(target, 'import', 'json', renamed);
      expect((await ok(target, 'person', 'show', 'sklodowska')).name).toBe('Marie Sklodowska');
    });
  });
}
