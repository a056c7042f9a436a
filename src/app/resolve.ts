import { pickByName, type Candidate } from '../core/ref.js';
import { eventCandidates } from '../storage/event.repository.js';
import { personCandidates } from '../storage/person.repository.js';
import type { Db } from '../storage/store.js';

/** The person a REF (an id or a name) means; unknown or ambiguous REFs are errors. */
export async function resolvePerson(db: Db, ref: string): Promise<Candidate> {
  return pickByName(ref, await personCandidates(db, ref), 'person');
}

export async function resolveEvent(db: Db, ref: string): Promise<Candidate> {
  return pickByName(ref, await eventCandidates(db, ref), 'event');
}
