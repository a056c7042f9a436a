import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { MaillonError } from '../../core/errors.js';
import type { Database } from '../schema.js';
import type { StoreDialect } from './dialect.js';
import { ChunkThread } from './sqlite.chunks.js';
import { bulkSearch, createSearchTriggers } from './sqlite.search.js';

// bm25 weights per column of person_fts: a name match outranks work, how met and notes.
const RANK = 'bm25(person_fts, 10.0, 4.0, 1.0, 2.0)';
// Past this many matches, a query is broad and is not ranked as a whole.
const BROAD = 300;

async function ranked(db: Kysely<Database>, match: string, limit: number): Promise<string[]> {
  const rows = await sql<{ person_id: string }>`
    select s.person_id from person_fts f join person_search s on s.seq = f.rowid
    where person_fts match ${match} order by ${sql.raw(RANK)} limit ${limit}`.execute(db);
  return rows.rows.map((r) => r.person_id);
}

/** Opens (creating if needed) a SQLite file in WAL mode with foreign keys enforced. */
export function openSqlite(path: string): StoreDialect {
  let raw: BetterSqlite3.Database;
  try {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    raw = new BetterSqlite3(path);
    raw.pragma('foreign_keys = ON');
    raw.pragma('busy_timeout = 5000');
    raw.pragma('synchronous = NORMAL');
    // 64 MB of page cache: bulk writes into indexes of random keys (folded names, emails) thrash the 2 MB default.
    raw.pragma('cache_size = -65536');
  } catch (error) {
    throw sqliteError(error, path);
  }
  const kysely = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(raw) }) });
  return {
    name: 'sqlite',
    location: path,
    kysely,
    rowidChunks: true,
    // Another connection would not see the writes of an open transaction.
    chunkThread: (reads) => (path === ':memory:' || raw.inTransaction ? null : new ChunkThread(path, reads)),
    maxParameters: 32_000,
    // Only for a new database, after the checks: opening someone else's file must not change it.
    async prepare(db) {
      await sql`pragma journal_mode = WAL`.execute(db);
    },
    async createSearch(db) {
      await sql`create table person_search (
        seq integer primary key,
        person_id text not null unique references person(id) on delete cascade,
        name text not null, work text not null, notes text not null, met text not null)`.execute(db);
      await sql`create virtual table person_fts using fts5(name, work, notes, met,
        content='person_search', content_rowid='seq', tokenize='unicode61 remove_diacritics 2', prefix='2 3')`.execute(db);
      await createSearchTriggers(db);
    },
    bulkSearch,
    async search(db, terms, limit) {
      // Each term is quoted, so input such as jean-pierre or o'brien cannot break MATCH syntax.
      // A one-letter term matches as a word ("o" of O'Brien): as a prefix it would match nearly everything.
      const match = terms.map((t) => `"${t.replaceAll('"', '""')}"${t.length > 1 ? '*' : ''}`).join(' ');
      // Ranking costs one bm25 per match: cheap for a precise query, slow for "acme" or
      // "de", which match thousands. Those are first told apart by a probe that stops early.
      const probe = await sql<{ seq: number }>`select rowid as seq from person_fts where person_fts match ${match} limit ${BROAD + 1}`.execute(db);
      if (probe.rows.length <= BROAD) return ranked(db, match, limit);
      // Broad: people whose name matches come first, ranked; then the others, highest priority first.
      const byName = await ranked(db, `{name} : (${match})`, limit);
      if (byName.length >= limit) return byName;
      const rest = await sql<{ person_id: string }>`select s.person_id from person_search s join person p on p.id = s.person_id
        where s.seq in (${sql.join(probe.rows.map((r) => r.seq))})
        order by case when p.priority is null then 1 else 0 end, p.priority, p.name_folded limit ${limit + byName.length}`.execute(db);
      const seen = new Set(byName);
      return [...byName, ...rest.rows.map((r) => r.person_id).filter((id) => !seen.has(id))].slice(0, limit);
    },
    async listTables(db) {
      const rows = await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(db);
      return rows.rows.map((r) => r.name);
    },
    mapError: (error) => sqliteError(error, path),
    async close() {
      await kysely.destroy();
    },
  };
}

// Statements kept prepared, by SQL text. A bulk write repeats the same 1,000-row insert dozens of
// times, and SQLite takes longer to prepare it than to run it. Past this many, the cache starts over.
const CACHED_STATEMENTS = 200;

/** The database as Kysely sees it, with `prepare` answered from a cache of statements. */
function withStatementCache(raw: BetterSqlite3.Database): BetterSqlite3.Database {
  const cache = new Map<string, BetterSqlite3.Statement>();
  return new Proxy(raw, {
    get(target, key) {
      if (key !== 'prepare') {
        const value = Reflect.get(target, key, target) as unknown;
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      }
      return (text: string) => {
        let statement = cache.get(text);
        if (!statement) {
          if (cache.size >= CACHED_STATEMENTS) cache.clear();
          statement = target.prepare(text);
          cache.set(text, statement);
        }
        return statement;
      };
    },
  });
}

/** Turns the driver's failures to open into Maillon's errors: unreadable, read-only, or not a database. */
export function sqliteError(error: unknown, path: string): unknown {
  const code = (error as { code?: string }).code ?? '';
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') return new MaillonError('db.not_maillon', { location: path }, { cause: error });
  if (code === 'SQLITE_READONLY' || code.startsWith('SQLITE_READONLY') || code === 'SQLITE_CANTOPEN' || code === 'EACCES' || code === 'EROFS' || code === 'EPERM') {
    return new MaillonError('db.read_only', { location: path }, { cause: error });
  }
  return error;
}
