import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { IdIndex } from '../core/graph/id-index.js';
import { openSqlite } from './dialects/sqlite.js';
import { chunkRead, Cursor, eachRow, eachTableRow, IdFields, Ints } from './network.packed.js';

const FS = '\x1f';
const RS = '\x1e';

/** Every row's fields, as strings, read with a cursor. */
function fieldsOf(text: string, perRow: number): string[][] {
  const rows: string[][] = [];
  eachRow([Buffer.from(text, 'utf8')], (c) => {
    rows.push(Array.from({ length: perRow }, () => c.next().str()));
  });
  return rows;
}

describe('packed rows read as bytes', () => {
  it('reads fields in order, a missing one as empty, and never past its row', () => {
    const text = [`a${FS}b${FS}c`, `d${FS}e`, `f${FS}g${FS}h${FS}extra`, `${FS}i`].join(RS);
    expect(fieldsOf(text, 3)).toEqual([['a', 'b', 'c'], ['d', 'e', ''], ['f', 'g', 'h'], ['', 'i', '']]);
  });

  it('gives accented text back whole, in a chunk of ASCII rows or not', () => {
    expect(fieldsOf(`Élève ingénieur${FS}x${RS}Acme${FS}y`, 2)).toEqual([['Élève ingénieur', 'x'], ['Acme', 'y']]);
    expect(fieldsOf(`Acme${FS}x${RS}Initech${FS}y`, 2)).toEqual([['Acme', 'x'], ['Initech', 'y']]);
  });

  it('reads a date as its day number, and a blank or malformed one as the default', () => {
    const days: number[] = [];
    eachRow([Buffer.from(`1970-01-02${FS}2026-11-27${FS}${FS}2026-13-01${FS}soon`)], (c) => {
      for (let i = 0; i < 5; i++) days.push(c.next().day(-7));
    });
    expect(days).toEqual([1, Date.UTC(2026, 10, 27) / 86_400_000, -7, -7, -7]);
  });

  it('looks up a chunk of ids together, unknown and empty ones as -1', () => {
    const index = new IdIndex();
    ['0123456789ab', 'zzzzzzzzzzzz', 'not-an-id'].forEach((id, i) => { index.add(id, i); });
    const bytes = Buffer.from(['zzzzzzzzzzzz', 'not-an-id', '', '0123456789ac', '0123456789ab'].join(RS));
    const fields = new IdFields();
    eachRow([bytes], (c: Cursor) => { fields.add(c.next()); });
    const out = new Ints();
    out.push(42);
    fields.lookUp(index, bytes, out);
    expect(Array.from(out.done())).toEqual([42, 1, 2, -1, -1, 0]);
  });
});

describe('tables read in rowid chunks on another thread', () => {
  it('reads every row once, in rowid order, across gaps in the rowids, one table after the other', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'maillon-chunks-'));
    const file = join(dir, 'chunks.db');
    const store = openSqlite(file);
    try {
      const db = store.kysely;
      await sql`create table tie (a_id text, b_id text, strength text)`.execute(db);
      await sql`create table position (person_id text)`.execute(db);
      const rowids = [-5, 1, 2, 4095, 4097, 9000, 1_000_000_000];
      for (const r of rowids) await sql`insert into tie (rowid, a_id, b_id, strength) values (${r}, ${`a${String(r)}`}, 'b', 'weak')`.execute(db);
      // More rows than the thread reads ahead, so it must wait for the parsing.
      await sql`insert into position (rowid, person_id)
        with recursive n(i) as (select 1 union all select i + 1 from n where i < 200000) select i, 'p' || i from n`.execute(db);
      const thread = store.chunkThread?.([chunkRead(db, 'tie', ['a_id', 'b_id', 'strength'], []), chunkRead(db, 'position', ['person_id'], [])]);
      if (!thread) throw new Error('a SQLite file outside a transaction is read on another thread');
      const ties: string[] = [], positions: string[] = [];
      await eachTableRow(db, 'tie', [], [], (c) => { ties.push(c.next().str()); }, thread.chunks(0));
      await eachTableRow(db, 'position', [], [], (c) => { positions.push(c.next().str()); }, thread.chunks(1));
      await thread.close();
      expect(ties).toEqual(rowids.map((r) => `a${String(r)}`));
      expect(positions.length).toBe(200_000);
      expect(positions.every((p, i) => p === `p${String(i + 1)}`)).toBe(true);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fails the read when the thread cannot read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'maillon-chunks-'));
    const store = openSqlite(join(dir, 'chunks.db'));
    try {
      await sql`create table tie (a_id text)`.execute(store.kysely);
      const thread = store.chunkThread?.([{ table: 'tie', chunk: 'select no_such_column from tie where rowid > ? and rowid <= ?' }]);
      await sql`insert into tie (a_id) values ('x')`.execute(store.kysely);
      await expect(eachTableRow(store.kysely, 'tie', [], [], () => undefined, thread?.chunks(0))).rejects.toThrow(/no_such_column/);
      await thread?.close();
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is not used in memory, nor inside a transaction, whose writes another connection would not see', async () => {
    const memory = openSqlite(':memory:');
    expect(memory.chunkThread?.([])).toBeNull();
    await memory.close();
    const dir = mkdtempSync(join(tmpdir(), 'maillon-chunks-'));
    const store = openSqlite(join(dir, 'chunks.db'));
    try {
      const inside = await store.kysely.transaction().execute((trx) => sql`select 1`.execute(trx).then(() => store.chunkThread?.([])));
      expect(inside).toBeNull();
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
