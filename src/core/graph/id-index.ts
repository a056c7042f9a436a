const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
const DECODE = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) DECODE[ALPHABET.charCodeAt(i)] = i;

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
    if (!this.decode(text, start, end)) {
      const id = text.slice(start, end);
      if (!this.others.has(id)) {
        this.others.set(id, value);
        this.size++;
      }
      return;
    }
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
    if (!this.decode(text, start, end)) return this.others.get(text.slice(start, end)) ?? -1;
    const hi = this.dHi, lo = this.dLo, slots = this.slots;
    // Rows often name the same person again (their positions, a hub's ties): the last two
    // answers are kept, which saves a cache miss in a table of millions.
    if (hi === this.hiA && lo === this.loA) return this.valueA;
    if (hi === this.hiB && lo === this.loB) return this.swap();
    for (let i = this.slotOf(hi, lo); ; i = (i + 1) & this.mask) {
      const v = slots[3 * i + 2] ?? -1;
      if (v < 0) return -1;
      if (slots[3 * i] === hi && slots[3 * i + 1] === lo) {
        this.hiB = this.hiA;
        this.loB = this.loA;
        this.valueB = this.valueA;
        this.hiA = hi;
        this.loA = lo;
        this.valueA = v;
        return v;
      }
    }
  }

  private hiA = -1;
  private loA = -1;
  private valueA = -1;
  private hiB = -1;
  private loB = -1;
  private valueB = -1;

  private swap(): number {
    const hi = this.hiB, lo = this.loB, value = this.valueB;
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
    for (let k = 0; k < 6; k++) {
      const c = text.charCodeAt(start + k);
      const d = c < 128 ? (DECODE[c] ?? -1) : -1;
      if (d < 0) return false;
      hi = (hi << 5) | d;
    }
    for (let k = 6; k < 12; k++) {
      const c = text.charCodeAt(start + k);
      const d = c < 128 ? (DECODE[c] ?? -1) : -1;
      if (d < 0) return false;
      lo = (lo << 5) | d;
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
