import { sql, type RawBuilder } from 'kysely';
import type { IdIndex } from '../core/graph/id-index.js';
import type { Database } from './schema.js';
import type { Db } from './store.js';

/**
 * Whole tables read as a few long texts of packed rows, for the network's bulk reads. Rows are
 * parsed as UTF-8 bytes, not as JavaScript strings: SQLite hands bytes over without making a
 * string of them, and a byte array is read several times faster than a string's characters.
 */

// Field and row separators of packed rows: control characters no id, name or title holds.
// Should one ever appear in a title, only that row is misread: a row never runs into the next.
const FS = '\x1f';
export const RS = '\x1e';
const FS_CODE = 0x1f;
const RS_CODE = 0x1e;

type Table = keyof Database;

/** A row of packed text: its fields joined by FS, null fields read as empty. */
function packedRow(columns: readonly string[], nullable: readonly string[]): RawBuilder<unknown> {
  const fields = columns.map((c) => (nullable.includes(c) ? sql`coalesce(${sql.ref(c)}, '')` : sql.ref(c)));
  return sql`concat_ws(${sql.lit(FS)}, ${sql.join(fields)})`;
}

/**
 * Reads a whole table as a few long texts, `string_agg` of its rows. Each row read one by
 * one costs about a microsecond in the driver; packed, a million rows cost what the database
 * takes to scan them. string_agg and concat_ws exist in PostgreSQL, and in SQLite since 3.44.
 * Columns named in `nullable` may be null (concat_ws would skip them). A table too big for
 * one text is read in parts, each a scan on the first character of its first column.
 */
export async function packed(db: Db, table: Table, columns: readonly string[], nullable: readonly string[] = [], where?: RawBuilder<unknown>): Promise<Buffer[]> {
  const row = packedRow(columns, nullable);
  const read = async (part?: RawBuilder<unknown>): Promise<Buffer> => {
    const filter = [where, part].filter((w) => w !== undefined);
    const rows = await sql<{ x: string | null }>`select string_agg(${row}, ${sql.lit(RS)}) as x from ${sql.table(table)}${filter.length > 0 ? sql` where ${sql.join(filter, sql` and `)}` : sql``}`.execute(db);
    return Buffer.from(rows.rows[0]?.x ?? '', 'utf8');
  };
  try {
    return [await read()];
  } catch (error) {
    if (!/too (big|large)|string length|memory/i.test(String(error))) throw error;
    const first = sql`substr(${sql.ref(columns[0] ?? 'id')}, 1, 1)`;
    const bounds = ['0', '4', '8', 'c', 'g', 'k', 'p', 't', 'x'];
    const parts = bounds.map((lo, i) => {
      const hi = bounds[i + 1];
      return i === 0 ? sql`${first} < ${sql.lit(bounds[1] ?? '4')}` : hi ? sql`${first} >= ${sql.lit(lo)} and ${first} < ${sql.lit(hi)}` : sql`${first} >= ${sql.lit(lo)}`;
    });
    const out: Buffer[] = [];
    for (const part of parts) out.push(await read(part));
    return out;
  }
}

/** How the database lets big tables be read (see `StoreDialect.rowidChunks`). */
export interface NetworkReads {
  rowidChunks: boolean;
  /**
   * Another connection, on its own thread, that reads these tables in chunks while this
   * thread parses them; null when the database cannot (in memory, or inside a transaction
   * whose writes another connection would not see). SQLite only.
   */
  chunkThread?(reads: readonly ChunkedRead[]): ChunkSource | null;
}

/**
 * A table read in chunks of rowids: `chunk` packs the rows of one, after `?` up to `?`
 * included. Or, when `whole`, read in one query of no parameters: `chunk` packs them all.
 */
export interface ChunkedRead {
  table: Table;
  chunk: string;
  whole?: boolean;
}

/** Chunks of tables read elsewhere: read i's chunks in order, each a text of packed rows. */
export interface ChunkSource {
  chunks(i: number): AsyncIterable<Buffer>;
  close(): Promise<void>;
}

/** The query of one chunk of a table's packed rows, cast to a blob: the driver then copies bytes instead of decoding a string. */
export function chunkRead(db: Db, table: Table, columns: readonly string[], nullable: readonly string[]): ChunkedRead {
  const chunk = sql`select cast(string_agg(${packedRow(columns, nullable)}, ${sql.lit(RS)}) as blob) as x
    from ${sql.table(table)} where rowid > ${0} and rowid <= ${0}`.compile(db).sql;
  return { table, chunk };
}

/** A query that packs a table's rows in one blob (`packed` reads the same rows as text). */
export function wholeRead(db: Db, table: Table, columns: readonly string[], nullable: readonly string[], where: RawBuilder<unknown>): ChunkedRead {
  const chunk = sql`select cast(string_agg(${packedRow(columns, nullable)}, ${sql.lit(RS)}) as blob) as x from ${sql.table(table)} where ${where}`.compile(db).sql;
  return { table, chunk, whole: true };
}

/**
 * Visits every row of a table, read packed as by `packed`, or chunk by chunk from `source`
 * when it is given (a chunk's bytes are dropped once parsed, so the table is never held whole).
 */
export async function eachTableRow(db: Db, table: Table, columns: readonly string[], nullable: readonly string[], visit: (c: Cursor) => void, source?: AsyncIterable<Buffer>): Promise<void> {
  await eachTableChunk(db, table, columns, nullable, (chunk) => { eachRow([chunk], visit); }, source);
}

/** Visits a table's packed rows a text at a time, as eachTableRow reads them. */
export async function eachTableChunk(db: Db, table: Table, columns: readonly string[], nullable: readonly string[], visit: (chunk: Buffer) => void, source?: AsyncIterable<Buffer>): Promise<void> {
  for await (const chunk of source ?? await packed(db, table, columns, nullable)) visit(chunk);
}

/** Visits every row of packed texts with a cursor positioned before its first field. */
export function eachRow(texts: readonly Buffer[], visit: (c: Cursor) => void): void {
  for (const text of texts) {
    if (text.length === 0) continue;
    const c = new Cursor(text);
    while (!c.done) {
      visit(c);
      c.row();
    }
  }
}

/**
 * A cursor over packed rows, as UTF-8 bytes: fields are read in order, each without copying
 * unless asked. A field never runs past its row: one missing reads as empty, and a row with
 * too many fields (a separator in a title) loses the rest of that row only.
 */
export class Cursor {
  private i = 0;
  /** The current row has no more fields: its last one ended at a row separator. */
  private ended = false;
  start = 0;
  end = 0;

  constructor(readonly bytes: Buffer) {}

  get done(): boolean {
    return this.i >= this.bytes.length;
  }

  /** Moves to the next row, skipping what is left of the current one. */
  row(): void {
    if (!this.ended) {
      const end = this.bytes.indexOf(RS_CODE, this.i);
      this.i = end < 0 ? this.bytes.length : end + 1;
    }
    this.ended = false;
  }

  /** Moves to the row's next field (empty past its last); its bounds are [start, end). */
  next(): this {
    const b = this.bytes, length = b.length;
    let i = this.i;
    this.start = i;
    if (this.ended) {
      this.end = i;
      return this;
    }
    let c = 0;
    while (i < length) {
      c = b[i] ?? 0;
      if (c === FS_CODE || c === RS_CODE) break;
      i++;
    }
    this.end = i;
    this.i = i + 1;
    if (c !== FS_CODE) this.ended = true;
    return this;
  }

  /** The field as a string. */
  str(): string {
    // Most rows are ASCII, where a byte is a character: the chunk is decoded once and sliced,
    // which costs far less than decoding each field by itself.
    this.ascii ??= asciiText(this.bytes);
    return this.ascii === NOT_ASCII ? this.bytes.toString('utf8', this.start, this.end) : this.ascii.slice(this.start, this.end);
  }

  private ascii: string | undefined = undefined;

  orNull(): string | null {
    return this.end > this.start ? this.str() : null;
  }

  /** The field's first byte, or -1 when it is empty. */
  first(): number {
    return this.end > this.start ? (this.bytes[this.start] ?? -1) : -1;
  }

  id(index: IdIndex): number {
    return this.end > this.start ? index.getBytes(this.bytes, this.start, this.end) : -1;
  }

  /** A 'YYYY-MM-DD' field as a day number; `empty` when blank or malformed. */
  day(empty: number): number {
    const t = this.bytes, s = this.start;
    if (this.end - s !== 10) return empty;
    const y = ((t[s] ?? 0) - 48) * 1000 + ((t[s + 1] ?? 0) - 48) * 100 + ((t[s + 2] ?? 0) - 48) * 10 + ((t[s + 3] ?? 0) - 48);
    const m = ((t[s + 5] ?? 0) - 48) * 10 + ((t[s + 6] ?? 0) - 48);
    const d = ((t[s + 8] ?? 0) - 48) * 10 + ((t[s + 9] ?? 0) - 48);
    if (!(y >= 0 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return empty;
    return daysFromCivil(y, m, d);
  }
}

const NOT_ASCII = '\u0000not ascii';

/** The bytes as a string when they are all ASCII, else NOT_ASCII. */
function asciiText(bytes: Buffer): string {
  const text = bytes.toString('utf8');
  return text.length === bytes.length ? text : NOT_ASCII;
}

/** Days since 1970-01-01 of a calendar date (Howard Hinnant's algorithm), without a Date object. */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** A growable Int32 list, to collect rows of unknown count. */
export class Ints {
  data = new Int32Array(1024);
  length = 0;

  push(v: number): void {
    // extend() may replace the array: call it before reading this.data.
    const at = this.extend(1);
    this.data[at] = v;
  }

  /** Makes room for `count` more values, to be written in place; returns where they start. */
  extend(count: number): number {
    let size = this.data.length;
    while (size < this.length + count) size *= 2;
    if (size > this.data.length) {
      const next = new Int32Array(size);
      next.set(this.data);
      this.data = next;
    }
    this.length += count;
    return this.length - count;
  }

  /** A view, not a copy: copying costs more than the spare room kept. */
  done(): Int32Array {
    return this.data.subarray(0, this.length);
  }
}

/**
 * The ids of one column in a chunk of rows, kept as bounds in the chunk and looked up together
 * (see IdIndex.getManyBytes): a chunk's lookups then wait for memory at the same time.
 */
export class IdFields {
  private starts = new Int32Array(1024);
  private ends = new Int32Array(1024);
  private length = 0;

  /** Keeps the cursor's current field. */
  add(c: Cursor): void {
    if (this.length === this.starts.length) {
      const starts = new Int32Array(2 * this.length), ends = new Int32Array(2 * this.length);
      starts.set(this.starts);
      ends.set(this.ends);
      this.starts = starts;
      this.ends = ends;
    }
    this.starts[this.length] = c.start;
    this.ends[this.length++] = c.end;
  }

  /** Appends the values of the ids kept so far to `out` (-1 when unknown), and forgets them. */
  lookUp(index: IdIndex, bytes: Buffer, out: Ints): void {
    const at = out.extend(this.length);
    index.getManyBytes(bytes, this.starts, this.ends, this.length, out.data, at);
    this.length = 0;
  }
}

/**
 * Distinct strings of packed rows, each kept once and numbered: a million positions hold a
 * few thousand titles. Looked up from a slice of the bytes, without making a string per row.
 */
export class Interner {
  readonly values: string[] = [];
  private readonly keys: Buffer[] = [];
  private hashes: Int32Array = new Int32Array(0);
  private table = new Int32Array(1024).fill(-1);

  indexIn(bytes: Buffer, start: number, end: number): number {
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) h = Math.imul(h ^ (bytes[i] ?? 0), 0x01000193);
    const mask = this.table.length - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const at = this.table[slot] ?? -1;
      if (at < 0) return this.add(bytes, start, end, h, slot);
      if (this.hashes[at] === h && sameBytes(this.keys[at] ?? EMPTY, bytes, start, end)) return at;
    }
  }

  private add(bytes: Buffer, start: number, end: number, hash: number, slot: number): number {
    const at = this.values.length;
    this.table[slot] = at;
    this.keys.push(Buffer.from(bytes.subarray(start, end)));
    this.values.push(bytes.toString('utf8', start, end));
    if (at >= this.hashes.length) {
      const hashes = new Int32Array(Math.max(1024, 2 * this.hashes.length));
      hashes.set(this.hashes);
      this.hashes = hashes;
    }
    this.hashes[at] = hash;
    if (this.values.length * 2 > this.table.length) this.rehash();
    return at;
  }

  private rehash(): void {
    this.table = new Int32Array(this.table.length * 2).fill(-1);
    const mask = this.table.length - 1;
    for (let at = 0; at < this.values.length; at++) {
      let slot = (this.hashes[at] ?? 0) & mask;
      while ((this.table[slot] ?? -1) >= 0) slot = (slot + 1) & mask;
      this.table[slot] = at;
    }
  }
}

const EMPTY = Buffer.alloc(0);

function sameBytes(key: Buffer, bytes: Buffer, start: number, end: number): boolean {
  if (key.length !== end - start) return false;
  for (let i = 0; i < key.length; i++) if (key[i] !== bytes[start + i]) return false;
  return true;
}
