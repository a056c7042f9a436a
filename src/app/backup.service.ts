import { isMaillonError, MaillonError } from '../core/errors.js';
import { BACKUP_FORMAT, BACKUP_VERSION, readBackup, writeBackup } from '../formats/backup.js';
import { dumpTables, isEmpty, loadTables } from '../storage/backup.repository.js';
import type { AppContext } from './context.js';
import { readText, writeTextAtomically } from './files.js';

/** Writes a full, lossless backup; returns how many rows of each table it holds. */
export async function exportJson(ctx: AppContext, file: string): Promise<Record<string, number>> {
  const tables = await ctx.store.read((db) => dumpTables(db));
  await writeTextAtomically(file, writeBackup({ format: BACKUP_FORMAT, version: BACKUP_VERSION, tables }));
  return counts(tables);
}

/** Restores a backup into an empty database, in one transaction: all of it, or nothing. */
export async function importJson(ctx: AppContext, file: string): Promise<Record<string, number>> {
  const backup = readBackup(await readText(file), file);
  try {
    await ctx.store.transaction(async (trx) => {
      if (!(await isEmpty(trx))) throw new MaillonError('db.not_empty', { location: ctx.store.dialect.location });
      await loadTables(trx, backup.tables, file);
    });
  } catch (error) {
    if (isMaillonError(error)) throw error;
    // The database refused a row (a reference to a missing record, a duplicate id): the file is at fault.
    throw new MaillonError('backup.bad_file', { file, reason: 'integrity', detail: error instanceof Error ? error.message : String(error) }, { cause: error });
  }
  return counts(backup.tables);
}

function counts(tables: Record<string, unknown[]>): Record<string, number> {
  return Object.fromEntries(Object.entries(tables).map(([k, v]) => [k, v.length]));
}
