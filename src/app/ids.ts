const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

const WEEK_MS = 7 * 86_400_000;
const LOW = 2 ** 20;
const HIGH = 2 ** 25;

let week = -1;
/** The id's 45-bit number as a high and a low part, and the text of what changes rarely. */
let high = 0;
let low = 0;
let head = '';

/** `value` (up to 30 bits) as `length` base32 characters, most significant first. */
function base32(value: number, length: number): string {
  let out = '';
  for (let shift = 5 * (length - 1); shift >= 0; shift -= 5) out += ALPHABET.charAt((value >>> shift) & 31);
  return out;
}

/**
 * `bits` (up to 30) random bits. Math.random, not node:crypto: ids are not secrets, V8 seeds it
 * from the system's entropy, and loading node:crypto cost every command ~10 ms at start-up.
 */
const randomBits = (bits: number) => Math.floor(Math.random() * 2 ** bits);

/** Starts a run at a random 44-bit number (below HIGH / 2 x LOW), so a run has 2^44 values of room. */
function start(now: number): void {
  week = now;
  high = randomBits(24);
  low = randomBits(20);
  head = base32(week, 3) + base32(high, 5);
}

/**
 * A new id: 12 characters of Crockford base32. Short enough to type in `maillon done ID`.
 *
 * The first 3 characters are the week (since 1970), the other 9 a 45-bit number that starts
 * at random in each process and then grows by a random step of 1 to 32. So ids made one after
 * another sort one after another: an import's 150,000 rows land at one place in each index
 * instead of at random pages, which makes SQLite's inserts much cheaper. Two processes of the
 * same week collide only if their runs overlap, about (ids made x 33) / 2^44. Ids are not
 * secrets: the next one lies within 32 of the last (tokens use crypto.randomBytes instead).
 */
export function newId(): string {
  const now = Math.floor(Date.now() / WEEK_MS);
  if (now !== week) start(now);
  low += randomBits(5) + 1;
  if (low >= LOW) {
    low -= LOW;
    high++;
    if (high >= HIGH) start(now);
    else head = base32(week, 3) + base32(high, 5);
  }
  return head + base32(low, 4);
}
