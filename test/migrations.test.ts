import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { session, tempDir } from './helpers/cli.js';

// A database made by an earlier Maillon is brought up to date the first time a newer one
// opens it, with everything in it kept.

const tmp = tempDir();

afterAll(() => {
  tmp.cleanup();
});

const SPARSE = ['person_priority', 'person_introduced_by', 'person_met_at', 'person_birthday'];

/** Puts back the indexes version 3 had, over every row, and says the file is at version 3. */
function downgradeToVersion3(file: string): void {
  const raw = new Database(file);
  raw.exec(`
    drop index person_priority; create index person_priority on person (priority);
    drop index person_introduced_by; create index person_introduced_by on person (introduced_by_id);
    drop index person_met_at; create index person_met_at on person (met_at_event_id);
    drop index person_birthday; create index person_birthday on person (birthday_md);
    update maillon_meta set value = '3' where key = 'schema_version';`);
  raw.close();
}

function indexes(file: string): { version: string; sql: Record<string, string> } {
  const raw = new Database(file, { readonly: true });
  const rows = raw.prepare(`select name, sql from sqlite_master where type = 'index' and name in (${SPARSE.map(() => '?').join(', ')})`).all(...SPARSE) as { name: string; sql: string }[];
  const version = (raw.prepare("select value from maillon_meta where key = 'schema_version'").get() as { value: string }).value;
  raw.close();
  return { version, sql: Object.fromEntries(rows.map((r) => [r.name, r.sql])) };
}

describe('upgrading a version 3 database', () => {
  it('indexes only the people with a rank, an introducer, an event or a birthday, and still finds them', async () => {
    const file = join(tmp.dir, 'v3.db');
    const m = session(file);
    expect((await m('event', 'add', 'Salon VivaTech', '--date', '2026-06-11')).code).toBe(0);
    expect((await m('person', 'add', 'Hélène Durand', '--priority', '1', '--birthday', '--04-15', '--met-at', 'Salon VivaTech')).code).toBe(0);
    expect((await m('person', 'add', 'Paul Martin', '--introduced-by', 'Hélène Durand')).code).toBe(0);
    expect((await m('person', 'add', 'Zoé Petit')).code).toBe(0);
    downgradeToVersion3(file);
    expect(indexes(file).sql.person_priority).not.toMatch(/where/i);

    const ranked = await m('--json', 'priorities');
    expect(ranked.code, ranked.err).toBe(0);
    const after = indexes(file);
    expect(after.version).toBe('4');
    for (const name of SPARSE) expect(after.sql[name], name).toMatch(/ where "\w+" is not null$/);
    expect(JSON.stringify(JSON.parse(ranked.out))).toContain('Hélène Durand');
    expect(JSON.stringify(JSON.parse(ranked.out))).not.toContain('Zoé Petit');

    const paul = JSON.parse((await m('--json', 'person', 'show', 'Paul Martin')).out) as Record<string, unknown>;
    expect(JSON.stringify(paul)).toContain('Hélène Durand');
    const people = JSON.parse((await m('--json', 'person', 'list')).out) as unknown;
    for (const name of ['Hélène Durand', 'Paul Martin', 'Zoé Petit']) expect(JSON.stringify(people)).toContain(name);
  });
});
