import type { Kysely } from 'kysely';
import type { ChunkedRead, ChunkSource } from '../network.packed.js';
import type { Database } from '../schema.js';

/**
 * Everything that differs between SQLite and PostgreSQL lives behind this interface; the
 * repositories above it never ask which database they run on.
 */
export interface StoreDialect {
  readonly name: 'sqlite' | 'postgres';
  /** Where the data is, for messages: a file path, or a URL without its password. */
  readonly location: string;
  readonly kysely: Kysely<Database>;
  /** Whether big tables can be read in chunks of their rowid (SQLite): in table order, without an index. */
  readonly rowidChunks: boolean;
  /** Another connection that reads big tables in chunks on its own thread, or null (see NetworkReads). */
  chunkThread?(reads: readonly ChunkedRead[]): ChunkSource | null;
  /** Largest number of bound values one statement may carry. */
  readonly maxParameters: number;
  /** Runs before migrations, outside any transaction: best-effort set-up such as extensions. */
  prepare(db: Kysely<Database>): Promise<void>;
  /** Creates the person_search table and whatever full-text index this database offers. */
  createSearch(db: Kysely<Database>): Promise<void>;
  /**
   * Runs `write`, inside the caller's transaction, with search indexing batched at its end where
   * the database gains by it (SQLite's FTS5); elsewhere it simply runs `write`.
   */
  bulkSearch<T>(db: Kysely<Database>, write: () => Promise<T>): Promise<T>;
  /** Ids of people matching every term (folded, each a prefix), best first. */
  search(db: Kysely<Database>, terms: readonly string[], limit: number): Promise<string[]>;
  /** Names of the tables in Maillon's schema (or file), to tell a foreign database apart. */
  listTables(db: Kysely<Database>): Promise<string[]>;
  /** Turns a driver failure into a MaillonError when it is the user's to fix (read-only, unreachable). */
  mapError(error: unknown): unknown;
  close(): Promise<void>;
}
