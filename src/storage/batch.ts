import type { Insertable } from 'kysely';
import type { Database } from './schema.js';
import type { Db } from './store.js';

// Stays under SQLite's 32,766 bound values per statement with room to spare, and keeps
// statements small enough for PostgreSQL to plan quickly.
const MAX_VALUES = 30_000;

/** Inserts rows in as few statements as the parameter limit allows: one row per statement is 5-10x slower. */
export async function insertMany<T extends keyof Database>(db: Db, table: T, rows: readonly Insertable<Database[T]>[]): Promise<void> {
  const first = rows[0];
  if (!first) return;
  const perRow = Object.keys(first).length;
  const size = Math.max(1, Math.min(1000, Math.floor(MAX_VALUES / perRow)));
  for (let i = 0; i < rows.length; i += size) {
    // Kysely's insert builder is typed per table; the generic T loses that precision here.
    await db.insertInto(table).values(rows.slice(i, i + size)).execute();
  }
}

/** Splits ids into chunks that fit in one `in (...)` list. */
export function chunks<T>(items: readonly T[], size = 5000): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
