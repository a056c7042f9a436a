/**
 * From text to content lines: splits physical lines (CRLF, LF, CR, and iPhone's CR CR LF as
 * one break), joins folded lines (a leading space or tab) and quoted-printable soft breaks (a
 * line ending in '=' continues on the next line, which is not indented). Runs over chunks, so a
 * 200 MB file streams through; lines of properties nobody reads (a photo being dropped, a
 * certificate) are skipped without being joined.
 *
 * This runs once per line of the file, so it avoids allocating: the line being joined lives in
 * fields, not in an object per line.
 */

/**
 * Receives each unfolded line: the physical line (1-based) where it starts; the text (for a
 * property not read, only the start of its first physical line); the upper-case property name
 * without its group ('' when the line has no ';' or ':'); whether it was cut, its content past
 * MAX_LINE_CHARS dropped; and where the head ends, so the line need not be read again: the
 * group's '.' (-1 without a group), the end of the name, the ':' before the value (-1 if none).
 */
export type LineSink = (line: number, text: string, name: string, cut: boolean, dot: number, nameEnd: number, colon: number) => void;

/** A property longer than this (16 M characters, a 12 MB photo) is not kept. */
export const MAX_LINE_CHARS = 1 << 24;
/** How much of a line not read is kept, for messages. */
const HEAD_CHARS = 200;
/** Params longer than this are not params: the line is read as it comes. */
const PARAMS_CHARS = 1000;

const CR = 13;
const LF = 10;
const SPACE = 32;
const TAB = 9;
const EQUALS = 61;

const PROPERTY_START = /^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)?[;:]/;
const CARD_BOUNDARY = /^\s*(?:BEGIN:VCARD|END:VCARD)/i;
const BYTE_ORDER_MARK = /^(?:\u00ef\u00bb\u00bf|\ufeff)/;

export class LineReader {
  /** The start of a line the last chunk did not finish; it holds no line break. */
  private carry = '';
  /** The carried line outgrew MAX_LINE_CHARS and lost its end. */
  private carryCut = false;
  /** CRs that ended the last chunk: an LF at the start of the next one belongs to the same break. */
  private crRun = 0;
  private lineNo = 0;

  // The logical line being joined.
  private open = false;
  private line = 0;
  /** Its first physical line; only its start when the property is not read. */
  private text = '';
  /** The pieces folded onto it, when read. */
  private more: string[] | null = null;
  private keep = false;
  private name = '';
  private dot = -1;
  private nameEnd = -1;
  private colonAt = -1;
  private size = 0;
  private qp = false;
  /** The params are known (a ':' was seen); until then a fold may still add QUOTED-PRINTABLE. */
  private colon = false;
  /** The last piece ended with a quoted-printable soft break. */
  private soft = false;
  /** Blank lines came after the soft break. */
  private blank = false;
  private cut = false;

  /** `wanted` says which property names are read; the others are skipped cheaply. */
  constructor(private readonly wanted: (name: string) => boolean, private readonly emit: LineSink) {}

  push(s: string): void {
    let start = 0;
    if (this.crRun > 0) {
      let q = 0;
      while (q < s.length && s.charCodeAt(q) === CR) q++;
      if (q === s.length) {
        this.crRun += q;
        return;
      }
      // CR..CR LF is the break already counted; CRs without an LF were blank lines.
      if (s.charCodeAt(q) === LF) {
        start = q + 1;
      } else {
        for (let k = 1; k < this.crRun + q; k++) this.physical('', 0, 0, false);
        start = q;
      }
      this.crRun = 0;
    }
    let nextLf = -2;
    let nextCr = -2;
    for (;;) {
      if (nextLf !== -1 && nextLf < start) nextLf = s.indexOf('\n', start);
      if (nextCr !== -1 && nextCr < start) nextCr = s.indexOf('\r', start);
      if (nextLf === -1 && nextCr === -1) break;
      if (nextCr === -1 || (nextLf !== -1 && nextLf < nextCr)) {
        this.piece(s, start, nextLf);
        start = nextLf + 1;
        continue;
      }
      // A run of CRs followed by an LF is one break (CR LF, and the iPhone's CR CR LF); a CR alone is one.
      const cr = nextCr;
      let q = cr + 1;
      while (q < s.length && s.charCodeAt(q) === CR) q++;
      this.piece(s, start, cr);
      if (q === s.length) {
        this.crRun = q - cr;
        return;
      }
      start = s.charCodeAt(q) === LF ? q + 1 : cr + 1;
    }
    if (start < s.length) {
      this.carry += s.slice(start);
      if (this.carry.length > MAX_LINE_CHARS) {
        // One line without a break, longer than any property: keep its start for messages.
        this.carry = this.carry.slice(0, HEAD_CHARS);
        this.carryCut = true;
      }
    }
  }

  end(): void {
    if (this.carry !== '' || this.carryCut) this.piece('', 0, 0);
    this.flush();
  }

  /** A physical line, from s[start] to s[end], after what the last chunk left unfinished. */
  private piece(s: string, start: number, end: number): void {
    if (this.carry === '' && !this.carryCut) {
      this.physical(s, start, end, false);
      return;
    }
    const text = this.carry + s.slice(start, end);
    const cut = this.carryCut;
    this.carry = '';
    this.carryCut = false;
    this.physical(text, 0, text.length, cut);
  }

  private physical(s: string, start: number, end: number, cut: boolean): void {
    this.lineNo++;
    if (start === end) {
      if (this.soft) this.blank = true;
      return;
    }
    if (this.open) {
      if (this.soft) {
        // After a soft break the next line continues the value, as written: it is not indented.
        // Blank lines may come between (Android), but then a property start is a new property.
        const head = s.slice(start, Math.min(end, start + 80));
        if (!(this.blank && PROPERTY_START.test(head)) && !CARD_BOUNDARY.test(head)) {
          this.dropSoftBreak();
          this.append(s, start, end, cut);
          return;
        }
      } else {
        const c = s.charCodeAt(start);
        if (c === SPACE || c === TAB) {
          this.append(s, start + 1, end, cut);
          return;
        }
      }
      this.flush();
    }
    const c = s.charCodeAt(start);
    // A byte-order mark in the middle of a file: vCard files joined with `cat`.
    const text = c === 0xef || c === 0xfeff ? s.slice(start, end).replace(BYTE_ORDER_MARK, '') : s.slice(start, end);
    this.begin(text, cut);
  }

  private begin(text: string, cut: boolean): void {
    this.readHead(text);
    this.open = true;
    this.line = this.lineNo;
    this.keep = this.name === '' || this.wanted(this.name);
    this.text = this.keep ? text : text.slice(0, HEAD_CHARS);
    this.more = null;
    this.size = text.length;
    this.cut = cut;
    this.blank = false;
    this.soft = this.qp && text.charCodeAt(text.length - 1) === EQUALS;
  }

  private append(s: string, start: number, end: number, cut: boolean): void {
    this.blank = false;
    this.size += end - start;
    if (cut || this.size > MAX_LINE_CHARS) {
      this.cut = true;
      this.keep = false;
      this.more = null;
      this.text = this.text.slice(0, HEAD_CHARS);
    }
    if (this.keep) {
      (this.more ??= []).push(s.slice(start, end));
      // Params folded before their ':' (Evolution does it): read the head again, but only
      // while it is short, so a long line without any ':' cannot make this quadratic.
      if (!this.colon && this.size <= PARAMS_CHARS) this.readHead(this.text + this.more.join(''));
    }
    this.soft = this.qp && end > start && s.charCodeAt(end - 1) === EQUALS;
  }

  /** The '=' of a soft break is not part of the value. */
  private dropSoftBreak(): void {
    if (!this.keep) return;
    const last = this.more ? this.more.length - 1 : -1;
    if (this.more && last >= 0) this.more[last] = (this.more[last] ?? '').slice(0, -1);
    else this.text = this.text.slice(0, -1);
  }

  private flush(): void {
    if (!this.open) return;
    this.open = false;
    // A soft break with nothing after it (Android ends values so before a blank line).
    if (this.soft) this.dropSoftBreak();
    this.soft = false;
    this.blank = false;
    const text = this.more ? this.text + this.more.join('') : this.text;
    this.more = null;
    this.emit(this.line, text, this.name, this.cut, this.dot, this.nameEnd, this.colonAt);
  }

  /**
   * Sets `name` (upper-case, without its group), `colon` and `qp` from the line's start. The
   * params end at the first ':' outside double quotes.
   */
  private readHead(text: string): void {
    let dot = -1;
    let nameEnd = -1;
    let i = 0;
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 58 /* : */ || c === 59 /* ; */) {
        nameEnd = i;
        break;
      }
      if (c === 46 /* . */) dot = i;
    }
    this.dot = dot;
    this.nameEnd = nameEnd;
    this.colonAt = -1;
    if (nameEnd === -1) {
      this.name = '';
      this.colon = false;
      this.qp = false;
      return;
    }
    this.name = upperName(text.slice(dot + 1, nameEnd));
    let colon = text.charCodeAt(nameEnd) === 58 ? nameEnd : -1;
    if (colon === -1) {
      let quoted = false;
      for (i = nameEnd + 1; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 34 /* " */) quoted = !quoted;
        else if (c === 58 && !quoted) {
          colon = i;
          break;
        }
      }
    }
    this.colonAt = colon;
    this.colon = colon !== -1;
    const paramsEnd = colon === -1 ? text.length : colon;
    this.qp = paramsEnd - nameEnd > 16 && QP.test(text.slice(nameEnd, paramsEnd));
  }
}

const QP = /QUOTED-PRINTABLE/i;

// Files repeat a few dozen names: their upper-case forms are kept rather than made per line.
const UPPER = new Map<string, string>();

function upperName(raw: string): string {
  let name = UPPER.get(raw);
  if (name === undefined) {
    name = raw.trim().toUpperCase();
    if (UPPER.size < 1000) UPPER.set(raw, name);
  }
  return name;
}
