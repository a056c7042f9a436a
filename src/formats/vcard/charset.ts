/**
 * Bytes and charsets. An 8-bit file is read as one character per byte (see `bytesAsText`),
 * because vCard 2.1 declares a charset per property: a value is turned back into its bytes and
 * decoded only once its CHARSET and ENCODING are known.
 */
import { Buffer, isUtf8 } from 'node:buffer';
import { fixWindows1252 } from '../decode.js';

// TextDecoder('windows-1252') reads each byte as one character. On Node 20 it is really
// ISO-8859-1 (bytes 0x80-0x9F come out as C1 controls, not as € ’ “ ”); elsewhere it is the
// WHATWG table. Either way each of the 256 bytes has its own character, so it is a lossless
// byte-to-text view that runs natively, and BYTE_OF undoes it.
const ONE_PER_BYTE = new TextDecoder('windows-1252');
const BYTE_OF = new Map<number, number>();
for (let b = 0x80; b < 0xa0; b++) BYTE_OF.set(ONE_PER_BYTE.decode(new Uint8Array([b])).charCodeAt(0), b);

/** Bytes as text, one character per byte: line breaks and ASCII read as themselves. */
export function bytesAsText(bytes: Uint8Array): string {
  return ONE_PER_BYTE.decode(bytes);
}

/** Windows-1252 text, whatever this Node's decoder does with 0x80-0x9F. */
function windows1252(bytes: Uint8Array): string {
  return fixWindows1252(ONE_PER_BYTE.decode(bytes));
}

/** The bytes `bytesAsText` read; a character beyond one byte (from UTF-16 text) is kept as UTF-8. */
export function textAsBytes(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80 || (c >= 0xa0 && c <= 0xff)) out[i] = c;
    else {
      const b = BYTE_OF.get(c);
      if (b === undefined) return new TextEncoder().encode(text);
      out[i] = b;
    }
  }
  return out;
}

const NON_ASCII = /[\u0080-\uffff]/;
export function isAscii(text: string): boolean {
  return !NON_ASCII.test(text);
}

/** TextDecoder is a global value here; this is the type of its instances. */
type Decoder = InstanceType<typeof TextDecoder>;

const decoders = new Map<string, Decoder | null>();
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** A fatal decoder for a charset label, or null when TextDecoder does not know it ("Murks"). */
function decoderFor(label: string): Decoder | null {
  const key = label.trim().toLowerCase();
  let decoder = decoders.get(key);
  if (decoder === undefined) {
    try {
      decoder = new TextDecoder(key, { fatal: true });
    } catch {
      decoder = null;
    }
    // Bounded: a broken file may name a new charset on every line.
    if (decoders.size < 200) decoders.set(key, decoder);
  }
  return decoder;
}

/** The canonical name of a charset TextDecoder knows, or undefined. */
export function knownCharset(label: string): string | undefined {
  return decoderFor(label)?.encoding;
}

/**
 * UTF-8 as the fatal TextDecoder reads it (a leading BOM dropped), through Buffer: Node 20's
 * TextDecoder costs about 10 µs a call, and a phone export has tens of thousands of values.
 */
function utf8(bytes: Uint8Array): string | undefined {
  if (!isUtf8(bytes)) return undefined;
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function attempt(decoder: Decoder | null, bytes: Uint8Array): string | undefined {
  if (!decoder) return undefined;
  if (decoder.encoding === 'windows-1252') return windows1252(bytes);
  if (decoder.encoding === 'utf-8') return utf8(bytes);
  try {
    return decoder.decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Text from bytes. A declared charset is trusted while the bytes are valid in it; undeclared
 * bytes are UTF-8 when they can be. Otherwise `fallback` (the 8-bit charset the card or the
 * file declared elsewhere), and at last Windows-1252, which maps every byte: no U+FFFD ever
 * replaces a byte that had a meaning.
 */
export function decodeBytes(bytes: Uint8Array, declared: string | undefined, fallback: string): string {
  if (declared) {
    const found = attempt(decoderFor(declared), bytes);
    if (found !== undefined) return found;
  }
  return attempt(UTF8, bytes) ?? attempt(decoderFor(fallback), bytes) ?? windows1252(bytes);
}

const HEX = /^[0-9A-Fa-f]{2}$/;

/**
 * Quoted-printable to bytes. Soft line breaks were joined by the line reader; an '=' not
 * followed by two hex digits is kept as written (Outlook writes such values).
 */
export function quotedPrintable(value: string, oneBytePerChar: boolean): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 61 /* = */ && HEX.test(value.slice(i + 1, i + 3))) {
      out.push(parseInt(value.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (c < 0x80) {
      out.push(c);
    } else if (oneBytePerChar) {
      out.push(...textAsBytes(value.charAt(i)));
    } else {
      const char = String.fromCodePoint(value.codePointAt(i) ?? c);
      out.push(...new TextEncoder().encode(char));
      i += char.length - 1;
    }
  }
  return Uint8Array.from(out);
}

const NOT_BASE64 = /[^A-Za-z0-9+/=]/;

/** Base64 without its whitespace, or undefined when it is not base64. */
export function cleanBase64(value: string): string | undefined {
  const data = value.replace(/\s+/g, '');
  return data === '' || NOT_BASE64.test(data) ? undefined : data;
}

/** Base64 to bytes, or undefined when it does not decode. */
export function base64Bytes(value: string): Uint8Array | undefined {
  const data = cleanBase64(value);
  if (data === undefined) return undefined;
  try {
    const text = atob(data);
    const out = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
    return out;
  } catch {
    return undefined;
  }
}
