import type { Kysely, Transaction } from 'kysely';
import { MaillonError } from '../core/errors.js';
import type { StoreDialect } from './dialects/dialect.js';
import { createMeta, MIGRATIONS, SCHEMA_VERSION, setVersion } from './migrations.js';
import type { Database } from './schema.js';

/** A connection or an open transaction: repositories take either, and the caller owns the transaction. */
export type Db = Kysely<Database> | Transaction<Database>;

export interface Store {
  readonly dialect: StoreDialect;
  readonly db: Kysely<Database>;
  /** Runs `work` in one transaction: it lands whole or leaves nothing. */
  transaction<T>(work: (trx: Transaction<Database>) => Promise<T>): Promise<T>;
  /** Runs a read, mapping driver failures to Maillon's errors. */
  read<T>(work: (db: Kysely<Database>) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/**
 * Opens Maillon's database at a file path or postgres:// URL, creating or upgrading its
 * schema. A database that is someone else's, or that a newer Maillon wrote, is refused
 * before anything is written.
 */
export async function openStore(location: string): Promise<Store> {
  // Each driver is loaded only when used: the CLI starts faster on SQLite without pg.
  const dialect = isPostgresUrl(location)
    ? (await import('./dialects/postgres.js')).openPostgres(location)
    : (await import('./dialects/sqlite.js')).openSqlite(location);
  const db = dialect.kysely;
  const store: Store = {
    dialect,
    db,
    async transaction(work) {
      try {
        return await db.transaction().execute(work);
      } catch (error) {
        throw dialect.mapError(error);
      }
    },
    async read(work) {
      try {
        return await work(db);
      } catch (error) {
        throw dialect.mapError(error);
      }
    },
    close: () => dialect.close(),
  };
  try {
    await upgrade(store);
  } catch (error) {
    await dialect.close().catch(() => undefined);
    throw dialect.mapError(error);
  }
  return store;
}

async function upgrade(store: Store): Promise<void> {
  const { dialect, db } = store;
  const tables = await dialect.listTables(db);
  let version = 0;
  if (tables.includes('maillon_meta')) {
    const rows = await db.selectFrom('maillon_meta').select(['key', 'value']).execute();
    const meta = new Map(rows.map((r) => [r.key, r.value]));
    if (meta.get('app') !== 'maillon') throw new MaillonError('db.not_maillon', { location: dialect.location });
    version = Number(meta.get('schema_version'));
    if (!Number.isInteger(version)) throw new MaillonError('db.not_maillon', { location: dialect.location });
    if (version > SCHEMA_VERSION) throw new MaillonError('db.too_new', { location: dialect.location, version, supported: SCHEMA_VERSION });
  } else if (tables.length > 0) {
    throw new MaillonError('db.not_maillon', { location: dialect.location });
  }
  if (version === SCHEMA_VERSION) return;
  if (version === 0) await dialect.prepare(db);
  await store.transaction(async (trx) => {
    if (version === 0) await createMeta(trx);
    for (const migration of MIGRATIONS) {
      if (migration.version > version) await migration.up(trx, dialect);
    }
    await setVersion(trx, SCHEMA_VERSION);
  });
}
