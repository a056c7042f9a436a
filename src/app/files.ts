import { readFile, rename, writeFile } from 'node:fs/promises';
import { MaillonError } from '../core/errors.js';

/** Reads a whole file, or says which file could not be read and why. */
export async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new MaillonError('file.unreadable', { file, reason: (error as NodeJS.ErrnoException).code ?? String(error) }, { cause: error });
  }
}

/** Reads a whole binary file (a zip), or says which file could not be read and why. */
export async function readBytes(file: string): Promise<Uint8Array> {
  try {
    return await readFile(file);
  } catch (error) {
    throw new MaillonError('file.unreadable', { file, reason: (error as NodeJS.ErrnoException).code ?? String(error) }, { cause: error });
  }
}

/** Writes beside the target, then renames: a crash never leaves half a file where a good one was. */
export async function writeTextAtomically(file: string, content: string): Promise<void> {
  const temp = `${file}.${String(process.pid)}.tmp`;
  try {
    await writeFile(temp, content, 'utf8');
    await rename(temp, file);
  } catch (error) {
    throw new MaillonError('file.unwritable', { file, reason: (error as NodeJS.ErrnoException).code ?? String(error) }, { cause: error });
  }
}
