import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema.js';

/*
 * person_fts is an FTS5 index over person_search (external content), kept in step by triggers.
 * A trigger indexes one row at a time, which costs about 20 µs a person: 0.6 s of a 30,000-row
 * import. `bulkSearch` swaps them for temporary triggers that only note new rows, then indexes
 * those in one statement (about 10x faster). Everything happens inside the caller's
 * transaction, so a failed import also restores the usual triggers.
 */

const INDEX = (row: string) => `insert into person_fts(rowid, name, work, notes, met) values (${row}.seq, ${row}.name, ${row}.work, ${row}.notes, ${row}.met)`;
const UNINDEX = `insert into person_fts(person_fts, rowid, name, work, notes, met) values ('delete', old.seq, old.name, old.work, old.notes, old.met)`;

const TRIGGERS = {
  person_search_ai: `create trigger person_search_ai after insert on person_search begin ${INDEX('new')}; end`,
  person_search_ad: `create trigger person_search_ad after delete on person_search begin ${UNINDEX}; end`,
  person_search_au: `create trigger person_search_au after update on person_search begin ${UNINDEX}; ${INDEX('new')}; end`,
};

export async function createSearchTriggers(db: Kysely<Database>): Promise<void> {
  for (const statement of Object.values(TRIGGERS)) await sql.raw(statement).execute(db);
}

// A row inserted during the bulk write is not in the index yet: deleting or changing it must not
// remove index entries it never had (FTS5 would then corrupt its index).
const pending = (seq: string) => `exists (select 1 from temp.search_pending where seq = ${seq})`;
const BULK_TRIGGERS = [
  `create temp trigger search_bulk_ai after insert on main.person_search begin
     insert or ignore into temp.search_pending(seq) values (new.seq); end`,
  `create temp trigger search_bulk_ad after delete on main.person_search begin
     insert into person_fts(person_fts, rowid, name, work, notes, met)
       select 'delete', old.seq, old.name, old.work, old.notes, old.met where not ${pending('old.seq')};
     delete from temp.search_pending where seq = old.seq; end`,
  `create temp trigger search_bulk_au after update on main.person_search when not ${pending('old.seq')} begin
     ${UNINDEX}; insert or ignore into temp.search_pending(seq) values (new.seq); end`,
];

/** Runs `write` (inside a transaction) with search indexing deferred to one statement at its end. */
export async function bulkSearch<T>(db: Kysely<Database>, write: () => Promise<T>): Promise<T> {
  await sql`create temp table if not exists search_pending (seq integer primary key)`.execute(db);
  for (const name of Object.keys(TRIGGERS)) await sql.raw(`drop trigger ${name}`).execute(db);
  for (const statement of BULK_TRIGGERS) await sql.raw(statement).execute(db);
  try {
    const result = await write();
    await sql`insert into person_fts(rowid, name, work, notes, met)
      select s.seq, s.name, s.work, s.notes, s.met from temp.search_pending p join person_search s on s.seq = p.seq`.execute(db);
    return result;
  } finally {
    // On failure the transaction rolls back anyway; these keep the connection clean for the next one.
    await sql`delete from temp.search_pending`.execute(db);
    for (const name of ['search_bulk_ai', 'search_bulk_ad', 'search_bulk_au']) await sql.raw(`drop trigger if exists temp.${name}`).execute(db);
    await createSearchTriggersIfMissing(db);
  }
}

async function createSearchTriggersIfMissing(db: Kysely<Database>): Promise<void> {
  const rows = await sql<{ name: string }>`select name from sqlite_master where type = 'trigger' and tbl_name = 'person_search'`.execute(db);
  const present = new Set(rows.rows.map((r) => r.name));
  for (const [name, statement] of Object.entries(TRIGGERS)) if (!present.has(name)) await sql.raw(statement).execute(db);
}
