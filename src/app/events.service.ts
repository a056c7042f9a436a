import { parseDay } from '../core/dates.js';
import { MaillonError } from '../core/errors.js';
import type { MaillonEvent } from '../core/types.js';
import { parseEventKind, text } from '../core/validate.js';
import { insertEvents, listEvents as listStoredEvents } from '../storage/event.repository.js';
import type { AppContext } from './context.js';

export interface EventInput {
  name: string;
  date: string;
  kind?: string;
  place?: string;
}

export async function addEvent(ctx: AppContext, input: EventInput): Promise<MaillonEvent> {
  const name = text(input.name);
  if (!name) throw new MaillonError('input.empty', { field: 'name' });
  const event: MaillonEvent = {
    id: ctx.newId(),
    name,
    date: parseDay(input.date),
    kind: parseEventKind(input.kind ?? 'other'),
    place: text(input.place),
  };
  await ctx.store.transaction((trx) => insertEvents(trx, [event]));
  return event;
}

export async function listEvents(ctx: AppContext) {
  return ctx.store.read((db) => listStoredEvents(db));
}
