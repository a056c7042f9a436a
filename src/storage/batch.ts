import { CompiledQuery, type Insertable } from 'kysely';
import type { Database } from './schema.js';
import type { Db } from './store.js';

// Stays under SQLite's 32,766 bound values per statement with room to spare, and keeps
// statements small enough for PostgreSQL to plan quickly.
const MAX_VALUES = 30_000;

type Placeholder = (n: number) => string;
const placeholders = new WeakMap<object, Placeholder>();

/** How this database numbers bound values ('?' or '$1'), learnt once from Kysely's own compiler. */
function placeholderOf(db: Db): Placeholder {
  const adapter = db.getExecutor().adapter;
  let placeholder = placeholders.get(adapter);
  if (!placeholder) {
    const probe = db.selectFrom('setting').select('key').where('key', '=', 'x').compile().sql;
    placeholder = probe.includes('$1') ? (n) => `$${String(n)}` : () => '?';
    placeholders.set(adapter, placeholder);
  }
  return placeholder;
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * Inserts rows in as few statements as the parameter limit allows: one row per statement is
 * 5-10x slower. The SQL is written here rather than by Kysely's builder, which makes a syntax
 * node per value: at 150,000 rows that was a third of an import's time, mostly in the garbage
 * collector. Table and column names come from the typed schema, never from input. A column
 * some rows lack is written NULL for them, not its default: the one column with a default
 * (prompt.data) is always given. A column no row gives a value is left out, so it takes its
 * default, NULL for all but that one: SQLite writes a person a third faster without nine
 * empty columns.
 */
export async function insertMany<T extends keyof Database>(db: Db, table: T, rows: readonly Insertable<Database[T]>[]): Promise<void> {
  if (rows.length === 0) return;
  const names = columnsOf(rows);
  const all = valuesOf(rows, names);
  const kept = keptColumns(names.length, all);
  const values = kept.length === names.length ? all : keptValues(all, names.length, kept);
  const width = kept.length;
  const size = Math.max(1, Math.min(1000, Math.floor(MAX_VALUES / width)));
  const placeholder = placeholderOf(db);
  const head = `insert into ${quote(table)} (${kept.map((c) => quote(names[c] ?? '')).join(', ')}) values `;
  for (let start = 0; start < rows.length;) {
    const count = rowsInStatement(rows.length - start, size);
    const part = count === rows.length ? values : values.slice(start * width, (start + count) * width);
    await db.executeQuery(CompiledQuery.raw(head + tuples(count, width, placeholder), part));
    start += count;
  }
}

/**
 * How many of the `left` rows the next statement takes: `size`, then the largest power of two
 * left. A statement's SQL depends on its row count, and SQLite takes longer to prepare a large
 * statement than to run it. Remainders of any length (337 emails, 1,337 labels) made every batch
 * of an import prepare new statements: 211 for 10,000 vCards, 79 ms. Powers of two are few,
 * and stay prepared (see the statement cache of the SQLite dialect).
 */
function rowsInStatement(left: number, size: number): number {
  return left >= size ? size : 2 ** Math.floor(Math.log2(left));
}

/**
 * The values of the rows, row after row, NULL for a column a row lacks. Indexed loops: this
 * runs for every value of an import, and `for...of` here made an iterator result per value
 * (10 MB of garbage for 30,000 people).
 */
function valuesOf(rows: readonly object[], names: readonly string[]): unknown[] {
  const width = names.length;
  const values: unknown[] = new Array(rows.length * width);
  let n = 0;
  for (let i = 0; i < rows.length; i++) {
    const record = rows[i] as Record<string, unknown>;
    for (let c = 0; c < width; c++) values[n++] = record[names[c] as string] ?? null;
  }
  return values;
}

/**
 * Every column some row has, in the order first met. Rows nearly always share one shape, so
 * each row's keys are compared in order with the list, and looked up only when they differ.
 */
function columnsOf(rows: readonly object[]): string[] {
  const names: string[] = [];
  const known = new Set<string>();
  for (const row of rows) {
    let i = 0;
    // `for...in` reads keys without an array per row.
    for (const key in row) {
      if (names[i++] !== key && !known.has(key)) {
        known.add(key);
        names.push(key);
      }
    }
  }
  return names;
}

/** Indexes of the columns some row of `values` (rows of `width`) gives a value. */
function keptColumns(width: number, values: readonly unknown[]): number[] {
  const kept: number[] = [];
  for (let c = 0; c < width; c++) {
    let given = false;
    for (let at = c; !given && at < values.length; at += width) given = values[at] !== null;
    if (given) kept.push(c);
  }
  // A row of nothing but NULLs still needs a column to write.
  return kept.length > 0 ? kept : [0];
}

/** `values` (rows of `width`) with only the `kept` columns. */
function keptValues(values: readonly unknown[], width: number, kept: readonly number[]): unknown[] {
  const out: unknown[] = new Array((values.length / width) * kept.length);
  let n = 0;
  for (let at = 0; at < values.length; at += width) for (let k = 0; k < kept.length; k++) out[n++] = values[at + (kept[k] as number)];
  return out;
}

// The value lists of a batch are the same text every time: 1,000 rows of the same width.
const texts = new WeakMap<Placeholder, Map<string, string>>();

/** `(?, ?), (?, ?)` or `($1, $2), ($3, $4)`: the value lists of `rows` rows of `width` values. */
function tuples(rows: number, width: number, placeholder: Placeholder): string {
  let byShape = texts.get(placeholder);
  if (!byShape) texts.set(placeholder, (byShape = new Map<string, string>()));
  const shape = `${String(rows)}x${String(width)}`;
  let text = byShape.get(shape);
  if (text === undefined) {
    const out: string[] = [];
    let n = 0;
    for (let r = 0; r < rows; r++) {
      const marks: string[] = [];
      for (let c = 0; c < width; c++) marks.push(placeholder(++n));
      out.push(`(${marks.join(', ')})`);
    }
    text = out.join(', ');
    if (byShape.size > 100) byShape.clear();
    byShape.set(shape, text);
  }
  return text;
}

/** Splits ids into chunks that fit in one `in (...)` list. */
export function chunks<T>(items: readonly T[], size = 5000): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
