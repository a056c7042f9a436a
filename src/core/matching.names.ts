import { fold } from './fold.js';

/**
 * Names as matching compares them. Address books write the same person as "Jean-Pierre
 * d'Almeida", "J.-P. Dalmeida" or "ALMEIDA Jean-Pierre"; these forms make such spellings meet.
 */
export interface NameForm {
  /** Words without particles, in order; a one-letter word is an initial. */
  tokens: readonly string[];
  /** Every letter and digit, particles included, without separators: "Da Silva" and "Dasilva" meet here. */
  joined: string;
  /** Every word, particles included, sorted: "Le Thanh" and "Thanh Le" meet here. */
  sorted: string;
}

// Particles come before a family name ("de la Tour", "van den Berg") and are often dropped or
// glued on ("Delatour"): they are left out of the words, but kept in `joined`.
const PARTICLES = new Set(['de', 'du', 'des', 'del', 'della', 'van', 'von', 'der', 'den', 'da', 'di', 'le', 'la', 'les', 'dos', 'das', 'do', 'ten', 'ter', 'zu', 'y']);
// Honorifics a phone's address book keeps in front of names. Not "m": in "M. Martin" it may be an initial.
const HONORIFICS = new Set(['dr', 'mr', 'mrs', 'ms', 'mme', 'mlle', 'prof', 'pr']);

// Most folded names are plain words and spaces: they need none of the rules below but the split.
const PLAIN = /^[a-z0-9 ]*$/;

export function nameForm(raw: string): NameForm {
  const folded = fold(raw);
  if (PLAIN.test(folded)) {
    const words = folded.split(' ').filter(Boolean);
    return formOf(words, words.join(''));
  }
  // "Jean Martin (Acme)": what a phone puts in brackets is a note, not a name.
  const text = folded.replace(/\([^)]*\)/g, ' ');
  const joined = text.replace(/[^\p{L}\p{N}]+/gu, '');
  // d' and l' are particles glued by an apostrophe; other apostrophes (O'Brien, N'Diaye) join.
  const words = text.replace(/(^|[\s-])[dl]'/g, '$1').replace(/'/g, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return formOf(words, joined);
}

function formOf(words: string[], joined: string): NameForm {
  while (words.length > 1 && HONORIFICS.has(words[0] ?? '')) words.shift();
  // A particle is left out when a word that is not one follows it.
  let lastWord = words.length - 1;
  while (lastWord >= 0 && PARTICLES.has(words[lastWord] ?? '')) lastWord--;
  const tokens = words.filter((w, i) => !(i < lastWord && PARTICLES.has(w)));
  return { tokens, joined, sorted: [...words].sort().join(' ') };
}

/** Optimal string alignment distance, stopped early past 1: only "one typo" matters here. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const restA = a.slice(i), restB = b.slice(i);
  if (restA.slice(1) === restB.slice(1)) return true; // substitution
  if (restA.slice(1) === restB || restA === restB.slice(1)) return true; // deletion or insertion
  return restA.length > 1 && restA[0] === restB[1] && restA[1] === restB[0] && restA.slice(2) === restB.slice(2); // swap
}

// An initial is a good sign, not proof: "J." may be Jean or Julien.
const INITIAL_SCORE = 0.8;
// A typo in a long word ("Guillaumme"). Short words differ by one letter too often (Jean, Jeanne; Léa, Léo).
const TYPO_SCORE = 0.85;
const TYPO_MIN_LENGTH = 7;

function tokenScore(a: string, b: string): number {
  if (a === b) return 1;
  if ((a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b))) return INITIAL_SCORE;
  if (Math.min(a.length, b.length) >= TYPO_MIN_LENGTH && withinOneEdit(a, b)) return TYPO_SCORE;
  return 0;
}

// Names longer than this are cut: used words are tracked as bits of one number.
const MAX_WORDS = 16;

/** How alike two names are, from 0 to 1 (1: the same name, however written). */
export function formSimilarity(a: NameForm, b: NameForm): number {
  if ((a.joined !== '' && a.joined === b.joined) || (a.sorted !== '' && a.sorted === b.sorted)) return 1;
  const swap = a.tokens.length > b.tokens.length;
  const short = swap ? b.tokens : a.tokens, long = swap ? a.tokens : b.tokens;
  const n = Math.min(short.length, MAX_WORDS), m = Math.min(long.length, MAX_WORDS);
  if (n === 0) return 0;
  // Equal words first (none can do better), then the best remaining pairs, best first. This
  // runs hundreds of thousands of times over a large network: no allocation.
  let usedShort = 0, usedLong = 0, sum = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      if ((usedLong & (1 << j)) === 0 && short[i] === long[j]) {
        usedShort |= 1 << i;
        usedLong |= 1 << j;
        sum += 1;
        break;
      }
    }
  }
  for (;;) {
    let best = 0, bi = -1, bj = -1;
    for (let i = 0; i < n; i++) {
      if ((usedShort & (1 << i)) !== 0) continue;
      for (let j = 0; j < m; j++) {
        if ((usedLong & (1 << j)) !== 0) continue;
        const score = tokenScore(short[i] ?? '', long[j] ?? '');
        if (score > best) {
          best = score;
          bi = i;
          bj = j;
        }
      }
    }
    if (bi < 0) break;
    usedShort |= 1 << bi;
    usedLong |= 1 << bj;
    sum += best;
  }
  // Words only one side has: a middle name ("Marie Claire Dupont" for "Marie Dupont") is a
  // small doubt; a lone word ("Martin" for "Jean Martin") a larger one.
  const extra = m - n;
  const penalty = n === 1 ? 0.6 ** extra : 0.85 ** extra;
  return round(sum / n * penalty);
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * How alike two names are, from 0 to 1: blind to accents and case, particles ("de", "van",
 * "d'"), word order and hyphens; an initial ("J. Martin") is close to the name it starts.
 */
export function nameSimilarity(a: string, b: string): number {
  return formSimilarity(nameForm(a), nameForm(b));
}

/** The keys a name is filed under and looked up by (see nameKeys). */
export interface NameKeys {
  own: string[];
  /** "Word + another word's initial": filed only once some name with an initial looks them up. */
  byInitial: string[];
  probe: string[];
  /** True when the name has an initial, and so looks up `byInitial` keys. */
  hasInitial: boolean;
}

/**
 * Blocking keys of a name: people are compared only when they share one. Pairs of words
 * (either order), an initial with a word, and the joined letters. "J. Martin" is filed
 * under "martin + j", and looks for "martin + a word starting with j"; "Jean Martin" is
 * filed under the latter, and looks for the former.
 */
export function nameKeys(form: NameForm): NameKeys {
  // Keys pair words: a "name" of a thousand words (a photo pasted into FN) would make a
  // million keys. Only the words formSimilarity compares are keyed.
  const kept = form.tokens.length > MAX_WORDS ? form.tokens.slice(0, MAX_WORDS) : form.tokens;
  const words = kept.filter((t) => t.length > 1);
  const initials = kept.filter((t) => t.length === 1);
  const own: string[] = [], byInitial: string[] = [], probe: string[] = [];
  const add = (list: string[], key: string) => {
    if (!list.includes(key)) list.push(key);
  };
  if (form.joined) {
    add(own, `j:${form.joined}`);
    add(probe, `j:${form.joined}`);
  }
  for (const x of words) {
    for (const y of words) {
      if (x === y) continue;
      if (x < y) {
        add(own, `p:${x} ${y}`);
        add(probe, `p:${x} ${y}`);
      }
      add(byInitial, `w:${x} ${y.charAt(0)}`);
      add(probe, `i:${x} ${y.charAt(0)}`);
    }
    for (const i of initials) {
      add(own, `i:${x} ${i}`);
      add(probe, `i:${x} ${i}`);
      add(probe, `w:${x} ${i}`);
    }
  }
  return { own, byInitial, probe, hasInitial: initials.length > 0 && words.length > 0 };
}
