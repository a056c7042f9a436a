import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import pg from 'pg';
import { tempDir } from './cli.js';

/** PostgreSQL for tests: MAILLON_TEST_PG names the server. In CI it must be set; elsewhere its absence skips. */
export const PG_URL = process.env.MAILLON_TEST_PG?.trim() ?? '';

if (!PG_URL && process.env.CI === 'true') {
  throw new Error('CI=true but MAILLON_TEST_PG is not set: the PostgreSQL half of the storage contract would be skipped.');
}

export interface TestDatabase {
  name: 'sqlite' | 'postgres';
  /** Creates an empty, isolated database and returns its --db location. */
  create(): Promise<string>;
  cleanup(): Promise<void>;
}

export function sqliteDatabases(): TestDatabase {
  const { dir, cleanup } = tempDir();
  let n = 0;
  return {
    name: 'sqlite',
    create: () => Promise.resolve(join(dir, `db${String(n++)}.db`)),
    cleanup: () => {
      cleanup();
      return Promise.resolve();
    },
  };
}

/** Each database is a fresh schema of the test server, dropped at the end. */
export function postgresDatabases(): TestDatabase {
  const schemas: string[] = [];
  return {
    name: 'postgres',
    async create() {
      const schema = `maillon_test_${randomBytes(6).toString('hex')}`;
      const client = new pg.Client({ connectionString: PG_URL });
      await client.connect();
      await client.query(`create schema ${schema}`);
      await client.end();
      schemas.push(schema);
      const url = new URL(PG_URL);
      url.searchParams.set('schema', schema);
      return url.toString();
    },
    async cleanup() {
      if (schemas.length === 0) return;
      const client = new pg.Client({ connectionString: PG_URL });
      await client.connect();
      for (const s of schemas) await client.query(`drop schema if exists ${s} cascade`);
      await client.end();
    },
  };
}

/** The databases a contract suite runs on here: SQLite always, PostgreSQL when it is configured. */
export function contractDatabases(): TestDatabase[] {
  if (!PG_URL) {
    process.stderr.write('PostgreSQL tests skipped: set MAILLON_TEST_PG=postgres://... to run them.\n');
    return [sqliteDatabases()];
  }
  return [sqliteDatabases(), postgresDatabases()];
}
