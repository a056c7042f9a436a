import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { isMaillonError } from '../src/core/errors.js';
import { connectionsFromZip, isZip } from '../src/formats/zip.js';
import { wordsFor } from '../src/i18n/i18n.js';

// LinkedIn mails its export as a zip: Connections.csv may sit in a folder, in any case,
// beside other CSVs and macOS shadow files.

const csv = new TextEncoder().encode('First Name,Last Name\nAda,Lovelace\n');
const other = new TextEncoder().encode('x');

async function error(run: () => Promise<unknown>): Promise<{ code: string; data: Record<string, unknown> }> {
  try {
    await run();
  } catch (e) {
    if (isMaillonError(e)) return { code: e.code, data: { ...e.data } };
    throw e;
  }
  throw new Error('expected a MaillonError');
}

describe('connectionsFromZip', () => {
  it('finds Connections.csv in a folder, in any case, past macOS shadow files', async () => {
    const zip = zipSync({
      '__MACOSX/Export/._Connections.csv': other,
      'Basic_LinkedInDataExport_11-27-2026/Profile.csv': other,
      'Basic_LinkedInDataExport_11-27-2026/CONNECTIONS.CSV': csv,
    });
    expect(isZip(zip)).toBe(true);
    expect(await connectionsFromZip(zip, 'export.zip')).toEqual(csv);
  });

  it('takes the one CSV of a zip that holds no Connections.csv', async () => {
    expect(await connectionsFromZip(zipSync({ 'contacts/google.csv': csv, 'readme.txt': other }), 'c.zip')).toEqual(csv);
  });

  it('says what the zip holds when no CSV can be chosen', async () => {
    const e = await error(() => connectionsFromZip(zipSync({ 'Profile.csv': other, 'Messages.csv': other, 'notes.txt': other }), 'export.zip'));
    expect(e).toEqual({ code: 'import.no_csv_in_zip', data: { file: 'export.zip', entries: 'Profile.csv, Messages.csv, notes.txt', count: 3 } });
    expect(wordsFor('en').error(e.code, e.data)).toContain('Profile.csv, Messages.csv, notes.txt');
    expect(wordsFor('fr').error(e.code, e.data)).toContain('Connections.csv');
  });

  it('refuses a damaged zip', async () => {
    const zip = zipSync({ 'Connections.csv': csv });
    const e = await error(() => connectionsFromZip(zip.subarray(0, zip.length - 30), 'broken.zip'));
    expect(e.code).toBe('import.bad_zip');
    expect(wordsFor('en').error(e.code, e.data)).toContain('broken.zip');
  });

  it('tells a zip from a CSV by its first bytes', () => {
    expect(isZip(zipSync({}))).toBe(true);
    expect(isZip(new TextEncoder().encode('PK,name\n'))).toBe(false);
    expect(isZip(new Uint8Array())).toBe(false);
  });
});
