import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

/**
 * A new id: 12 characters of Crockford base32 (60 random bits). Short enough to type in
 * `maillon done ID`, and collisions stay negligible at millions of records.
 */
export function newId(): string {
  const bytes = randomBytes(12);
  let id = '';
  for (const b of bytes) id += ALPHABET.charAt(b & 31);
  return id;
}
