import { randomFillSync } from 'node:crypto';

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
// Random bytes are drawn 12 KB at a time: one system call per thousand ids, not one per id
// (an import of 30,000 people makes ~150,000 ids; per-id calls cost half a second).
const POOL = new Uint8Array(12 * 1024);
let used = POOL.length;

/**
 * A new id: 12 characters of Crockford base32 (60 random bits). Short enough to type in
 * `maillon done ID`, and collisions stay negligible at millions of records.
 */
export function newId(): string {
  if (used + 12 > POOL.length) {
    randomFillSync(POOL);
    used = 0;
  }
  let id = '';
  for (let i = used; i < used + 12; i++) id += ALPHABET.charAt((POOL[i] ?? 0) & 31);
  used += 12;
  return id;
}
