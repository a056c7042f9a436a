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
 * (prompt.data) is always given.
 */
export async function insertMany<T extends keyof Database>(db: Db, table: T, rows: readonly Insertable<Database[T]>[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) columns.add(key);
  const names = [...columns];
  const size = Math.max(1, Math.min(1000, Math.floor(MAX_VALUES / names.length)));
  const placeholder = placeholderOf(db);
  const head = `insert into ${quote(table)} (${names.map(quote).join(', ')}) values `;
  for (let start = 0; start < rows.length; start += size) {
    const part = rows.slice(start, start + size);
    const values: unknown[] = [];
    for (const row of part) {
      const record = row as Record<string, unknown>;
      for (const name of names) values.push(record[name] ?? null);
    }
    await db.executeQuery(CompiledQuery.raw(head + tuples(part.length, names.length, placeholder), values));
  }
}

/** `(?, ?), (?, ?)` or `($1, $2), ($3, $4)`: the value lists of `rows` rows of `width` values. */
function tuples(rows: number, width: number, placeholder: Placeholder): string {
  const out: string[] = [];
  let n = 0;
  for (let r = 0; r < rows; r++) {
    const marks: string[] = [];
    for (let c = 0; c < width; c++) marks.push(placeholder(++n));
    out.push(`(${marks.join(', ')})`);
  }
  return out.join(', ');
}

/** Splits ids into chunks that fit in one `in (...)` list. */
export function chunks<T>(items: readonly T[], size = 5000): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
