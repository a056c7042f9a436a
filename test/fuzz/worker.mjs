// Runs one fuzz case at a time through the built CLI (dist/main.js), in a worker the runner
// can terminate when a case hangs. It reports the exit, the output, and the database's row
// counts before and after, so the runner can check that a refused file wrote nothing.
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';

const { main } = await import(workerData.dist);
const TABLES = ['person', 'person_email', 'person_phone', 'person_label', 'position', 'organization', 'prompt', 'milestone', 'person_photo'];

function counts(db) {
  if (!existsSync(db)) return null;
  const conn = new Database(db, { readonly: true });
  try {
    return Object.fromEntries(TABLES.map((t) => [t, conn.prepare(`select count(*) as n from ${t}`).get().n]));
  } finally {
    conn.close();
  }
}

parentPort.on('message', async ({ id, args, db }) => {
  const before = counts(db);
  const out = [];
  const err = [];
  let code;
  try {
    code = await main(args, { MAILLON_DB: db, MAILLON_TODAY: '2026-03-02', LANG: 'en_US.UTF-8', HOME: tmpdir() }, { out: (l) => out.push(l), err: (l) => err.push(l), isTTY: false });
  } catch (error) {
    code = -1;
    err.push(`thrown past the CLI: ${error instanceof Error ? error.stack : String(error)}`);
  }
  parentPort.postMessage({ id, code, out: out.join('\n'), err: err.join('\n'), before, after: counts(db) });
});
