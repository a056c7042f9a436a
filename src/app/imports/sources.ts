import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { MaillonError } from '../../core/errors.js';
import type { ByteSource, ReadItem } from '../../core/incoming.js';
import { inspectCsv, readCsvRuns, type CsvFormat } from '../../formats/csv/read.js';
import { bytesSource } from '../../formats/decode.js';
import { readVcards } from '../../formats/vcard/read.js';
import { connectionsFromZip, isZip } from '../../formats/zip.js';
import { readBytes } from '../files.js';

export type ImportKind = 'linkedin' | 'vcard' | 'csv';
export const IMPORT_KINDS: readonly ImportKind[] = ['linkedin', 'vcard', 'csv'];

export interface ReadRequest {
  kind: ImportKind;
  format?: CsvFormat;
  map?: Readonly<Record<string, string>>;
  keepPhotos: boolean;
}

/** One file opened for reading, with what progress needs. */
export interface OpenedFile {
  /** The name messages use: the path given, or "export.zip (Connections.csv)". */
  name: string;
  size: number;
  source: ByteSource;
  /** The CSV dialect found, for LinkedIn's job changes and the summary; null for vCard. */
  format: CsvFormat | null;
  /** The file's items in runs: a CSV file's a slice of text at a time, a vCard file's one by one. */
  items: AsyncIterable<readonly ReadItem[]>;
}

/** Bytes read so far in the current pass over a file: readers may pass twice (encoding detection). */
export interface ByteCounter { read: number }

/**
 * Opens a file for the chosen importer: a LinkedIn zip is unpacked in memory (its CSV is
 * small), every other file is streamed, so a 200 MB export never sits whole in memory.
 */
export async function openImport(file: string, request: ReadRequest, counter: ByteCounter): Promise<OpenedFile> {
  const size = await fileSize(file);
  let name = file;
  let source = streamed(file, counter);
  if (request.kind !== 'vcard' && isZip(await head(file))) {
    const bytes = await connectionsFromZip(await readBytes(file), file);
    name = `${file} (Connections.csv)`;
    source = counted(bytesSource(bytes), counter, bytes.length / Math.max(1, size));
  }
  if (request.kind === 'vcard') {
    return { name, size, source, format: null, items: oneByOne(readVcards(source, { file: name, keepPhotos: request.keepPhotos })) };
  }
  const format = request.kind === 'linkedin' ? 'linkedin' : request.format ?? (await inspectCsv(source, name)).format ?? undefined;
  const items = readCsvRuns(source, { file: name, ...(format ? { format } : {}), ...(request.map ? { map: request.map } : {}) });
  return { name, size, source, format: format ?? null, items };
}

async function* oneByOne(items: AsyncIterable<ReadItem>): AsyncIterable<readonly ReadItem[]> {
  for await (const item of items) yield [item];
}

async function fileSize(file: string): Promise<number> {
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
    return info.size;
  } catch (error) {
    throw new MaillonError('file.unreadable', { file, reason: (error as NodeJS.ErrnoException).code ?? String(error) }, { cause: error });
  }
}

async function head(file: string): Promise<Uint8Array> {
  const handle = await open(file, 'r');
  try {
    const buffer = new Uint8Array(4);
    const { bytesRead } = await handle.read(buffer, 0, 4, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

function streamed(file: string, counter: ByteCounter): ByteSource {
  return async function* () {
    counter.read = 0;
    for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
      counter.read += (chunk as Buffer).length;
      yield chunk as Buffer;
    }
  };
}

/** Counts a source's bytes in units of the file on disk (a zip's CSV is larger than the zip). */
function counted(source: ByteSource, counter: ByteCounter, ratio: number): ByteSource {
  return async function* () {
    counter.read = 0;
    for await (const chunk of source()) {
      counter.read += chunk.length / ratio;
      yield chunk;
    }
  };
}
