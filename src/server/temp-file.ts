import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The export services write files, as the CLI wants; the server runs them into a temporary
 * file and answers with its bytes.
 */
export async function throughTempFile(name: string, write: (file: string) => Promise<unknown>): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), 'maillon-export-'));
  try {
    const file = join(dir, name);
    await write(file);
    return await readFile(file);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
