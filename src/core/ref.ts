import { MaillonError } from './errors.js';
import { fold } from './fold.js';

/** A person (or event) a REF could mean, with what tells it apart from the others. */
export interface Candidate {
  id: string;
  name: string;
  hint: string | null;
}

/**
 * Picks the one candidate a typed name means: an exact (accent- and case-insensitive) name
 * first, else the only partial match. Several matches is an error listing them all.
 */
export function pickByName(ref: string, candidates: readonly Candidate[], what: 'person' | 'event'): Candidate {
  const wanted = fold(ref.trim());
  const exact = candidates.filter((c) => fold(c.name) === wanted);
  const matches = exact.length > 0 ? exact : candidates;
  if (matches.length === 1 && matches[0]) return matches[0];
  if (matches.length === 0) throw new MaillonError(`${what}.not_found`, { ref });
  throw new MaillonError(`${what}.ambiguous`, {
    ref,
    candidates: matches.slice(0, 10).map((c) => ({ id: c.id, name: c.name, hint: c.hint })),
    more: Math.max(0, matches.length - 10),
  });
}
