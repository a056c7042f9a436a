import { isUtf8 } from 'node:buffer';
import type { ByteSource } from '../core/incoming.js';

/** The encodings Maillon reads contact files in. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface Detected {
  encoding: TextEncoding;
  /** Bytes of byte-order mark to skip. */
  bom: number;
}

/**
 * Finds a file's encoding: a byte-order mark decides; else UTF-16 without a mark shows as
 * zero bytes in every other position of the first bytes; else the whole file is checked as
 * UTF-8 (streamed, about 1 GB/s) and read as Windows-1252 if any byte sequence is not UTF-8.
 * Windows-1252 maps every byte, so the fallback never fails and never yields U+FFFD for a
 * byte that had a meaning.
 */
export async function detectEncoding(source: ByteSource): Promise<Detected> {
  const utf8 = utf8Checker();
  let head: Uint8Array | undefined;
  for await (const chunk of source()) {
    if (!head) {
      head = chunk;
      const bom = byteOrderMark(chunk);
      if (bom) return bom;
      const utf16 = utf16WithoutMark(chunk);
      if (utf16) return { encoding: utf16, bom: 0 };
    }
    if (!utf8.valid(chunk)) return { encoding: 'windows-1252', bom: 0 };
  }
  return { encoding: utf8.end() ? 'utf-8' : 'windows-1252', bom: 0 };
}

/**
 * Checks UTF-8 chunk by chunk with Node's native `isUtf8` (Node 20's fatal TextDecoder is
 * several times slower). A sequence cut by a chunk's end is carried into the next chunk.
 */
function utf8Checker(): { valid(chunk: Uint8Array): boolean; end(): boolean } {
  let carry = new Uint8Array(0);
  return {
    valid(chunk) {
      const bytes = carry.length > 0 ? concat(carry, chunk) : chunk;
      const cut = completeLength(bytes);
      carry = bytes.slice(cut);
      return isUtf8(bytes.subarray(0, cut));
    },
    end: () => carry.length === 0,
  };
}

/** How many bytes of `b` end on a whole UTF-8 sequence: an unfinished one at the end is left out. */
function completeLength(b: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, b.length); back++) {
    const byte = b[b.length - back] ?? 0;
    if ((byte & 0xc0) !== 0x80) {
      // A lead byte: how long its sequence should be.
      const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
      return needed > back ? b.length - back : b.length;
    }
  }
  return b.length;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

function byteOrderMark(b: Uint8Array): Detected | undefined {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'utf-8', bom: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le', bom: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', bom: 2 };
  return undefined;
}

/** Text files start with ASCII: in UTF-16 without a mark, one byte of each pair is zero. */
function utf16WithoutMark(b: Uint8Array): TextEncoding | undefined {
  const n = Math.min(b.length, 64) & ~1;
  if (n < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenZeros++;
    if (b[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros >= pairs * 0.9 && evenZeros === 0) return 'utf-16le';
  if (evenZeros >= pairs * 0.9 && oddZeros === 0) return 'utf-16be';
  return undefined;
}

// Windows-1252 at 0x80-0x9F, the range Node 20's decoder gets wrong (it yields C1 controls
// instead of € ’ “ ” – — œ); the five bytes the code page leaves undefined keep their C1 point.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const C1 = /[\u0080-\u009f]/g;

/** Text a Windows-1252 decoder gave, with 0x80-0x9F as the code page means them. */
export function fixWindows1252(text: string): string {
  return text.replace(C1, (c) => CP1252_HIGH.charAt(c.charCodeAt(0) - 0x80));
}

/** The file's text, chunk by chunk, in the detected encoding, without its byte-order mark. */
export async function* decodeText(source: ByteSource, detected: Detected): AsyncIterable<string> {
  const decoder = detected.encoding === 'utf-8' ? new Utf8Decoder() : new TextDecoder(detected.encoding);
  const cp1252 = detected.encoding === 'windows-1252';
  let skip = detected.bom;
  for await (const chunk of source()) {
    const bytes = skip > 0 ? chunk.subarray(Math.min(skip, chunk.length)) : chunk;
    skip = Math.max(0, skip - chunk.length);
    const text = decoder.decode(bytes, { stream: true });
    if (text) yield cp1252 ? fixWindows1252(text) : text;
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}

// Past this much of a file, text goes through TextDecoder, which Node 20 makes outside the
// V8 heap when it is ASCII (photos in base64): through Buffer, the 200 MB vCard bench file
// took a second longer.
const ON_HEAP_BYTES = 1 << 23;

/**
 * UTF-8 as TextDecoder reads it (malformed bytes become U+FFFD), through Buffer for the first
 * megabytes: Node 20's streaming TextDecoder takes 50 ms for a 3 MB LinkedIn export, Buffer a
 * few. A sequence cut by a chunk's end waits for the next chunk. Like TextDecoder, it drops a
 * byte-order mark that a first chunk was too short to show.
 */
class Utf8Decoder {
  private carry = new Uint8Array(0);
  private first = true;
  private decoded = 0;
  /** Takes over past ON_HEAP_BYTES; a U+FEFF there is text, not a mark. */
  private after: InstanceType<typeof TextDecoder> | null = null;

  decode(chunk?: Uint8Array, _options?: { stream: boolean }): string {
    const bytes = !chunk ? this.carry : this.carry.length > 0 ? concat(this.carry, chunk) : chunk;
    this.carry = new Uint8Array(0);
    if (this.after) return chunk ? this.after.decode(bytes, { stream: true }) : this.after.decode(bytes);
    const whole = chunk ? completeLength(bytes) : bytes.length;
    this.carry = bytes.slice(whole);
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, whole).toString('utf8');
    this.decoded += whole;
    if (this.decoded > ON_HEAP_BYTES) this.after = new TextDecoder('utf-8', { ignoreBOM: true });
    return this.withoutMark(text);
  }

  private withoutMark(text: string): string {
    if (!this.first || !text) return text;
    this.first = false;
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  }
}

/** A source over bytes already in memory (a file taken out of a zip, a test's fixture). */
export function bytesSource(bytes: Uint8Array, chunkSize = 1 << 16): ByteSource {
  return function* () {
    for (let i = 0; i < bytes.length; i += chunkSize) yield bytes.subarray(i, i + chunkSize);
  };
}
