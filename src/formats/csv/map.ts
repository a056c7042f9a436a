/** The `--map "Column=field,Other=field"` option: which column feeds which field. */
import { MaillonError } from '../../core/errors.js';
import { CSV_FIELDS } from './fields.js';

const FIELDS: ReadonlySet<string> = new Set(CSV_FIELDS);
const fieldList = (): string => CSV_FIELDS.join(', ');

/**
 * Reads "Column=field,Other=field" into { Column: field }. A column name may hold spaces, and
 * commas or '=' when quoted ("Name, full"=name). Throws import.bad_map on bad syntax, an
 * unknown field, a reversed pair (name=Full Name) or a column named twice.
 */
export function parseMap(text: string): Record<string, string> {
  const map: Record<string, string> = {};
  const pairs = splitPairs(text);
  if (pairs.length === 0) throw new MaillonError('import.bad_map', { reason: 'syntax', value: text, fields: fieldList() });
  for (const pair of pairs) {
    const at = pair.quoted ? pair.text.indexOf('=', pair.quotedEnd) : pair.text.lastIndexOf('=');
    const column = unquote(pair.text.slice(0, at === -1 ? 0 : at).trim());
    const field = pair.text.slice(at + 1).trim().toLowerCase();
    if (at === -1 || column === '' || field === '') {
      throw new MaillonError('import.bad_map', { reason: 'syntax', value: pair.text.trim(), fields: fieldList() });
    }
    if (!FIELDS.has(field)) {
      const reversed = FIELDS.has(column.toLowerCase());
      throw new MaillonError('import.bad_map', reversed
        ? { reason: 'reversed', value: pair.text.trim(), column: pair.text.slice(at + 1).trim(), field: column.toLowerCase(), fields: fieldList() }
        : { reason: 'field', value: field, fields: fieldList() });
    }
    if (Object.hasOwn(map, column)) throw new MaillonError('import.bad_map', { reason: 'twice', value: column, fields: fieldList() });
    map[column] = field;
  }
  return map;
}

/** Checks a map handed in as an object (from code rather than the command line). */
export function checkMap(map: Readonly<Record<string, string>>): void {
  for (const [column, field] of Object.entries(map)) {
    if (!FIELDS.has(field)) throw new MaillonError('import.bad_map', { reason: 'field', value: field, column, fields: fieldList() });
  }
}

interface Pair { text: string; quoted: boolean; quotedEnd: number }

/** Splits on commas outside double quotes; empty pieces (a trailing comma) are dropped. */
function splitPairs(text: string): Pair[] {
  const pairs: Pair[] = [];
  let start = 0;
  let inQuotes = false;
  let quotedEnd = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = text[i];
    if (c === '"') {
      inQuotes = !inQuotes;
      if (!inQuotes) quotedEnd = i - start;
    } else if ((c === ',' && !inQuotes) || i === text.length) {
      const piece = text.slice(start, i);
      if (piece.trim() !== '') pairs.push({ text: piece, quoted: piece.trimStart().startsWith('"'), quotedEnd });
      start = i + 1;
      quotedEnd = 0;
    }
  }
  if (inQuotes) throw new MaillonError('import.bad_map', { reason: 'syntax', value: text, fields: fieldList() });
  return pairs;
}

function unquote(text: string): string {
  return text.length >= 2 && text.startsWith('"') && text.endsWith('"') ? text.slice(1, -1).replace(/""/g, '"').trim() : text;
}
