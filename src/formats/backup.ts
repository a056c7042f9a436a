import { MaillonError } from '../core/errors.js';

export const BACKUP_FORMAT = 'maillon-backup';
export const BACKUP_VERSION = 1;

export type BackupValue = string | number | null;
export type BackupRow = Record<string, BackupValue>;

/** A full backup: every table's rows, as stored. Nothing in it depends on when it was made. */
export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: number;
  tables: Record<string, BackupRow[]>;
}

/**
 * Writes a backup as stable JSON: tables and columns in the order given, one row per line,
 * so that two exports of the same data are byte-identical and diff well.
 */
export function writeBackup(backup: Backup): string {
  const tables = Object.entries(backup.tables).map(([name, rows]) => {
    const body = rows.map((r) => `    ${JSON.stringify(r)}`).join(',\n');
    return `  ${JSON.stringify(name)}: [${rows.length ? `\n${body}\n  ` : ''}]`;
  });
  return `{\n"format": ${JSON.stringify(backup.format)},\n"version": ${String(backup.version)},\n"tables": {\n${tables.join(',\n')}\n}\n}\n`;
}

/** Reads a backup file's text, or says where and why it is not one. */
export function readBackup(textContent: string, file: string): Backup {
  let data: unknown;
  try {
    data = JSON.parse(textContent.replace(/^\uFEFF/, ''));
  } catch (error) {
    const at = /position (\d+)/.exec(String(error))?.[1];
    const line = at === undefined ? undefined : textContent.slice(0, Number(at)).split('\n').length;
    throw new MaillonError('backup.bad_file', { file, line: line ?? '?', reason: 'json' }, { cause: error });
  }
  const bad = (reason: string, extra: Record<string, unknown> = {}) => new MaillonError('backup.bad_file', { file, reason, ...extra });
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== BACKUP_FORMAT) throw bad('format');
  const { version, tables } = data as { version?: unknown; tables?: unknown };
  if (typeof version !== 'number' || version > BACKUP_VERSION) throw bad('version', { version: String(version) });
  if (typeof tables !== 'object' || tables === null || Array.isArray(tables)) throw bad('tables');
  const out: Record<string, BackupRow[]> = {};
  for (const [name, rows] of Object.entries(tables)) {
    if (!Array.isArray(rows)) throw bad('table', { table: name });
    rows.forEach((row: unknown, index) => {
      const ok = typeof row === 'object' && row !== null && !Array.isArray(row)
        && Object.values(row).every((v) => v === null || typeof v === 'string' || typeof v === 'number');
      if (!ok) throw bad('row', { table: name, row: index + 1 });
    });
    out[name] = rows as BackupRow[];
  }
  return { format: BACKUP_FORMAT, version, tables: out };
}
