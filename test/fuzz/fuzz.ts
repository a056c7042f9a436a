/**
 * Mutation fuzzing of the importers: real files are truncated, have bytes flipped, are
 * spliced together and have tokens that matter to parsers (line ends, quotes, QP soft
 * breaks, BOMs, card boundaries) inserted. Each case goes through the built CLI in a worker;
 * a case that runs past its cap is a hang. Nothing may throw past the importer's error
 * reporting, and a refused file must leave the database as it was.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

export type Importer = 'vcard' | 'csv' | 'linkedin';

export interface FuzzOptions {
  importer: Importer;
  seeds: readonly Buffer[];
  cases: number;
  seed: number;
  /** A case running longer than this is a hang. */
  capMs: number;
  /** Where cases and the database are written. */
  dir: string;
}

export interface FuzzFailure { case: number; input: string; problem: string }
export interface FuzzReport { importer: Importer; cases: number; imported: number; refused: number; failures: FuzzFailure[] }

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = join(root, 'dist', 'main.js');

/** A small seeded generator (mulberry32): the same seed gives the same cases. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOKENS = [
  '\r', '\n', '\r\n', '\r\r\n', '=\r\n', '=', ';', ':', ',', '"', '""', '\\', '\\n', '\t', ' ', ' ::: ', '* ',
  'BEGIN:VCARD\r\n', 'END:VCARD\r\n', 'VERSION:2.1\r\n', ';ENCODING=QUOTED-PRINTABLE', ';CHARSET=', 'windows-1251', '=C3=A9', '=C3', '=\n',
  'item1.', 'X-ABLabel:', 'BDAY:--0415', 'BDAY:1604-02-30', 'PHOTO;ENCODING=b;TYPE=JPEG:', 'data:image/png;base64,',
  'Notes:\n', 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n', '12 Mar 2024', '1/1/00, 12:00 AM',
].map((t) => Buffer.from(t, 'latin1'));
const BOMS = [Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from([0xff, 0xfe]), Buffer.from([0xfe, 0xff])];

export function mutate(rng: () => number, seeds: readonly Buffer[]): Buffer {
  const int = (n: number) => Math.floor(rng() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)] as T;
  let b = Buffer.from(pick(seeds));
  const ops = 1 + int(3);
  for (let i = 0; i < ops; i++) {
    const at = int(b.length + 1);
    switch (int(7)) {
      case 0: b = b.subarray(0, at); break;
      case 1: {
        const out = Buffer.from(b);
        for (let k = 1 + int(8); k > 0 && out.length > 0; k--) out[int(out.length)] = int(256);
        b = out;
        break;
      }
      case 2: {
        const other = pick(seeds);
        b = Buffer.concat([b.subarray(0, at), other.subarray(int(other.length + 1))]);
        break;
      }
      case 3: b = Buffer.concat([b.subarray(0, at), pick(TOKENS), b.subarray(at)]); break;
      case 4: {
        const end = Math.min(b.length, at + int(200));
        b = Buffer.concat([b.subarray(0, end), b.subarray(at, end), b.subarray(end)]);
        break;
      }
      case 5: b = Buffer.concat([b.subarray(0, at), b.subarray(Math.min(b.length, at + int(64)))]); break;
      default: b = Buffer.concat([pick(BOMS), b]);
    }
  }
  return b;
}

const sum = (c: Record<string, number> | null) => (c ? Object.values(c).reduce((a, n) => a + n, 0) : 0);

export async function fuzz(options: FuzzOptions): Promise<FuzzReport> {
  const { importer, seeds, cases, capMs, dir } = options;
  mkdirSync(dir, { recursive: true });
  const rng = random(options.seed);
  const report: FuzzReport = { importer, cases, imported: 0, refused: 0, failures: [] };
  const db = join(dir, `${importer}.db`);
  let worker = new Worker(new URL('./worker.mjs', import.meta.url), { workerData: { dist: `file://${DIST}` } });
  try {
    for (let n = 0; n < cases; n++) {
      const input = join(dir, `${importer}-${String(n)}.${importer === 'vcard' ? 'vcf' : 'csv'}`);
      writeFileSync(input, mutate(rng, seeds));
      const fail = (problem: string) => report.failures.push({ case: n, input, problem });
      const result = await runCase(worker, n, ['import', importer, input, '--json'], db, capMs);
      if (result === 'hang') {
        fail(`still running after ${String(capMs)} ms`);
        await worker.terminate();
        worker = new Worker(new URL('./worker.mjs', import.meta.url), { workerData: { dist: `file://${DIST}` } });
        continue;
      }
      const { code, out, err, before, after } = result;
      if (code === 0) {
        report.imported++;
        try {
          const s = JSON.parse(out) as { rejections: unknown[]; rejected: number };
          if (s.rejections.length !== s.rejected) fail('the summary counts do not match its rejections');
        } catch {
          fail(`exit 0 but the output is not JSON: ${out.slice(0, 200)}`);
        }
      } else if (code === 1) {
        report.refused++;
        if (/^Unexpected error|thrown past the CLI/m.test(err)) fail(`unexpected error: ${err.slice(0, 500)}`);
        else if (err.split('\n').length !== 1) fail(`a refusal takes one line, got: ${err.slice(0, 500)}`);
        if (before && sum(after) !== sum(before)) fail('a refused import wrote to the database');
      } else fail(`exit ${String(code)}: ${err.slice(0, 500)}`);
    }
  } finally {
    await worker.terminate();
  }
  return report;
}

interface CaseResult { code: number; out: string; err: string; before: Record<string, number> | null; after: Record<string, number> | null }

function runCase(worker: Worker, id: number, args: string[], db: string, capMs: number): Promise<CaseResult | 'hang'> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      cleanup();
      resolve('hang');
    }, capMs);
    const onMessage = (m: CaseResult & { id: number }) => {
      if (m.id !== id) return;
      cleanup();
      resolve(m);
    };
    const onError = (e: Error) => {
      cleanup();
      reject(e);
    };
    const cleanup = () => {
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.postMessage({ id, args, db });
  });
}
