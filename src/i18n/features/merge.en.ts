/** English words of duplicates and merges: reasons, errors and CLI text. merge.fr.ts mirrors every key. */
import { s, type Feature, type Values as V } from './feature.js';

const plural = (n: unknown, one: string, many: string) => (Number(n) === 1 ? one : many);
const count = (n: unknown, one: string, many: string) => `${s(n)} ${plural(n, one, many)}`;
const pct = (x: unknown) => `${String(Math.round(Number(x) * 100))}%`;

const conflict: Record<string, string> = {
  email: 'different emails', phone: 'different phones', linkedin: 'different LinkedIn profiles',
  organization: 'different organizations', name: 'names with no word in common',
};

/** Merged counts by key, in words: "3 exchanges". */
const moved: Record<string, (n: unknown) => string> = {
  exchanges: (n) => count(n, 'exchange', 'exchanges'),
  sharedExchanges: (n) => `${s(n)} with both of them`,
  prompts: (n) => count(n, 'agenda item', 'agenda items'),
  milestones: (n) => count(n, 'milestone', 'milestones'),
  favours: (n) => count(n, 'favour', 'favours'),
  introductions: (n) => count(n, 'introduction', 'introductions'),
  asks: (n) => count(n, 'ask for advice', 'asks for advice'),
  shares: (n) => count(n, 'share', 'shares'),
  opportunities: (n) => count(n, 'opportunity', 'opportunities'),
  introduced: (n) => `${count(n, 'person', 'people')} they introduced`,
  ties: (n) => count(n, 'tie', 'ties'),
  emails: (n) => count(n, 'email', 'emails'),
  phones: (n) => count(n, 'phone', 'phones'),
  positions: (n) => count(n, 'position', 'positions'),
  labels: (n) => count(n, 'circle, tag or interest', 'circles, tags or interests'),
};

const field: Record<string, string> = {
  linkedin: 'LinkedIn', location: 'location', birthday: 'birthday', connectedOn: 'connected on', priority: 'rank',
  every: 'keep-in-touch cadence (days)', introducedBy: 'introduced by', metAt: 'met at',
};

export const mergeEn = {
  reason: {},
  error: {
    'merge.same_person': (v: V) => `"${s(v.refA ?? v.id)}" and "${s(v.refB ?? v.id)}" are the same person${v.name ? ` (${s(v.name)})` : ''}: a merge joins two different people.`,
    'merge.bad_confidence': (v: V) => `Bad --min-confidence "${s(v.value)}": expected a number from 0 to 1 (0.6) or a percentage (60%).`,
  },
  kind: {},
  cli: {
    help: {
      duplicates: 'list people who are likely the same person, with a confidence and the evidence, and the command that merges them',
      limit: 'show at most this many pairs (default 50)',
      minConfidence: 'show only pairs at least this likely, from 0 to 1 or as a percentage (default 0.5)',
      merge: 'merge person B into person A, losslessly: exchanges, agenda, favours, ties, notes... all move to A, and the merge is recorded',
      refA: 'the person who stays: id or name',
      refB: 'the person merged into A, then removed: id or name',
      dryRun: 'show what the merge would do, and change nothing',
    },
    out: {
      none: (v: V) => `No likely duplicates (at ${pct(v.min)} or more).`,
      header: (v: V) => `${count(v.count, 'likely duplicate', 'likely duplicates')}:`,
      person: (v: V) => `${s(v.name)}${v.hint ? ` (${s(v.hint)})` : ''} [${s(v.id)}]`,
      why: (v: V) => `${pct(v.confidence)} ${v.decision === 'same' ? 'very likely the same person' : 'possibly the same person'}: ${s(v.evidence)}`,
      more: 'More pairs may follow: use --limit.',
      evidence: {
        email: (v: V) => `same email ${s(v.value)}`,
        phone: (v: V) => `same phone ${s(v.value)}`,
        linkedin: (v: V) => `same LinkedIn profile ${s(v.value)}`,
        organization: (v: V) => `both at ${s(v.value)}`,
        name: (v: V) => (Number(v.score) >= 1 ? 'same name' : `names alike (${pct(v.score)})`),
        conflict: (v: V) => conflict[s(v.field)] ?? s(v.field),
      } as Record<string, (v: V) => string>,
      merged: (v: V) => `Merged ${s(v.merged)} [${s(v.mergedId)}] into ${s(v.survivor)} [${s(v.survivorId)}].`,
      wouldMerge: (v: V) => `Would merge ${s(v.merged)} [${s(v.mergedId)}] into ${s(v.survivor)} [${s(v.survivorId)}]. Nothing was changed (dry run).`,
      moved: (v: V) => `Moved: ${s(v.list)}.`,
      movedNothing: 'Nothing else to move: no exchanges, agenda items, favours or ties.',
      added: (v: V) => `Added to ${s(v.name)}: ${s(v.list)}.`,
      count: moved,
      dropped: (v: V) => `Left out as duplicates: ${count(v.count, 'open agenda item', 'open agenda items')} ${s(v.name)} already had.`,
      photoMoved: 'Their photo moved too.',
      photoDropped: (v: V) => `${s(v.name)}'s photo was kept; the other one is in the merge record.`,
      kept: (v: V) => `Kept in the notes: ${s(v.list)}.`,
      field,
      recorded: (v: V) => `Recorded as merge ${s(v.id)}.`,
    },
    examples: {
      duplicates: ['maillon duplicates', 'maillon duplicates --min-confidence 0.8 --limit 20'],
      merge: ['maillon merge "Jean Martin" "J. Martin" --dry-run', 'maillon merge 7gk2q9xw3m1a 0c4vb8nd2rte'],
    },
  },
} satisfies Feature;
