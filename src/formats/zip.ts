/** LinkedIn mails its export as a zip; the contacts are in Connections.csv inside it. */
import type { UnzipFileInfo } from 'fflate';
import { MaillonError } from '../core/errors.js';

/** Connections.csv is a few MB even at LinkedIn's 30,000-connection cap; more is not an export. */
const MAX_CSV_BYTES = 256 * 1024 * 1024;

/** A zip starts with a local file header, or, when empty, with the end-of-directory record. */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6));
}

/**
 * The bytes of the zip's Connections.csv, in any folder and any case. A zip holding one CSV
 * under another name gives that one (a user who zipped their own export). macOS's
 * `__MACOSX/._Connections.csv` shadow files are not CSV. Throws import.no_csv_in_zip, listing
 * what the zip holds, or import.bad_zip when it cannot be read.
 */
export async function connectionsFromZip(bytes: Uint8Array, file: string): Promise<Uint8Array> {
  // Loaded for a zip only: a CSV import, and every other command, starts without it.
  const { unzipSync } = await import('fflate');
  const entries: UnzipFileInfo[] = [];
  try {
    unzipSync(bytes, { filter: (info) => { entries.push(info); return false; } });
  } catch (error) {
    throw new MaillonError('import.bad_zip', { file, reason: reasonOf(error) }, { cause: error });
  }
  const files = entries.filter((e) => !e.name.endsWith('/') && !isShadow(e.name));
  const csvs = files.filter((e) => /\.csv$/i.test(e.name));
  const chosen = shallowest(csvs.filter((e) => baseName(e.name).toLowerCase() === 'connections.csv')) ?? (csvs.length === 1 ? csvs[0] : undefined);
  if (!chosen) {
    const names = files.map((e) => e.name);
    const shown = names.slice(0, 10).join(', ') + (names.length > 10 ? `, … (${String(names.length)} files)` : '');
    throw new MaillonError('import.no_csv_in_zip', { file, entries: shown, count: names.length });
  }
  if (chosen.originalSize > MAX_CSV_BYTES) {
    throw new MaillonError('import.bad_zip', { file, reason: `${chosen.name} would be ${String(Math.round(chosen.originalSize / 1048576))} MB` });
  }
  try {
    const out = unzipSync(bytes, { filter: (info) => info.name === chosen.name })[chosen.name];
    if (!out) throw new Error(`${chosen.name} could not be extracted`);
    return out;
  } catch (error) {
    throw new MaillonError('import.bad_zip', { file, reason: reasonOf(error) }, { cause: error });
  }
}

function baseName(name: string): string {
  return name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
}

function isShadow(name: string): boolean {
  return name.startsWith('__MACOSX/') || baseName(name).startsWith('._');
}

function shallowest(entries: UnzipFileInfo[]): UnzipFileInfo | undefined {
  return [...entries].sort((a, b) => a.name.split('/').length - b.name.split('/').length)[0];
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
