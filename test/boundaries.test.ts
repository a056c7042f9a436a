import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

// The project's own config, without type information: the boundary rule does not need it,
// and a virtual file must not depend on the TypeScript program of the whole tree.
const eslint = new ESLint({ overrideConfig: [{ files: ['**/*.ts'], ...tseslint.configs.disableTypeChecked }] });

async function importErrors(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: file });
  const messages = result?.messages ?? [];
  // A fatal parse error would hide every rule: fail loudly instead of reporting "no error".
  expect(messages.filter((m) => m.fatal)).toEqual([]);
  return messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layer boundaries', () => {
  it('fails lint when core imports storage', async () => {
    expect(await importErrors('src/core/health.ts', "import { openStore } from '../storage/store.js';\nexport const x = openStore;\n")).toHaveLength(1);
  });
  it('fails lint when core does I/O', async () => {
    expect(await importErrors('src/core/health.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n")).toHaveLength(1);
  });
  it('fails lint when the CLI reaches into storage', async () => {
    expect(await importErrors('src/cli/main.ts', "import { openStore } from '../storage/store.js';\nexport const x = openStore;\n")).toHaveLength(1);
  });
  it('fails lint when storage names a driver outside dialects/', async () => {
    expect(await importErrors('src/storage/store.ts', "import pg from 'pg';\nexport const x = pg;\n")).toHaveLength(1);
  });
  it('lets app import storage, and dialects name their driver', async () => {
    expect(await importErrors('src/app/context.ts', "import { openStore } from '../storage/store.js';\nexport const x = openStore;\n")).toEqual([]);
    expect(await importErrors('src/storage/dialects/postgres.ts', "import pg from 'pg';\nexport const x = pg;\n")).toEqual([]);
  });
});
