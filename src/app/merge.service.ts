import { MaillonError } from '../core/errors.js';
import { IdentityIndex, type Comparison, type Evidence, type Identity } from '../core/matching.js';
import { mergeNote, mergePeople, withNote, type KeptValue } from '../core/matching.merge.js';
import type { Day, Person } from '../core/types.js';
import { rebuildSearch } from '../storage/backup.repository.js';
import { getEvent } from '../storage/event.repository.js';
import { exchangeFacts } from '../storage/exchange.repository.js';
import { allIdentities } from '../storage/identity.repository.js';
import { deleteMerged, insertMergeRecord, moveRecords, type MovedRecords } from '../storage/merge.repository.js';
import { getPeople, getPerson, rankedIds, updatePerson, writeRanks } from '../storage/person.repository.js';
import { readSettings } from '../storage/settings.repository.js';
import type { Db } from '../storage/store.js';
import type { AppContext } from './context.js';
import { syncKeepInTouch } from './keep-in-touch.js';
import { resolvePerson } from './resolve.js';

/** Loads every person's identity for an IdentityIndex (one query per table, not per person). */
export async function loadIdentities(db: Db): Promise<Map<string, Identity>> {
  return allIdentities(db);
}

/** What a merge did, counted; ids are in the merge record. */
export interface MergeCounts {
  exchanges: number;
  /** Exchanges both took part in: one participant now. */
  sharedExchanges: number;
  prompts: number;
  /** Open prompts the survivor already had an equal of. */
  droppedPrompts: number;
  milestones: number;
  favours: number;
  introductions: number;
  asks: number;
  shares: number;
  opportunities: number;
  /** People the merged person had introduced, now introduced by the survivor. */
  introduced: number;
  ties: number;
  photo: 'moved' | 'dropped' | null;
  /** Values the survivor gained: emails, phones... not already theirs. */
  emails: number;
  phones: number;
  positions: number;
  labels: number;
}

export interface MergeResult {
  dryRun: boolean;
  /** The survivor as the merge leaves them. */
  survivor: Person;
  merged: { id: string; name: string };
  moved: MergeCounts;
  /** The merged person's values that lost to the survivor's, kept in the notes (names for ids). */
  keptInNotes: { field: KeptValue['field']; value: string }[];
  /** The line added to the notes, if any. */
  note: string | null;
  /** The merge record's id (null in a dry run: nothing was kept). */
  recordId: string | null;
}

type Outcome = Omit<MergeResult, 'dryRun'>;

/** Names the ids among kept values: a note must read "introduced by Paul Durand", not an id. */
async function named(db: Db, kept: readonly KeptValue[]): Promise<KeptValue[]> {
  const out: KeptValue[] = [];
  for (const k of kept) {
    if (k.field === 'introducedBy') out.push({ ...k, value: (await getPerson(db, k.value))?.name ?? k.value });
    else if (k.field === 'metAt') out.push({ ...k, value: (await getEvent(db, k.value))?.name ?? k.value });
    else out.push(k);
  }
  return out;
}

function counts(a: Person, after: Person, moved: MovedRecords): MergeCounts {
  const labels = (p: Person) => p.circles.length + p.tags.length + p.interests.length;
  return {
    exchanges: moved.exchanges.length, sharedExchanges: moved.sharedExchanges.length,
    prompts: moved.prompts.length, droppedPrompts: moved.droppedPrompts.length, milestones: moved.milestones.length,
    favours: moved.favours.length, introductions: moved.introductions.length, asks: moved.asks.length + moved.asksVia.length,
    shares: moved.shares.length, opportunities: moved.opportunities.length, introduced: moved.introduced.length,
    ties: moved.ties.length, photo: moved.photo,
    emails: after.emails.length - a.emails.length, phones: after.phones.length - a.phones.length,
    positions: after.positions.length - a.positions.length, labels: labels(after) - labels(a),
  };
}

/** The ranking after the merge: the survivor takes the merged person's place if they had none. */
async function rerank(db: Db, survivor: Person, merged: Person): Promise<string[]> {
  const order = await rankedIds(db);
  return survivor.priority === null ? order.map((id) => (id === merged.id ? survivor.id : id)) : order.filter((id) => id !== merged.id);
}

async function mergeIntoDetailed(db: Db, survivorId: string, mergedId: string, today: Day, newId: () => string): Promise<Outcome> {
  if (survivorId === mergedId) throw new MaillonError('merge.same_person', { id: survivorId });
  const [a, b] = await getPeople(db, [survivorId, mergedId]);
  if (a?.id !== survivorId) throw new MaillonError('person.not_found', { ref: survivorId });
  if (b?.id !== mergedId) throw new MaillonError('person.not_found', { ref: mergedId });

  const { person, kept } = mergePeople(a, b);
  const keptInNotes = await named(db, kept);
  const note = mergeNote(a.name, b.name, today, keptInNotes);
  const merged: Person = { ...person, notes: withNote(person.notes, note) };
  // Read before the merged person is gone: their place in the ranking.
  const ranks = b.priority === null ? null : await rerank(db, a, b);

  const moved = await moveRecords(db, b.id, a.id);
  await deleteMerged(db, b.id);
  await updatePerson(db, { person: merged, metText: '' }, newId);
  const changed = ranks === null ? [] : await writeRanks(db, ranks);
  await syncKeepInTouch(db, [...new Set([a.id, ...changed])], await readSettings(db), today, newId);
  // The survivor's search text, and that of those they introduced (found by the introducer's name).
  await rebuildSearch(db, [a.id, ...moved.introduced]);

  const recordId = newId();
  await insertMergeRecord(db, {
    id: recordId, survivorId: a.id, mergedId: b.id, mergedName: b.name, date: today,
    // What the merged person was, and where each of their records went: enough to undo by hand.
    snapshot: { person: b, survivorBefore: { id: a.id, name: a.name }, keptInNotes, ...moved },
  });
  const survivor = (await getPerson(db, a.id)) ?? merged;
  return { survivor, merged: { id: b.id, name: b.name }, moved: counts(a, survivor, moved), keptInNotes, note, recordId };
}

/** Merges `mergedId` into `survivorId` inside the caller's transaction, losslessly; records it. Returns the survivor. */
export async function mergeInto(db: Db, survivorId: string, mergedId: string, today: string, newId: () => string): Promise<Person> {
  return (await mergeIntoDetailed(db, survivorId, mergedId, today, newId)).survivor;
}

/** Thrown to roll a dry run back once the merge was done and counted. */
class DryRun extends Error {
  constructor(readonly outcome: Outcome) {
    super('dry run');
  }
}

/**
 * Merges the person REF B into REF A, in one transaction: A survives with everything B had.
 * A dry run does the whole merge, reports it, and rolls it back.
 */
export async function merge(ctx: AppContext, refA: string, refB: string, options: { dryRun?: boolean }): Promise<MergeResult> {
  try {
    const outcome = await ctx.store.transaction(async (trx) => {
      const a = await resolvePerson(trx, refA);
      const b = await resolvePerson(trx, refB);
      if (a.id === b.id) throw new MaillonError('merge.same_person', { id: a.id, name: a.name, refA, refB });
      const done = await mergeIntoDetailed(trx, a.id, b.id, ctx.today, ctx.newId);
      if (options.dryRun) throw new DryRun(done);
      return done;
    });
    return { dryRun: false, ...outcome };
  } catch (error) {
    if (error instanceof DryRun) return { dryRun: true, ...error.outcome, recordId: null };
    throw error;
  }
}

export interface DuplicatePerson {
  id: string;
  name: string;
  /** What tells them apart: current job, first email. */
  hint: string | null;
}

export interface DuplicatePair {
  /** The suggested survivor: the one with more history (exchanges, then known longer, then more details). */
  a: DuplicatePerson;
  b: DuplicatePerson;
  confidence: number;
  decision: Comparison['decision'];
  evidence: Evidence[];
  /** The command that merges them. */
  command: string;
}

/** How much a record says: the fuller one is the better survivor when nothing else tells. */
const richness = (p: Person) => p.emails.length + p.phones.length + p.positions.length + p.circles.length + p.tags.length + p.interests.length
  + [p.linkedin, p.location, p.birthday, p.notes, p.priority, p.metAtEventId, p.introducedById].filter((v) => v !== null).length;

function hintOf(p: Person): string | null {
  const job = p.positions.findLast((x) => x.end === null) ?? p.positions.at(-1);
  const parts = [job ? [job.title, job.organization].filter(Boolean).join(', ') : null, p.emails[0] ?? null];
  return parts.filter(Boolean).join(' · ') || null;
}

/**
 * Likely pairs of people who are one, best first: each person is compared only with those
 * sharing an email, a phone, a LinkedIn profile or a name key, never with everyone.
 */
export async function duplicates(ctx: AppContext, options: { limit?: number; minConfidence?: number }): Promise<DuplicatePair[]> {
  const limit = options.limit ?? 50;
  const min = options.minConfidence ?? 0.5;
  return ctx.store.read(async (db) => {
    const index = new IdentityIndex();
    for (const [id, who] of await loadIdentities(db)) index.add(id, who);
    const pairs = index.pairs().filter((p) => p.comparison.confidence >= min).slice(0, limit);
    const ids = pairs.flatMap((p) => [p.a, p.b]);
    const [found, facts] = await Promise.all([getPeople(db, ids), exchangeFacts(db, ids)]);
    const people = new Map(found.map((p) => [p.id, p]));
    const exchanges = (p: Person) => facts.get(p.id)?.length ?? 0;
    return pairs.flatMap((p): DuplicatePair[] => {
      const x = people.get(p.a), y = people.get(p.b);
      if (!x || !y) return [];
      const order = exchanges(y) - exchanges(x) || x.createdOn.localeCompare(y.createdOn) || richness(y) - richness(x) || x.id.localeCompare(y.id);
      const [a, b] = order <= 0 ? [x, y] : [y, x];
      return [{
        a: { id: a.id, name: a.name, hint: hintOf(a) }, b: { id: b.id, name: b.name, hint: hintOf(b) },
        confidence: p.comparison.confidence, decision: p.comparison.decision, evidence: p.comparison.evidence,
        command: `maillon merge ${a.id} ${b.id}`,
      }];
    });
  });
}

/** A confidence as typed: 0.6, or 60%. */
export function parseConfidence(value: string): number {
  const v = value.trim();
  const percent = v.endsWith('%');
  const n = Number(percent ? v.slice(0, -1).trim() : v);
  const x = percent ? n / 100 : n;
  if (v === '' || v === '%' || !Number.isFinite(x) || x < 0 || x > 1) throw new MaillonError('merge.bad_confidence', { value });
  return x;
}
