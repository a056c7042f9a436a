import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema.js';

/*
 * person_fts is an FTS5 index over person_search (external content), kept in step by triggers.
 * A trigger indexes one row at a time, which costs about 20 µs a person: 0.6 s of a 30,000-row
 * import. `bulkSearch` swaps them for temporary triggers that keep the index right for rows
 * deleted or changed meanwhile, then indexes the new rows in one statement (about 10x faster). Everything happens inside the caller's
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

/*
 * During a bulk write, rows inserted since it began are not in the index yet: deleting or
 * changing one must not remove index entries it never had (FTS5 would then corrupt its index).
 * A new row takes a seq above the largest one (seq is the rowid), so rows above `last`, the
 * largest when the write began, are new without a note per row. Only a row that takes a freed
 * seq at or below `last` (after the rows above it were deleted), or an indexed row changed
 * during the write, is noted in search_pending, to be indexed at the end.
 */
function bulkTriggers(last: number): string[] {
  const unindexed = (seq: string) => `(${seq} > ${String(last)} or exists (select 1 from temp.search_pending where seq = ${seq}))`;
  const note = `insert or ignore into temp.search_pending(seq) values (new.seq)`;
  return [
    `create temp trigger search_bulk_ai after insert on main.person_search when new.seq <= ${String(last)} begin ${note}; end`,
    `create temp trigger search_bulk_ad after delete on main.person_search begin
       insert into person_fts(person_fts, rowid, name, work, notes, met)
         select 'delete', old.seq, old.name, old.work, old.notes, old.met where not ${unindexed('old.seq')};
       delete from temp.search_pending where seq = old.seq; end`,
    // One trigger, so the old entries are removed before the row is noted (which would mark it unindexed).
    `create temp trigger search_bulk_au after update on main.person_search begin
       insert into person_fts(person_fts, rowid, name, work, notes, met)
         select 'delete', old.seq, old.name, old.work, old.notes, old.met where not ${unindexed('old.seq')};
       insert or ignore into temp.search_pending(seq) select new.seq where new.seq <= ${String(last)}; end`,
  ];
}
const BULK_TRIGGER_NAMES = ['search_bulk_ai', 'search_bulk_ad', 'search_bulk_au'];

/** Runs `write` (inside a transaction) with search indexing deferred to one statement at its end. */
export async function bulkSearch<T>(db: Kysely<Database>, write: () => Promise<T>): Promise<T> {
  const top = await sql<{ last: number | null }>`select max(seq) as last from person_search`.execute(db);
  const last = top.rows[0]?.last ?? 0;
  await sql`create temp table if not exists search_pending (seq integer primary key)`.execute(db);
  for (const name of Object.keys(TRIGGERS)) await sql.raw(`drop trigger ${name}`).execute(db);
  for (const statement of bulkTriggers(last)) await sql.raw(statement).execute(db);
  try {
    const result = await write();
    await sql`insert into person_fts(rowid, name, work, notes, met)
      select seq, name, work, notes, met from person_search where seq > ${last}
      union all
      select s.seq, s.name, s.work, s.notes, s.met from temp.search_pending p join person_search s on s.seq = p.seq`.execute(db);
    return result;
  } finally {
    // On failure the transaction rolls back anyway; these keep the connection clean for the next one.
    await sql`delete from temp.search_pending`.execute(db);
    for (const name of BULK_TRIGGER_NAMES) await sql.raw(`drop trigger if exists temp.${name}`).execute(db);
    await createSearchTriggersIfMissing(db);
  }
}

async function createSearchTriggersIfMissing(db: Kysely<Database>): Promise<void> {
  const rows = await sql<{ name: string }>`select name from sqlite_master where type = 'trigger' and tbl_name = 'person_search'`.execute(db);
  const present = new Set(rows.rows.map((r) => r.name));
  for (const [name, statement] of Object.entries(TRIGGERS)) if (!present.has(name)) await sql.raw(statement).execute(db);
}
