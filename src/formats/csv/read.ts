/**
 * CSV contact files in, contacts out: LinkedIn's Connections.csv, Google Contacts, Outlook
 * and Thunderbird exports, or any file with a header. The file streams through row by row,
 * so memory stays flat whatever its size.
 */
import { MaillonError } from '../../core/errors.js';
import type { ByteSource, ReadItem } from '../../core/incoming.js';
import { decodeText, detectEncoding } from '../decode.js';
import { detectLayout, HEAD_CHARS, isLayout, type Layout } from './detect.js';
import { CSV_FIELDS } from './fields.js';
import { checkMap } from './map.js';
import { CsvTokenizer, type CsvRecord } from './parse.js';
import { CSV_FORMATS, type CsvFormat } from './plan.js';
import { flat, rowReader, type RowReader } from './row.js';

export { CSV_FIELDS } from './fields.js';
export { parseMap } from './map.js';
export type { CsvFormat } from './plan.js';

export interface CsvReadOptions {
  /** The name messages and rejections use. */
  file: string;
  /** Read the file as this format; detected from the header when absent. */
  format?: CsvFormat;
  /** Column header -> field (one of CSV_FIELDS); wins over what the format makes of the column. */
  map?: Readonly<Record<string, string>>;
}

/**
 * Reads every row: a contact, or a rejection naming file, row (1 = first row after the
 * header) and line (where the row starts, counting preamble and newlines inside quotes).
 * Blank rows are skipped. Throws only for the file as a whole: import.no_header when no row
 * names columns it can read people from, import.bad_map when a --map column is not in the
 * header, import.unknown_format. A file with nothing but blank lines gives nothing.
 */
export async function* readCsv(source: ByteSource, options: CsvReadOptions): AsyncIterable<ReadItem> {
  for await (const run of readCsvRuns(source, options)) yield* run;
}

/**
 * `readCsv`, handing items out in runs (those of a slice of text) rather than one by one: an
 * async step per item costs more than reading it (30,000 rows, ~1 KB of promises each).
 */
export async function* readCsvRuns(source: ByteSource, options: CsvReadOptions): AsyncIterable<ReadItem[]> {
  if (options.format !== undefined && !CSV_FORMATS.includes(options.format)) {
    throw new MaillonError('import.unknown_format', { value: options.format, allowed: CSV_FORMATS.join(', ') });
  }
  if (options.map) checkMap(options.map);
  const { file } = options;
  const opened = await open(source);
  try {
    const found = detectLayout(opened.head, opened.complete, options.format, options.map);
    if (!isLayout(found)) {
      if (found.header.length === 0) return;
      const [unmatched] = Object.keys(options.map ?? {});
      if (unmatched !== undefined) throw missingColumn(unmatched, file, found.header);
      throw new MaillonError('import.no_header', { file, header: preview(found.header), fields: CSV_FIELDS.join(', ') });
    }
    const [missing] = found.plan.missing;
    if (missing !== undefined) throw missingColumn(missing, file, found.header);
    const rows = new Rows(found, file);
    for (let text: string | undefined = opened.head; text !== undefined; text = await nextText(opened.rest)) {
      // Slices keep few rows alive at once: a 1 MB chunk read whole would hold ~10,000 rows
      // while they are handed out, long enough for the garbage collector to copy them all.
      for (let i = 0; i < text.length; i += SLICE_CHARS) yield rows.push(text.slice(i, i + SLICE_CHARS));
    }
    yield rows.end();
  } finally {
    await opened.rest.return?.();
  }
}

/** What the reader would make of a file, without reading it all: for --dry-run and messages. */
export async function inspectCsv(
  source: ByteSource,
  _file: string,
): Promise<{ format: CsvFormat | null; delimiter: string; header: string[]; encoding: string }> {
  const opened = await open(source);
  try {
    const found = detectLayout(opened.head, opened.complete);
    const format = isLayout(found) ? found.plan.format : null;
    return { format, delimiter: found.delimiter, header: found.header, encoding: opened.encoding };
  } finally {
    await opened.rest.return?.();
  }
}

const SLICE_CHARS = 1 << 14;

async function nextText(rest: AsyncIterator<string>): Promise<string | undefined> {
  const next = await rest.next();
  return next.done ? undefined : next.value;
}

interface Opened {
  encoding: string;
  /** The first HEAD_CHARS characters or more, and whether they are the whole text. */
  head: string;
  complete: boolean;
  rest: AsyncIterator<string>;
}

async function open(source: ByteSource): Promise<Opened> {
  const detected = await detectEncoding(source);
  const rest = decodeText(source, detected)[Symbol.asyncIterator]();
  let head = '';
  let complete = false;
  while (head.length < HEAD_CHARS) {
    const next = await rest.next();
    if (next.done) {
      complete = true;
      break;
    }
    head += next.value;
  }
  return { encoding: detected.encoding, head, complete, rest };
}

/** Turns text into items, numbering records as it goes. */
class Rows {
  private readonly tokenizer: CsvTokenizer;
  private readonly records: CsvRecord[] = [];
  private readonly read: RowReader;
  private index = 0;

  constructor(private readonly layout: Layout, private readonly file: string) {
    this.tokenizer = new CsvTokenizer(layout.delimiter);
    this.read = rowReader(layout.plan);
  }

  push(text: string): ReadItem[] {
    this.tokenizer.push(text, this.records);
    return this.drain();
  }

  end(): ReadItem[] {
    this.tokenizer.end(this.records);
    return this.drain();
  }

  private drain(): ReadItem[] {
    const items: ReadItem[] = [];
    const { headerIndex } = this.layout;
    for (const record of this.records) {
      const index = this.index++;
      if (index <= headerIndex) continue;
      const at = { file: this.file, row: index - headerIndex, line: record.line };
      if (record.broken) {
        items.push({ kind: 'rejected', rejection: { at, code: `csv.${record.broken}`, data: {} } });
        continue;
      }
      const item = this.read(record.cells, at);
      if (item) items.push(item);
    }
    this.records.length = 0;
    return items;
  }
}

function missingColumn(column: string, file: string, header: readonly string[]): MaillonError {
  return new MaillonError('import.bad_map', { reason: 'column', value: column, file, header: preview(header), fields: CSV_FIELDS.join(', ') });
}

/** The first header cells, quoted, for a message. */
function preview(header: readonly string[]): string {
  const cells = header.slice(0, 8).map((c) => {
    const t = flat(c);
    return `"${t.length > 40 ? `${t.slice(0, 39)}…` : t}"`;
  });
  return cells.join(', ') + (header.length > 8 ? `, … (${String(header.length)} columns)` : '');
}
