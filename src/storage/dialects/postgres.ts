import { Kysely, PostgresDialect, sql, type RawBuilder } from 'kysely';
import pg from 'pg';
import { MaillonError } from '../../core/errors.js';
import type { Database } from '../schema.js';
import type { StoreDialect } from './dialect.js';

const DOC = sql.raw(`(name || ' ' || work || ' ' || notes || ' ' || met)`);
// Past this many matches, a query is broad: name matches come first, unsorted rows fill in.
const BROAD = 300;

interface Candidate {
  person_id: string;
  name: string;
  work: string;
}

/**
 * Connects to PostgreSQL. A `schema` query parameter (not part of libpq's URL syntax) puts
 * Maillon's tables in that schema, so several stores, or test runs, share one database.
 */
export function openPostgres(url: string): StoreDialect {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get('schema');
  parsed.searchParams.delete('schema');
  const pool = new pg.Pool({
    connectionString: parsed.toString(),
    max: 4,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  const safe = new URL(parsed.toString());
  safe.password = '';
  const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    name: 'postgres',
    location: safe.toString() + (schema ? ` (schema ${schema})` : ''),
    kysely,
    rowidChunks: false,
    maxParameters: 60_000,
    async prepare(db) {
      try {
        // In public, not in Maillon's schema: the extension is one per database, shared by every store in it.
        await sql`create extension if not exists pg_trgm with schema public`.execute(db);
      } catch {
        // Not allowed to create extensions here: search falls back to a scan.
      }
    },
    async createSearch(db) {
      await sql`create table person_search (
        person_id text primary key references person(id) on delete cascade,
        name text not null, work text not null, notes text not null, met text not null)`.execute(db);
      // Trigram indexes make '%term%' fast; without the extension (no privilege) search still
      // works, by a sequential scan.
      const trgm = await sql<{ schema: string }>`select n.nspname as schema from pg_extension e
        join pg_namespace n on n.oid = e.extnamespace where e.extname = 'pg_trgm'`.execute(db);
      const schema = trgm.rows[0]?.schema;
      if (schema) await sql`create index person_search_trgm on person_search using gin (${DOC} ${sql.id(schema)}.gin_trgm_ops)`.execute(db);
    },
    async search(db, terms, limit) {
      // One-letter terms would match nearly every row and cannot use the trigram index.
      const words = terms.some((t) => t.length > 1) ? terms.filter((t) => t.length > 1) : terms;
      const like = (column: RawBuilder<unknown>, t: string) => sql`${column} like ${'%' + escapeLike(t) + '%'}`;
      // A probe that stops early tells a broad query ("de", "acme") from a precise one, so
      // ranking never sorts thousands of rows.
      const probe = await sql<Candidate>`select person_id, name, work from person_search
        where ${sql.join(words.map((t) => like(DOC, t)), sql` and `)} limit ${BROAD + 1}`.execute(db);
      let rows = probe.rows;
      if (rows.length > BROAD) {
        const byName = await sql<Candidate>`select person_id, name, work from person_search
          where ${sql.join(words.map((t) => like(sql.ref('name'), t)), sql` and `)} limit ${BROAD + 1}`.execute(db);
        const seen = new Set(byName.rows.map((r) => r.person_id));
        rows = [...byName.rows, ...rows.filter((r) => !seen.has(r.person_id))];
      }
      const first = words[0] ?? '';
      const score = (r: Candidate) => (r.name.startsWith(first) ? 0 : r.name.includes(first) ? 1 : r.work.includes(first) ? 2 : 3);
      return rows
        .map((r) => ({ r, k: score(r) }))
        .sort((a, b) => a.k - b.k || (a.r.name < b.r.name ? -1 : a.r.name > b.r.name ? 1 : 0))
        .slice(0, limit)
        .map(({ r }) => r.person_id);
    },
    // The trigram index takes rows as they come; there is nothing to batch.
    bulkSearch: (_db, write) => write(),
    async listTables(db) {
      const rows = await sql<{ name: string }>`select table_name as name from information_schema.tables where table_schema = current_schema()`.execute(db);
      return rows.rows.map((r) => r.name);
    },
    mapError(error) {
      const code = (error as { code?: string }).code ?? '';
      if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === '3D000' || code === '28P01' || code === '3F000') {
        return new MaillonError('db.unreachable', { location: this.location, detail: (error as Error).message }, { cause: error });
      }
      if (code === '25006' || code === '42501') return new MaillonError('db.read_only', { location: this.location }, { cause: error });
      return error;
    },
    async close() {
      await kysely.destroy();
    },
  };
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
