const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
const DECODE = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) DECODE[ALPHABET.charCodeAt(i)] = i;
/** The base32 digit of a character code, or -1. */
const digitOf = (c: number): number => (c < 128 ? (DECODE[c] ?? -1) : -1);
const UTF8 = new TextDecoder();

/**
 * Ids to node numbers. Maillon's ids are 12 base32 characters, i.e. 60 bits: they are kept
 * as two 30-bit integers in an open-addressing table, and looked up straight from a slice of
 * a larger text, without making a string per lookup. Building a graph looks up tens of
 * millions of ids: a Map of strings costs ten times more here. Any other id goes to a Map.
 */
export class IdIndex {
  /** Slots of three: high 30 bits, low 30 bits, value (-1: empty), side by side so a probe touches one cache line. */
  private slots: Int32Array;
  private mask: number;
  private readonly others = new Map<string, number>();
  size = 0;

  constructor(expected = 1024) {
    let capacity = 1024;
    while (capacity < expected * 2) capacity *= 2;
    this.mask = capacity - 1;
    this.slots = IdIndex.emptySlots(capacity);
  }

  private static emptySlots(capacity: number): Int32Array {
    const slots = new Int32Array(3 * capacity);
    for (let i = 2; i < slots.length; i += 3) slots[i] = -1;
    return slots;
  }

  /** Adds an id; an id already present keeps its first value. */
  add(id: string, value: number): void {
    this.addIn(id, 0, id.length, value);
  }

  addIn(text: string, start: number, end: number, value: number): void {
    if (this.decode(text, start, end)) this.insert(value);
    else this.addOther(text.slice(start, end), value);
  }

  /** Adds the id held as UTF-8 in bytes[start, end). */
  addBytes(bytes: Uint8Array, start: number, end: number, value: number): void {
    if (this.decodeBytes(bytes, start, end)) this.insert(value);
    else this.addOther(UTF8.decode(bytes.subarray(start, end)), value);
  }

  private addOther(id: string, value: number): void {
    if (this.others.has(id)) return;
    this.others.set(id, value);
    this.size++;
  }

  /** Adds the id just decoded into dHi, dLo. */
  private insert(value: number): void {
    if ((this.size + 1) * 2 > this.mask + 1) this.grow();
    const hi = this.dHi, lo = this.dLo, slots = this.slots;
    let i = this.slotOf(hi, lo);
    while ((slots[3 * i + 2] ?? -1) >= 0) {
      if (slots[3 * i] === hi && slots[3 * i + 1] === lo) return;
      i = (i + 1) & this.mask;
    }
    slots[3 * i] = hi;
    slots[3 * i + 1] = lo;
    slots[3 * i + 2] = value;
    this.size++;
  }

  /** The value of an id, or -1. */
  get(id: string): number {
    return this.getIn(id, 0, id.length);
  }

  /** The value of the id text[start, end), or -1. */
  getIn(text: string, start: number, end: number): number {
    return this.decode(text, start, end) ? this.find() : (this.others.get(text.slice(start, end)) ?? -1);
  }

  /** The value of the id held as UTF-8 in bytes[start, end), or -1. */
  getBytes(bytes: Uint8Array, start: number, end: number): number {
    return this.decodeBytes(bytes, start, end) ? this.find() : (this.others.get(UTF8.decode(bytes.subarray(start, end))) ?? -1);
  }

  /**
   * Values of many ids at once, each held as UTF-8 in bytes[starts[k], ends[k]), written to
   * out[at + k]; -1 for an empty or unknown id. Looked up one after the other, each id waits
   * for its own cache miss in a table of millions. Here a first pass touches every id's slot,
   * loads that do not depend on each other, so the processor fetches many at once; the
   * lookups then find their slots in cache.
   */
  getManyBytes(bytes: Uint8Array, starts: Int32Array, ends: Int32Array, count: number, out: Int32Array, at: number): void {
    if (this.batchSlot.length < count) {
      this.batchSlot = new Int32Array(count);
      this.batchHi = new Int32Array(count);
      this.batchLo = new Int32Array(count);
    }
    const slots = this.slots, slotOf = this.batchSlot, his = this.batchHi, los = this.batchLo;
    for (let k = 0; k < count; k++) {
      const ok = this.decodeBytes(bytes, starts[k] ?? 0, ends[k] ?? 0);
      slotOf[k] = ok ? 0 : -1;
      his[k] = this.dHi;
      los[k] = this.dLo;
    }
    // A loop of a few instructions per id, so the processor runs far enough ahead to wait for
    // many slots at once.
    let touched = 0;
    for (let k = 0; k < count; k++) {
      if (slotOf[k] !== 0) continue;
      const slot = this.slotOf(his[k] ?? 0, los[k] ?? 0);
      slotOf[k] = slot;
      touched ^= slots[3 * slot + 2] ?? 0;
    }
    this.touched = touched;
    for (let k = 0; k < count; k++) {
      const slot = slotOf[k] ?? -1;
      if (slot < 0) {
        const start = starts[k] ?? 0, end = ends[k] ?? 0;
        out[at + k] = end > start ? (this.others.get(UTF8.decode(bytes.subarray(start, end))) ?? -1) : -1;
        continue;
      }
      out[at + k] = this.probe(slot, his[k] ?? 0, los[k] ?? 0);
    }
  }

  private batchSlot = new Int32Array(0);
  private batchHi = new Int32Array(0);
  private batchLo = new Int32Array(0);
  /** Read from the touching pass, so the engine cannot drop its loads as unused. */
  touched = 0;

  /** The value of the id just decoded into dHi, dLo, or -1. */
  private find(): number {
    const hi = this.dHi, lo = this.dLo;
    // Rows often name the same person again (their positions, a hub's ties): the last two
    // answers are kept, which saves a cache miss in a table of millions.
    if (hi === this.hiA && lo === this.loA) return this.valueA;
    if (hi === this.hiB && lo === this.loB) return this.remember(hi, lo, this.valueB);
    const v = this.probe(this.slotOf(hi, lo), hi, lo);
    return v < 0 ? -1 : this.remember(hi, lo, v);
  }

  /** The value of the id (hi, lo), probing from `slot`, or -1. */
  private probe(slot: number, hi: number, lo: number): number {
    const slots = this.slots;
    for (let i = slot; ; i = (i + 1) & this.mask) {
      const v = slots[3 * i + 2] ?? -1;
      if (v < 0 || (slots[3 * i] === hi && slots[3 * i + 1] === lo)) return v;
    }
  }

  private hiA = -1;
  private loA = -1;
  private valueA = -1;
  private hiB = -1;
  private loB = -1;
  private valueB = -1;

  /** Keeps (hi, lo) as the last answer, the one before as the second last; returns its value. */
  private remember(hi: number, lo: number, value: number): number {
    this.hiB = this.hiA;
    this.loB = this.loA;
    this.valueB = this.valueA;
    this.hiA = hi;
    this.loA = lo;
    this.valueA = value;
    return value;
  }

  private dHi = 0;
  private dLo = 0;

  /** Decodes a 12-character base32 id into dHi, dLo; false for any other id. */
  private decode(text: string, start: number, end: number): boolean {
    if (end - start !== 12) return false;
    let hi = 0, lo = 0;
    for (let k = 0; k < 12; k++) {
      const d = digitOf(text.charCodeAt(start + k));
      if (d < 0) return false;
      if (k < 6) hi = (hi << 5) | d;
      else lo = (lo << 5) | d;
    }
    this.dHi = hi;
    this.dLo = lo;
    return true;
  }

  /** decode, for an id held as UTF-8 bytes (a Maillon id is ASCII: one byte a character). */
  private decodeBytes(bytes: Uint8Array, start: number, end: number): boolean {
    if (end - start !== 12) return false;
    let hi = 0, lo = 0;
    for (let k = 0; k < 12; k++) {
      const d = digitOf(bytes[start + k] ?? 128);
      if (d < 0) return false;
      if (k < 6) hi = (hi << 5) | d;
      else lo = (lo << 5) | d;
    }
    this.dHi = hi;
    this.dLo = lo;
    return true;
  }

  private slotOf(hi: number, lo: number): number {
    let h = Math.imul(hi, 0x9e3779b1) ^ lo;
    h = Math.imul(h ^ (h >>> 15), 0x85ebca6b);
    return (h ^ (h >>> 13)) & this.mask;
  }

  private grow(): void {
    const old = this.slots;
    const capacity = 2 * (this.mask + 1);
    this.mask = capacity - 1;
    this.slots = IdIndex.emptySlots(capacity);
    for (let j = 0; j < old.length; j += 3) {
      const v = old[j + 2] ?? -1;
      if (v < 0) continue;
      const hi = old[j] ?? 0, lo = old[j + 1] ?? 0;
      let i = this.slotOf(hi, lo);
      while ((this.slots[3 * i + 2] ?? -1) >= 0) i = (i + 1) & this.mask;
      this.slots[3 * i] = hi;
      this.slots[3 * i + 1] = lo;
      this.slots[3 * i + 2] = v;
    }
  }
}
