// Letters that Unicode does not decompose into a base letter plus accents, so NFD alone
// leaves them: "Œuvre" must still be found by "oeuvre", "Łukasz" by "lukasz".
const SPECIAL: Record<string, string> = {
  'œ': 'oe', 'æ': 'ae', 'ß': 'ss', 'ø': 'o', 'ł': 'l', 'đ': 'd', 'ð': 'd', 'þ': 'th', 'ı': 'i', 'ħ': 'h',
};
const SPECIAL_RE = /[œæßøłđðþıħ]/g;
const MARKS_RE = /\p{M}+/gu;
// eslint-disable-next-line no-control-regex -- the whole ASCII range is meant
const ASCII_RE = /^[\x00-\x7f]*$/;

// eslint-disable-next-line no-control-regex -- the whole Latin-1 range is meant
const LATIN1_RE = /^[\x00-\xff]*$/;
const ACCENTED_RE = /[\xc0-\xff]/g;

/** Lower-cases and strips accents, so "Hélène", "HELENE" and "helene" compare equal. */
export function fold(text: string): string {
  // Most names and companies are plain ASCII: nothing to decompose. Imports fold each
  // contact several times, and NFD is the costly step.
  if (ASCII_RE.test(text)) return text.toLowerCase();
  // Western European text (é, ç, ß, ø) is Latin-1, where each letter folds on its own: looked up.
  if (LATIN1_RE.test(text)) return text.toLowerCase().replace(ACCENTED_RE, (c) => LATIN1_FOLDED[c.charCodeAt(0) - 0xc0] ?? c);
  return foldAny(text);
}

function foldAny(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(MARKS_RE, '')
    .replace(SPECIAL_RE, (c) => SPECIAL[c] ?? c)
    // Phones write d’Almeida with a typographic apostrophe, keyboards with a straight one.
    .replace(/[’‘ʼ]/g, "'");
}

// What the general rule makes of each lower-case Latin-1 letter from U+00C0 (à, é, ß, ø...).
const LATIN1_FOLDED = Array.from({ length: 0x40 }, (_, i) => foldAny(String.fromCharCode(0xc0 + i)));

/**
 * A name's sort key: folded, then as written. Keys order names as a reader would, without
 * accents or case getting in the way, and the same in every locale. Not localeCompare: its
 * first call builds ICU's collator, about 15 ms of a `maillon today` that must answer in 300.
 * A sort makes each key once, not at every comparison.
 */
export const nameKey = (name: string): string => `${fold(name)}\u0000${name}`;

/** Splits folded text into search terms: letters and digits, everything else separates. */
export function terms(text: string): string[] {
  return fold(text).split(/[^\p{L}\p{N}]+/u).filter((t) => t.length > 0);
}
