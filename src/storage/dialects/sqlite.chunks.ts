/**
 * A second, read-only connection to a SQLite file, on its own thread, so that the database
 * reads while JavaScript parses. Building the network reads a million positions and ties;
 * here their chunks are read while the main thread parses the ones already read, and SQLite's
 * share of the build overlaps the rest.
 *
 * This module is also the thread's code: the thread starts from this module's own URL and
 * serves when it finds its marker in workerData. That holds from source (through tsx) and in
 * dist/, whichever chunk esbuild put the module in.
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import BetterSqlite3 from 'better-sqlite3';
import type { ChunkedRead, ChunkSource } from '../network.packed.js';

const MARKER = 'maillon-sqlite-chunks';

/** Rowids per chunk: rows of a few hundred kilobytes, and few enough queries that their cost is small. */
const CHUNK = 4096;
/** Chunks read ahead of the parsing, at most: a few megabytes, however big the tables. */
const AHEAD = 32;

type Reply = { read: number; chunk: Uint8Array } | { done: true } | { error: string };

/**
 * Reads tables in chunks on another thread, all within one read transaction, so they agree
 * with each other. Each table's chunks come in rowid order; the tables are read one after
 * the other, in the order given.
 */
export class ChunkThread implements ChunkSource {
  private readonly worker: Worker;
  /** Chunks the main thread has room for, shared: the reading thread waits on it. */
  private readonly credits = new Int32Array(new SharedArrayBuffer(4));
  private readonly queues: Buffer[][];
  private finished = false;
  private failure: Error | null = null;
  private wake: (() => void) | null = null;

  constructor(path: string, reads: readonly ChunkedRead[]) {
    this.queues = reads.map(() => []);
    this.credits[0] = AHEAD;
    this.worker = startThread({ marker: MARKER, path, reads, credits: this.credits });
    this.worker.on('message', (m: Reply) => {
      if ('chunk' in m) this.queues[m.read]?.push(Buffer.from(m.chunk.buffer, m.chunk.byteOffset, m.chunk.byteLength));
      else if ('done' in m) this.finished = true;
      else this.failure = new Error(m.error);
      this.notify();
    });
    this.worker.on('error', (error) => {
      this.failure = error;
      this.notify();
    });
    this.worker.on('exit', () => {
      this.failure ??= this.finished ? null : new Error('the thread reading SQLite stopped');
      this.notify();
    });
  }

  /** The chunks of read `i`, as they come. Reads must be taken in order, each to its end. */
  async *chunks(i: number): AsyncGenerator<Buffer> {
    const queue = this.queues[i] ?? [];
    for (;;) {
      const chunk = queue.shift();
      if (chunk) {
        Atomics.add(this.credits, 0, 1);
        Atomics.notify(this.credits, 0);
        yield chunk;
        continue;
      }
      if (this.failure) throw this.failure;
      // Done, and every chunk of this read has come: later reads' chunks come after it.
      if (this.finished || this.queues.slice(i + 1).some((q) => q.length > 0)) return;
      await new Promise<void>((resolve) => { this.wake = resolve; });
    }
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }

  /** Stops the thread, whether it has finished or not. */
  async close(): Promise<void> {
    await this.worker.terminate();
  }
}

/** Starts a thread on this module. From source, it is loaded through tsx, as this thread loaded it. */
function startThread(data: object): Worker {
  const url = import.meta.url;
  if (!url.endsWith('.ts')) return new Worker(new URL(url), { workerData: data });
  // tsx registers its hooks per thread: the thread imports tsx's ESM entry before this module.
  const tsx = import.meta.resolve('tsx/esm/api');
  return new Worker(`import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(url)}); });`, { eval: true, workerData: data });
}

/** The thread's side: reads every table in chunks, posting each as it is read. */
function serve(data: { path: string; reads: ChunkedRead[]; credits: Int32Array }): void {
  const port = parentPort;
  if (!port) return;
  const db = new BetterSqlite3(data.path, { readonly: true, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    db.exec('begin');
    data.reads.forEach((read, i) => {
      eachChunk(db, read, (chunk) => {
        waitForCredit(data.credits);
        // The bytes are handed over, not copied, when they own their memory.
        const owned = chunk.byteOffset === 0 && chunk.byteLength === chunk.buffer.byteLength;
        const sent = owned ? chunk : Uint8Array.from(chunk);
        port.postMessage({ read: i, chunk: sent } satisfies Reply, [sent.buffer as ArrayBuffer]);
      });
    });
    db.exec('commit');
    port.postMessage({ done: true } satisfies Reply);
  } catch (error) {
    port.postMessage({ error: error instanceof Error ? error.message : String(error) } satisfies Reply);
  } finally {
    db.close();
  }
}

/** Reads one table in chunks of rowids (or whole, when asked); a gap in the rowids (deleted rows) is crossed in one step. */
function eachChunk(db: BetterSqlite3.Database, read: ChunkedRead, visit: (chunk: Buffer) => void): void {
  if (read.whole) {
    const all = db.prepare(read.chunk).pluck().get() as Buffer | null;
    if (all !== null) visit(all);
    return;
  }
  const table = `"${read.table.replaceAll('"', '""')}"`;
  const bounds = db.prepare(`select (select min(rowid) from ${table}) as first, (select max(rowid) from ${table}) as last`).get() as { first: number | null; last: number | null };
  if (bounds.first === null || bounds.last === null) return;
  const chunk = db.prepare(read.chunk).pluck();
  const next = db.prepare(`select min(rowid) from ${table} where rowid > ?`).pluck();
  const last = bounds.last;
  for (let after = bounds.first - 1; after < last;) {
    const to = Math.min(last, after + CHUNK);
    const x = chunk.get(after, to) as Buffer | null;
    if (x !== null) visit(x);
    after = x !== null ? to : ((next.get(to) as number | null) ?? last + 1) - 1;
  }
}

/** Waits until the main thread has room for another chunk, then takes it. */
function waitForCredit(credits: Int32Array): void {
  for (let c = Atomics.load(credits, 0); c <= 0; c = Atomics.load(credits, 0)) Atomics.wait(credits, 0, c, 100);
  Atomics.sub(credits, 0, 1);
}

const data = workerData as { marker?: string } | null;
if (!isMainThread && data?.marker === MARKER) serve(workerData as Parameters<typeof serve>[0]);
