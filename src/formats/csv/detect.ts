/**
 * Finds, from the head of a file, its delimiter and its header row: the first record, after
 * any preamble (LinkedIn's "Notes:" lines), that names columns Maillon can read people from.
 */
import { CsvTokenizer, type CsvRecord } from './parse.js';
import { detectPlan, type CsvFormat, type Plan } from './plan.js';

/** How much text the search reads, and how many records deep the header may sit. */
export const HEAD_CHARS = 1 << 16;
const HEADER_DEPTH = 25;
const DELIMITERS = [',', ';', '\t'] as const;

export interface Layout {
  delimiter: string;
  /** Index of the header among the file's records (blank lines count). */
  headerIndex: number;
  header: string[];
  plan: Plan;
}

export interface NoLayout {
  delimiter: string;
  /** The cells most likely meant as a header, to show the user. */
  header: string[];
}

/** `head` is the start of the text; `complete` says whether it is the whole file. */
export function detectLayout(head: string, complete: boolean, format?: CsvFormat, map?: Readonly<Record<string, string>>): Layout | NoLayout {
  const text = head.length > HEAD_CHARS ? head.slice(0, HEAD_CHARS) : head;
  const whole = complete && text.length === head.length;
  let best: { layout: Layout; score: number } | undefined;
  for (const delimiter of DELIMITERS) {
    const records = firstRecords(text, whole, delimiter);
    const found = findHeader(records, format, map);
    if (!found) continue;
    const score = found.plan.columns.length;
    if (!best || score > best.score) best = { layout: { delimiter, ...found }, score };
  }
  return best?.layout ?? guess(text, whole);
}

export function isLayout(found: Layout | NoLayout): found is Layout {
  return 'plan' in found;
}

function firstRecords(text: string, whole: boolean, delimiter: string): CsvRecord[] {
  const tokenizer = new CsvTokenizer(delimiter);
  const records: CsvRecord[] = [];
  for (let i = 0; i < text.length && records.length < HEADER_DEPTH; i += 4096) tokenizer.push(text.slice(i, i + 4096), records);
  // A record cut by the end of the head is not a record yet.
  if (whole && records.length < HEADER_DEPTH) tokenizer.end(records);
  return records.slice(0, HEADER_DEPTH);
}

function findHeader(records: CsvRecord[], format?: CsvFormat, map?: Readonly<Record<string, string>>): Omit<Layout, 'delimiter'> | undefined {
  for (const [index, record] of records.entries()) {
    if (record.broken || record.cells.every((c) => c.trim() === '')) continue;
    const plan = detectPlan(record.cells, format, map);
    if (plan.usable) return { headerIndex: index, header: record.cells, plan };
  }
  return undefined;
}

/** No header found: the widest of the first rows, under the delimiter that splits it most. */
function guess(text: string, whole: boolean): NoLayout {
  let best: NoLayout = { delimiter: ',', header: [] };
  for (const delimiter of DELIMITERS) {
    for (const record of firstRecords(text, whole, delimiter)) {
      if (record.broken || record.cells.every((c) => c.trim() === '')) continue;
      if (record.cells.length > best.header.length) best = { delimiter, header: record.cells };
      if (record.cells.length > 1) break;
    }
  }
  return best;
}
