import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { maillon, session, tempDir, type CliResult, type Session } from './helpers/cli.js';

// Bad input never half-works: exit 1 (2 for usage), one line on stderr in the chosen
// language, nothing on stdout, and nothing written.

const tmp = tempDir();
let count = 0;
const newPath = (ext = 'db') => join(tmp.dir, `f${String(count++)}.${ext}`);

afterAll(() => {
  tmp.cleanup();
});

/** French typography puts narrow no-break spaces around « » and before ':': compare words, not spaces. */
const plain = (text: string) => text.replace(/[\u00A0\u202F]/g, ' ');

function expectFailure(r: CliResult, code = 1): void {
  expect(r.code, r.err).toBe(code);
  expect(r.out).toBe('');
  expect(r.err).not.toBe('');
  expect(r.err.split('\n')).toHaveLength(1);
}

/** Everything the database holds, as a backup: equal snapshots mean nothing was written. */
async function snapshot(m: Session): Promise<string> {
  const file = newPath('json');
  const r = await m('export', 'json', file);
  expect(r.code, r.err).toBe(0);
  return readFileSync(file, 'utf8');
}

/** A small network with a trap in it: two Marie Martin, told apart by their organization. */
async function network(): Promise<{ m: Session; acme: string; globex: string }> {
  const m = session(newPath());
  const add = async (...args: string[]) => {
    const r = await m('--json', 'person', 'add', ...args);
    expect(r.code, r.err).toBe(0);
    return r.json().id as string;
  };
  await add('Paul Martin');
  const acme = await add('Marie Martin', '--org', 'Acme');
  const globex = await add('Marie Martin', '--org', 'Globex');
  expect((await m('event', 'add', 'VivaTech 2026', '--date', '2026-02-20')).code).toBe(0);
  return { m, acme, globex };
}

/** Tables and rows of a SQLite file, read without Maillon. */
function sqliteContent(file: string): unknown {
  const db = new Database(file, { readonly: true });
  try {
    const tables = db.prepare("select name from sqlite_master where type = 'table' order by name").all() as { name: string }[];
    return tables.map(({ name }) => ({ name, rows: db.prepare(`select * from "${name}"`).all() }));
  } finally {
    db.close();
  }
}

const BAD_INPUT: { what: string; args: string[]; en: string; fr: string }[] = [
  { what: 'an unknown person', args: ['log', 'Nobody Here', '--channel', 'call'], en: 'No one in your network matches "Nobody Here"', fr: 'Personne dans votre réseau' },
  { what: 'an unknown person to remove', args: ['person', 'remove', 'Nobody Here'], en: 'No one in your network matches', fr: 'ne correspond' },
  { what: 'an unknown event', args: ['log', 'Paul', '--channel', 'call', '--event', 'Web Summit'], en: 'No event matches "Web Summit"', fr: 'Aucun événement' },
  { what: 'an unknown event to have met at', args: ['person', 'add', 'Newcomer', '--met-at', 'Web Summit'], en: 'No event matches', fr: 'Aucun événement' },
  { what: 'a date that does not exist', args: ['log', 'Paul', '--channel', 'call', '--date', '2026-02-30'], en: 'Bad date "2026-02-30"', fr: 'n’est pas valide' },
  { what: 'a today that does not exist', args: ['--today', '2026-13-01', 'person', 'add', 'Newcomer'], en: 'Bad today "2026-13-01"', fr: 'La date du jour' },
  { what: 'a bad channel', args: ['log', 'Paul', '--channel', 'fax'], en: 'Unknown channel "fax"', fr: 'Canal « fax » inconnu' },
  { what: 'a bad circle', args: ['person', 'add', 'Newcomer', '--circle', 'boss'], en: 'Unknown circle "boss"', fr: 'Cercle « boss » inconnu' },
  { what: 'a bad circle on edit', args: ['person', 'edit', 'Paul', '--circle', 'boss', '--tag', 'kept?'], en: 'Unknown circle', fr: 'inconnu' },
  { what: 'an ambiguous name', args: ['log', 'Marie Martin', '--channel', 'call'], en: 'could be several people', fr: 'peut désigner plusieurs personnes' },
];

describe('bad input', () => {
  it.each(BAD_INPUT)('refuses $what with one line, in English and in French, and writes nothing', async ({ args, en, fr }) => {
    const { m } = await network();
    const before = await snapshot(m);
    const english = await m(...args);
    expectFailure(english);
    expect(english.err).toContain(en);
    const french = await m('--lang', 'fr', ...args);
    expectFailure(french);
    expect(plain(french.err)).toContain(fr);
    expect(french.err).not.toBe(english.err);
    expect(await snapshot(m)).toBe(before);
  });

  it('lists every person an ambiguous name could mean, with their organization and id', async () => {
    const { m, acme, globex } = await network();
    const r = await m('person', 'show', 'marie martin');
    expectFailure(r);
    expect(r.err).toContain(`Marie Martin (Acme) [${acme}]`);
    expect(r.err).toContain(`Marie Martin (Globex) [${globex}]`);
    expect(r.err).not.toContain('Paul');
    expect((await m('--json', 'person', 'show', globex)).json().positions[0].organization).toBe('Globex');
  });
});

describe('a database that is not usable', () => {
  const bothLanguages = async (db: string, en: string, fr: string) => {
    const m = session(db);
    const english = await m('person', 'add', 'Newcomer');
    expectFailure(english);
    expect(english.err).toContain(en);
    expect(english.err).toContain(db);
    const french = await m('--lang', 'fr', 'person', 'add', 'Newcomer');
    expectFailure(french);
    expect(plain(french.err)).toContain(fr);
    expect(french.err).not.toBe(english.err);
    // No journal is left beside a file Maillon refused.
    expect(existsSync(`${db}-wal`) || existsSync(`${db}-journal`)).toBe(false);
  };

  it('refuses a SQLite file that belongs to another application, and leaves it as it was', async () => {
    const file = newPath();
    const other = new Database(file);
    other.exec("create table notes (body text); insert into notes values ('not mine')");
    other.close();
    const bytes = readFileSync(file);
    const content = sqliteContent(file);
    await bothLanguages(file, 'is not a Maillon database', 'n’est pas une base Maillon');
    expect(sqliteContent(file)).toEqual(content);
    // Not even its journal mode may change: the file must be byte for byte what it was.
    expect(readFileSync(file).equals(bytes), 'Maillon changed a file that is not its own').toBe(true);
  });

  it('refuses a file that is not SQLite at all, and leaves it as it was', async () => {
    const file = newPath('txt');
    writeFileSync(file, 'Shopping list:\n- bread\n- milk\n'.repeat(200));
    const bytes = readFileSync(file);
    await bothLanguages(file, 'is not a Maillon database', 'n’est pas une base Maillon');
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it('refuses a database written by a newer Maillon, and writes nothing to it', async () => {
    const file = newPath();
    expect((await session(file)('person', 'add', 'Already Here')).code).toBe(0);
    const raw = new Database(file);
    raw.prepare("update maillon_meta set value = '999' where key = 'schema_version'").run();
    raw.close();
    const bytes = readFileSync(file);
    const content = sqliteContent(file);
    await bothLanguages(file, 'newer Maillon', 'plus récente');
    expect(sqliteContent(file)).toEqual(content);
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it('says a read-only location is read-only, and creates nothing there', async () => {
    // chmod does not stop root, so root gets a place the kernel itself refuses to create files in.
    const root = process.getuid?.() === 0;
    const dir = join(tmp.dir, 'locked');
    const db = root ? '/proc/maillon.db' : join(dir, 'maillon.db');
    if (!root) {
      mkdirSync(dir);
      chmodSync(dir, 0o500);
    }
    try {
      // The location must really be unwritable, or the test below would prove nothing.
      expect(() => { writeFileSync(db, ''); }).toThrow();
      await bothLanguages(db, 'read-only', 'lecture seule');
      expect(existsSync(db)).toBe(false);
      if (!root) expect(readdirSync(dir)).toEqual([]);
    } finally {
      if (!root) chmodSync(dir, 0o700);
    }
  });
});

describe('usage errors', () => {
  const USAGE: { what: string; args: string[]; en: string; fr: string }[] = [
    { what: 'an unknown option', args: ['person', 'list', '--bogus'], en: "Unknown option '--bogus'", fr: 'Option inconnue' },
    { what: 'a missing argument', args: ['person', 'add'], en: 'Missing argument', fr: 'Argument manquant' },
    { what: 'a missing required option', args: ['log', 'Paul'], en: 'is required', fr: 'obligatoire' },
    { what: 'an unknown command', args: ['frobnicate'], en: 'Unknown command', fr: 'Commande inconnue' },
  ];

  it.each(USAGE)('exits 2 on $what, in English and in French, and writes nothing', async ({ args, en, fr }) => {
    const { m } = await network();
    const before = await snapshot(m);
    const english = await m(...args);
    expectFailure(english, 2);
    expect(english.err).toContain(en);
    const french = await m('--lang', 'fr', ...args);
    expectFailure(french, 2);
    expect(plain(french.err)).toContain(fr);
    expect(french.err).not.toBe(english.err);
    expect(await snapshot(m)).toBe(before);
  });

  it('shows the subcommands on stderr and exits 2 when a command group is given alone', async () => {
    const { m } = await network();
    const r = await m('--lang', 'fr', 'person');
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain('Utilisation');
    expect(r.err).toContain('add');
    expect(r.err).not.toContain('outputHelp');
  });
});

describe('language', () => {
  it('speaks French when MAILLON_LANG=fr, and the locale does not override it', async () => {
    const db = newPath();
    const r = await maillon(['person', 'show', 'Personne'], { MAILLON_DB: db, MAILLON_LANG: 'fr', LANG: 'en_US.UTF-8' });
    expect(r.code).toBe(1);
    expect(r.err).toContain('Personne');
    expect(r.err).toMatch(/réseau|correspond/);
    const english = await maillon(['person', 'show', 'Personne'], { MAILLON_DB: db, MAILLON_LANG: 'en', LANG: 'fr_FR.UTF-8' });
    expect(english.err).toContain('No one in your network matches');
  });
});

describe('help', () => {
  const COMMANDS = [
    [], ['person'], ['person', 'add'], ['person', 'list'], ['person', 'show'], ['person', 'edit'], ['person', 'remove'],
    ['event'], ['event', 'add'], ['event', 'list'], ['log'], ['today'], ['done'], ['snooze'],
    ['priorities'], ['priorities', 'set'], ['priorities', 'remove'], ['search'], ['export'], ['export', 'json'],
    ['import'], ['import', 'json'], ['demo'], ['config'], ['config', 'get'], ['config', 'set'],
  ];

  it.each(COMMANDS.map((path) => ({ path, name: ['maillon', ...path].join(' ') })))('explains $name in English and in French, global options included', async ({ path }) => {
    const db = newPath();
    const english = await maillon([...path, '--help'], { MAILLON_DB: db });
    expect(english.code, english.err).toBe(0);
    expect(english.err).toBe('');
    expect(english.out).toContain(`Usage: ${['maillon', ...path].join(' ')}`);
    const french = await maillon(['--lang', 'fr', ...path, '--help'], { MAILLON_DB: db });
    expect(french.code, french.err).toBe(0);
    expect(french.err).toBe('');
    expect(plain(french.out)).toContain(`Utilisation : ${['maillon', ...path].join(' ')}`);
    expect(french.out).not.toBe(english.out);
    for (const out of [english.out, french.out]) {
      for (const option of ['--help', '--json', '--db', '--today', '--lang']) expect(out).toContain(option);
    }
    if (path.length > 0) {
      expect(english.out).toContain('Global options:');
      expect(plain(french.out)).toContain('Options globales :');
    }
    // Help reads no database, so it creates none.
    expect(existsSync(db)).toBe(false);
  });

  it('names what each command needs', async () => {
    const env = { MAILLON_DB: newPath() };
    const log = await maillon(['log', '--help'], env);
    for (const option of ['--channel', '--date', '--event', '--summary', '--no-follow-up']) expect(log.out).toContain(option);
    const add = await maillon(['--lang', 'fr', 'person', 'add', '--help'], env);
    expect(add.out).toContain('--priority');
    expect(add.out).toContain('nom complet');
    const top = await maillon(['help', 'today'], env);
    expect(top.code).toBe(0);
    expect(top.out).toContain('Usage: maillon today');
    expect(existsSync(env.MAILLON_DB)).toBe(false);
  });
});
