/** One content line as name, group, params and value, and its value decoded to text. */
import { base64Bytes, decodeBytes, isAscii, quotedPrintable, textAsBytes } from './charset.js';
import { multiLine } from './values.js';

export interface Property {
  /** Apple's `item1.` and the like, lower-case; '' without one. */
  group: string;
  name: string;
  /** The params as written, between the name and the ':'; read by `paramsOf` when needed. */
  paramText: string;
  params?: ReadonlyMap<string, string[]>;
  /** The value as written: still escaped, still encoded. */
  value: string;
}

/** How a card's text is decoded. */
export interface Decoding {
  /** The file was read one character per byte (8-bit); false for UTF-8 and UTF-16, already text. */
  bytes: boolean;
  /** The 8-bit charset for bytes that are not UTF-8 and declare none. */
  fallback: string;
}

const ENCODINGS = new Set(['QUOTED-PRINTABLE', 'BASE64', 'B', '8BIT', '7BIT']);

/**
 * The property of a line, or undefined for a line without ':'. The line reader found its
 * upper-case `name`, the group's '.' (`dot`, -1 without a group), where the name ends and the
 * ':' before the value.
 */
export function parseProperty(text: string, name: string, dot: number, nameEnd: number, colon: number): Property | undefined {
  if (colon === -1 || name === '') return undefined;
  return {
    group: dot > 0 ? text.slice(0, dot).trim().toLowerCase() : '',
    name,
    paramText: colon > nameEnd ? text.slice(nameEnd + 1, colon) : '',
    value: text.slice(colon + 1),
  };
}

/** Shared by every property without params: most lines of most files. */
const NO_PARAMS: ReadonlyMap<string, string[]> = new Map();

/** Upper-case param names; values unquoted, as written. 2.1's bare params are TYPE or ENCODING. */
export function paramsOf(p: Property): ReadonlyMap<string, string[]> {
  return (p.params ??= parseParams(p.paramText));
}

function parseParams(text: string): ReadonlyMap<string, string[]> {
  if (text === '') return NO_PARAMS;
  const params = new Map<string, string[]>();
  for (const piece of splitOutsideQuotes(text, ';')) {
    const p = piece.trim();
    if (p === '') continue;
    // Some writers put '#' where '=' belongs ("ENCODING#QUOTED-PRINTABLE"): read it as '='.
    let eq = p.indexOf('=');
    if (eq === -1) eq = p.indexOf('#');
    const key = eq === -1 ? (ENCODINGS.has(p.toUpperCase()) ? 'ENCODING' : 'TYPE') : p.slice(0, eq).trim().toUpperCase();
    const raw = eq === -1 ? p : p.slice(eq + 1);
    let values = params.get(key);
    if (!values) params.set(key, (values = []));
    for (const v of raw.includes(',') ? splitOutsideQuotes(raw, ',') : [raw]) {
      const value = caretDecoded(unquoted(v.trim()));
      if (value !== '') values.push(value);
    }
  }
  return params;
}

function splitOutsideQuotes(text: string, separator: string): string[] {
  if (!text.includes('"')) return text.split(separator);
  const parts: string[] = [];
  let from = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === '"') quoted = !quoted;
    else if (c === separator && !quoted) {
      parts.push(text.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(text.slice(from));
  return parts;
}

function unquoted(v: string): string {
  return v.length >= 2 && v.startsWith('"') && v.endsWith('"') ? v.slice(1, -1) : v;
}

/** RFC 6868: ^n is a newline, ^' a double quote, ^^ a caret. */
function caretDecoded(v: string): string {
  return v.includes('^') ? v.replace(/\^([n'^])/g, (_m, c: string) => (c === 'n' ? '\n' : c === "'" ? '"' : '^')) : v;
}

/** The first value of a param, upper-case, or ''. */
export function param(p: Property, name: string): string {
  return paramsOf(p).get(name)?.[0]?.toUpperCase() ?? '';
}

/** Params that may change how a value decodes; most lines have none (TYPE=WORK, PREF=1...). */
const ENCODED = /ENCODING|CHARSET|QUOTED|BASE64|(?:^|[;,=\s])B(?:[;,\s]|$)/i;

/**
 * The value as text, still escaped and not trimmed: quoted-printable or base64 undone. In a
 * file read one character per byte, bytes are decoded in the property's CHARSET, else as
 * UTF-8, else in the card's fallback charset; in a UTF-8 or UTF-16 file the text is already
 * decoded.
 */
export function textOf(p: Property, decoding: Decoding): string {
  // A plain value holds no line break (lines were split on them): only decoded bytes may.
  if (p.paramText === '' || !ENCODED.test(p.paramText)) {
    return decoding.bytes && !isAscii(p.value) ? multiLine(decodeBytes(textAsBytes(p.value), undefined, decoding.fallback)) : p.value;
  }
  const encoding = param(p, 'ENCODING');
  const charset = paramsOf(p).get('CHARSET')?.[0];
  let text: string;
  if (encoding === 'QUOTED-PRINTABLE') {
    text = decodeBytes(quotedPrintable(p.value, decoding.bytes), charset, decoding.fallback);
  } else if (encoding === 'B' || encoding === 'BASE64') {
    const bytes = base64Bytes(p.value);
    text = bytes ? decodeBytes(bytes, charset, decoding.fallback) : p.value;
  } else if (decoding.bytes && !isAscii(p.value)) {
    text = decodeBytes(textAsBytes(p.value), charset, decoding.fallback);
  } else {
    text = p.value;
  }
  return multiLine(text);
}
