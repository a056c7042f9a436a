// Letters that Unicode does not decompose into a base letter plus accents, so NFD alone
// leaves them: "Œuvre" must still be found by "oeuvre", "Łukasz" by "lukasz".
const SPECIAL: Record<string, string> = {
  'œ': 'oe', 'æ': 'ae', 'ß': 'ss', 'ø': 'o', 'ł': 'l', 'đ': 'd', 'ð': 'd', 'þ': 'th', 'ı': 'i', 'ħ': 'h',
};
const SPECIAL_RE = /[œæßøłđðþıħ]/g;
const MARKS_RE = /\p{M}+/gu;
// eslint-disable-next-line no-control-regex -- the whole ASCII range is meant
const ASCII_RE = /^[\x00-\x7f]*$/;

/** Lower-cases and strips accents, so "Hélène", "HELENE" and "helene" compare equal. */
export function fold(text: string): string {
  // Most names and companies are plain ASCII: nothing to decompose. Imports fold each
  // contact several times, and NFD is the costly step.
  if (ASCII_RE.test(text)) return text.toLowerCase();
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(MARKS_RE, '')
    .replace(SPECIAL_RE, (c) => SPECIAL[c] ?? c)
    // Phones write d’Almeida with a typographic apostrophe, keyboards with a straight one.
    .replace(/[’‘ʼ]/g, "'");
}

/** Splits folded text into search terms: letters and digits, everything else separates. */
export function terms(text: string): string[] {
  return fold(text).split(/[^\p{L}\p{N}]+/u).filter((t) => t.length > 0);
}
