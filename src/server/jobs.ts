import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebStream } from 'node:stream/web';
import { randomBytes } from 'node:crypto';
import type { AppContext } from '../app/context.js';
import { importContacts, type ImportRequest, type ImportSummary } from '../app/imports.service.js';
import { isMaillonError } from '../core/errors.js';
import { ServerError } from './errors.js';

// An upload bigger than this is refused: a phone's vCard export with photos reaches 200 MB.
export const MAX_UPLOAD_MB = 512;
// Finished jobs are kept for polling; past this many, the oldest finished ones are forgotten.
const KEEP_FINISHED = 50;

export interface ImportJob {
  id: string;
  /** The name the user's file had: messages name it, not the temporary copy. */
  name: string;
  state: 'running' | 'done' | 'failed';
  /** Percent of the file read so far, and contacts seen. */
  progress: { done: number; total: number; contacts: number };
  summary?: ImportSummary;
  error?: { code: string; data: Record<string, unknown> };
  /** The temporary copy, for messages to be rewritten with the user's name. */
  path: string;
}

/** A file name safe to create in a temporary folder: no folders, no leading dots. */
function safeName(name: string | undefined): string {
  const base = basename(name ?? '').replace(/[^\p{L}\p{N}._ -]+/gu, '_').replace(/^\.+/, '').slice(0, 120);
  return base || 'upload';
}

/** Copies a request body to a temporary file, counting bytes so that an oversized upload stops early. */
export async function saveUpload(body: WebStream<Uint8Array> | null, name: string | undefined): Promise<{ path: string; dir: string; name: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'maillon-upload-'));
  const file = safeName(name);
  const path = join(dir, file);
  let bytes = 0;
  const limit = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      if (bytes > MAX_UPLOAD_MB * 1024 * 1024) done(new ServerError('request.too_large', { megabytes: MAX_UPLOAD_MB }));
      else done(null, chunk);
    },
  });
  try {
    await pipeline(body ? Readable.fromWeb(body) : Readable.from([]), limit, createWriteStream(path));
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  return { path, dir, name: file };
}

/** Imports running in this process, polled by the UI. They live as long as the server. */
export class ImportJobs {
  private readonly jobs = new Map<string, ImportJob>();
  private readonly running = new Set<Promise<void>>();

  /** `finished` runs when an import ends: what it wrote invalidates cached pages. */
  constructor(private readonly finished: () => void) {}

  start(ctx: AppContext, request: Omit<ImportRequest, 'files'>, upload: { path: string; dir: string; name: string }): ImportJob {
    const job: ImportJob = { id: randomBytes(9).toString('base64url'), name: upload.name, state: 'running', progress: { done: 0, total: 100, contacts: 0 }, path: upload.path };
    this.jobs.set(job.id, job);
    const work = importContacts(ctx, { ...request, files: [upload.path] }, (p) => {
      job.progress = { done: Math.round(p.fraction * 100), total: 100, contacts: p.contacts };
    }).then((summary) => {
      job.summary = summary;
      job.progress = { ...job.progress, done: 100 };
      job.state = 'done';
    }, (error: unknown) => {
      job.state = 'failed';
      job.error = isMaillonError(error) ? { code: error.code, data: { ...error.data } } : { code: 'unexpected', data: { message: error instanceof Error ? error.name : 'error' } };
      if (!isMaillonError(error)) process.stderr.write(`${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    }).finally(async () => {
      this.finished();
      await rm(upload.dir, { recursive: true, force: true });
      this.running.delete(work);
      this.forgetOld();
    });
    this.running.add(work);
    return job;
  }

  get(id: string): ImportJob {
    const job = this.jobs.get(id);
    if (!job) throw new ServerError('job.not_found', { id });
    return job;
  }

  /** Waits for running imports, so that closing the server never cuts one in half. */
  async settle(): Promise<void> {
    await Promise.all([...this.running]);
  }

  private forgetOld(): void {
    const finished = [...this.jobs.values()].filter((j) => j.state !== 'running');
    for (const job of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) this.jobs.delete(job.id);
  }
}
