import type { AgendaInput } from '../core/agenda.js';
import type { Day, Settings } from '../core/types.js';
import type { Db } from '../storage/store.js';
import { FAVOUR_SOURCES } from './favours.agenda.js';

/**
 * A kind whose prompts are computed when the agenda is read, not stored when something
 * happens: a birthday comes back every year, a favour to return shows until it is.
 * Ids are `KIND.PERSON_ID.KEY` and stable, so done and snooze can store a prompt under the
 * same id, and a stored prompt (done, or snoozed to later) hides the computed one.
 */
export interface DerivedSource {
  kind: string;
  /** The open items of this kind whose day has come. Each input's prompt.id must start with `${kind}.`. */
  collect(db: Db, today: Day, settings: Settings): Promise<AgendaInput[]>;
}

export const DERIVED_SOURCES: readonly DerivedSource[] = [...FAVOUR_SOURCES];
