/**
 * The vCard reader: 2.1, 3.0 and 4.0 as phones and address books write them, streamed card
 * by card. Cards are cut by BEGIN and END; a card that cannot be read is one rejection, and
 * the cards around it still come through.
 */
import type { ByteSource, ReadItem, SourcePlace } from '../../core/incoming.js';
import { decodeText, detectEncoding } from '../decode.js';
import { decodeBytes, isAscii, knownCharset, textAsBytes } from './charset.js';
import { contactOf, READ_PROPERTIES } from './contact.js';
import { LineReader } from './lines.js';
import { paramsOf, parseProperty, type Property } from './property.js';

export interface VcardReadOptions { file: string; keepPhotos: boolean }

/** A card larger than this (32 M characters) is refused, so a file without END cannot fill memory. */
const MAX_CARD_CHARS = 1 << 25;
/** Enough of the file to see a byte-order mark, or UTF-16 without one. */
const HEAD_BYTES = 64;
const SLICE_CHARS = 1 << 16;

/**
 * Streams cards one at a time, in file order: one ReadItem per card, and one rejection per
 * stretch of text outside any card. An empty file, or one holding only blank lines, yields
 * nothing. Never throws on bad input.
 *
 * Reads the file twice. The first pass checks it is UTF-8 (or finds UTF-16): then it is
 * decoded as it streams, and values need no more decoding. A file that is not UTF-8 is read
 * one character per byte, and each value is decoded in its own CHARSET (vCard 2.1 declares
 * one per property), else as UTF-8, else in the 8-bit charset of the card.
 */
export async function* readVcards(source: ByteSource, options: VcardReadOptions): AsyncIterable<ReadItem> {
  const whole = coalesced(source);
  const detected = await detectEncoding(whole);
  const reader = new CardReader(options, detected.encoding === 'windows-1252');
  for await (const text of decodeText(whole, detected)) {
    // Cards go out a slice at a time: a megabyte chunk holds thousands of them, and holding
    // them all until the chunk ends would age them into the old generation for the GC.
    for (let i = 0; i < text.length; i += SLICE_CHARS) {
      reader.push(text.length <= SLICE_CHARS ? text : text.slice(i, i + SLICE_CHARS));
      yield* reader.drain();
    }
  }
  reader.end();
  yield* reader.drain();
}

/** The same source, with a first chunk long enough for detectEncoding to see the file's head. */
function coalesced(source: ByteSource): ByteSource {
  return async function* () {
    let head: Uint8Array | null = new Uint8Array(0);
    for await (const chunk of source()) {
      if (head === null) {
        yield chunk;
        continue;
      }
      const longer: Uint8Array = new Uint8Array(head.length + chunk.length);
      longer.set(head);
      longer.set(chunk, head.length);
      head = longer;
      if (longer.length >= HEAD_BYTES) {
        yield longer;
        head = null;
      }
    }
    if (head !== null && head.length > 0) yield head;
  };
}

interface Draft {
  line: number;
  properties: Property[];
  size: number;
  tooLong: boolean;
  /** Lines that looked like properties, read or not. */
  lines: number;
  sample: string;
  /** The first 8-bit CHARSET a line of the card declares. */
  charset?: string;
}

const NOT_BLANK = /\S/;
const BEGIN_VCARD = /^\s*BEGIN\s*:\s*VCARD\s*$/i;
// "END:VCARDBEGIN:VCARD" on one line: vCardLib's UTF-16 sample.
const END_VCARD = /^\s*END\s*:\s*VCARD\s*(BEGIN\s*:\s*VCARD)?/i;
const EMPTY_VALUE = /:\s*$/;
const MULTI_BYTE = new Set(['utf-8', 'utf-16le', 'utf-16be']);

class CardReader {
  private readonly lines: LineReader;
  private current: Draft | null = null;
  private stray: Draft | null = null;
  /** Depth inside a 2.1 AGENT's card, written on the lines after `AGENT:`. */
  private nested = 0;
  private agentOpen = false;
  private cards = 0;
  private out: ReadItem[] = [];
  /** The last 8-bit charset a card of this file declared: the best guess for undeclared bytes. */
  private charset: string | undefined;
  private readonly wanted: (name: string) => boolean;

  /** `bytes`: the file is read one character per byte (it is not UTF-8 or UTF-16). */
  constructor(private readonly options: VcardReadOptions, private readonly bytes: boolean) {
    this.wanted = (name) => READ_PROPERTIES.has(name) || name === 'BEGIN' || name === 'END' || (name === 'PHOTO' && options.keepPhotos);
    this.lines = new LineReader(this.wanted, (line, text, name, cut, dot, nameEnd, colon) => {
      this.take(line, text, name, cut, dot, nameEnd, colon);
    });
  }

  push(text: string): void {
    this.lines.push(text);
  }

  end(): void {
    this.lines.end();
    if (this.current) this.finish(this.current, ++this.cards, 'vcard.no_end');
    this.closeStray();
  }

  drain(): ReadItem[] {
    const out = this.out;
    this.out = [];
    return out;
  }

  private take(line: number, text: string, name: string, cut: boolean, dot: number, nameEnd: number, colon: number): void {
    if (text.charCodeAt(0) <= 32 && !NOT_BLANK.test(text)) return;
    const agentOpen = this.agentOpen;
    this.agentOpen = false;
    if (name === 'BEGIN' && BEGIN_VCARD.test(text)) {
      if (agentOpen || this.nested > 0) {
        this.nested++;
        return;
      }
      // A BEGIN inside a card: the card lost its END. Reject it and read the next one.
      if (this.current) this.finish(this.current, ++this.cards, 'vcard.no_end');
      this.closeStray();
      this.current = draft(line, text);
      return;
    }
    const end = name === 'END' ? END_VCARD.exec(text) : null;
    if (end) {
      if (this.nested > 0) {
        this.nested--;
        return;
      }
      if (this.current) {
        this.finish(this.current, ++this.cards);
        this.current = null;
      } else if (this.stray && this.stray.lines > 0) {
        // Properties then END, without BEGIN (Evolution, a truncated head): read as a card.
        this.finish(this.stray, ++this.cards);
        this.stray = null;
      }
      // "END:VCARDBEGIN:VCARD" on one line (vCardLib's UTF-16 sample).
      if (end[1]) this.current = draft(line, text);
      return;
    }
    if (this.nested > 0) return;
    if (name === 'AGENT' && EMPTY_VALUE.test(text)) this.agentOpen = true;
    const target = this.current ?? (this.stray ??= draft(line, text));
    if (name !== '') target.lines++;
    target.size += text.length;
    // In a file read byte by byte, a charset declared on any line (often only on LABEL, which
    // is not read) is the best guess for the card's undeclared bytes.
    if (this.bytes) target.charset ??= declaredCharset(text);
    if (target.tooLong || cut || !this.wanted(name)) return;
    if (target.size > MAX_CARD_CHARS) {
      target.tooLong = true;
      target.properties = [];
      return;
    }
    const property = parseProperty(text, name, dot, nameEnd, colon);
    if (!property) return;
    target.properties.push(property);
    // A UTF-8 file needs a fallback only for quoted-printable bytes that are not UTF-8: the
    // charset of a property read will do.
    if (!this.bytes && target.charset === undefined) target.charset = charsetOf(property);
  }

  private finish(d: Draft, card: number, problem?: string): void {
    const at: SourcePlace = { file: this.options.file, card, line: d.line };
    const code = problem ?? (d.tooLong ? 'vcard.too_long' : undefined);
    if (code) {
      this.out.push({ kind: 'rejected', rejection: { at, code, data: code === 'vcard.too_long' ? { megabytes: MAX_CARD_CHARS >> 20 } : {} } });
      return;
    }
    // Else the file's last 8-bit charset.
    if (d.charset) this.charset = d.charset;
    const fallback = d.charset ?? this.charset ?? 'windows-1252';
    this.out.push(contactOf({ properties: d.properties, at, decoding: { bytes: this.bytes, fallback }, keepPhotos: this.options.keepPhotos }));
  }

  private closeStray(): void {
    const s = this.stray;
    if (!s) return;
    this.stray = null;
    const sample = this.bytes && !isAscii(s.sample) ? decodeBytes(textAsBytes(s.sample), undefined, 'windows-1252') : s.sample;
    this.out.push({ kind: 'rejected', rejection: { at: { file: this.options.file, line: s.line }, code: 'vcard.outside_card', data: { sample: shortened(sample) } } });
  }
}

function draft(line: number, text: string): Draft {
  return { line, properties: [], size: 0, tooLong: false, lines: 0, sample: text.slice(0, 60) };
}

const CHARSET_PARAM = /;\s*CHARSET\s*[=#]\s*"?([\w.:-]+)/i;

function declaredCharset(text: string): string | undefined {
  return eightBit(CHARSET_PARAM.exec(text.length > 300 ? text.slice(0, 300) : text)?.[1]);
}

function charsetOf(p: Property): string | undefined {
  return p.paramText.length > 8 && /CHARSET/i.test(p.paramText) ? eightBit(paramsOf(p).get('CHARSET')?.[0]) : undefined;
}

function eightBit(label: string | undefined): string | undefined {
  const charset = label === undefined ? undefined : knownCharset(label);
  return charset && !MULTI_BYTE.has(charset) ? charset : undefined;
}

/** Text fit for a one-line message: no control characters, at most 40 characters. */
function shortened(text: string): string {
  const chars = Array.from(text.replace(/[\p{Cc}\p{Cs}\ufffd]+/gu, ' ').trim());
  return chars.length > 40 ? `${chars.slice(0, 39).join('')}…` : chars.join('');
}
