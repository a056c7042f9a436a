import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { buildAgenda, type AgendaInput, type AgendaItem } from '../core/agenda.js';
import { addDays } from '../core/dates.js';
import { MaillonError } from '../core/errors.js';
import { parseWhole } from '../core/validate.js';
import { writeCalendar, type CalendarEvent } from '../formats/ics.js';
import { writeVcard, type VcardVersion } from '../formats/vcard/write.js';
import { chunks } from '../storage/batch.js';
import { getPeople } from '../storage/person.repository.js';
import { photosOf } from '../storage/photo.repository.js';
import { dueAgenda } from '../storage/prompt.repository.js';
import { readSettings } from '../storage/settings.repository.js';
import { DERIVED_SOURCES } from './agenda-sources.js';
import type { AppContext } from './context.js';
import { writeTextAtomically } from './files.js';

export const VCARD_VERSIONS: readonly VcardVersion[] = ['4.0', '3.0'];

export function parseVcardVersion(value: string | undefined): VcardVersion {
  const version = value ?? '4.0';
  const found = VCARD_VERSIONS.find((v) => v === version || v === `${version}.0`);
  if (!found) throw new MaillonError('export.bad_version', { value: version, allowed: VCARD_VERSIONS.join(', ') });
  return found;
}

/**
 * Writes everyone as vCards, a thousand people at a time, to a file beside the target that
 * replaces it only when complete: a crash never leaves half an address book.
 */
export async function exportVcards(ctx: AppContext, file: string, version: VcardVersion): Promise<{ file: string; people: number; version: VcardVersion }> {
  const ids = (await ctx.store.read((db) => db.selectFrom('person').select('id').orderBy('name_folded').orderBy('id').execute())).map((r) => r.id);
  const temp = `${file}.${String(process.pid)}.tmp`;
  const out = createWriteStream(temp);
  try {
    await once(out, 'open');
    for (const part of chunks(ids, 1000)) {
      const [people, photos] = await ctx.store.read((db) => Promise.all([getPeople(db, part), photosOf(db, part)]));
      const photoOf = (id: string) => photos.get(id);
      const text = people.map((p) => {
        const photo = photoOf(p.id);
        return writeVcard(p, { version, ...(photo ? { photo } : {}) });
      }).join('');
      if (!out.write(text)) await once(out, 'drain');
    }
    out.end();
    await once(out, 'finish');
    await rename(temp, file);
  } catch (error) {
    out.destroy();
    await rm(temp, { force: true });
    if (error instanceof MaillonError) throw error;
    throw new MaillonError('file.unwritable', { file, reason: (error as NodeJS.ErrnoException).code ?? String(error) }, { cause: error });
  }
  return { file, people: ids.length, version };
}

/** Words for one agenda item in a calendar: the CLI and the server give them in the user's language. */
export type Describe = (item: AgendaItem) => { summary: string; description: string };

/**
 * The agenda of the next `days` days as iCalendar: one all-day event per prompt, on the day
 * it is due (today when overdue). The prompt's id is the event's UID, so exporting again
 * updates a subscribed calendar instead of duplicating its events.
 */
export async function exportCalendar(ctx: AppContext, file: string, daysText: string | undefined, describe: Describe, name: string): Promise<{ file: string; events: number; days: number; until: string }> {
  const days = daysText === undefined ? 30 : parseWhole(daysText, 'days', 1, 366);
  const until = addDays(ctx.today, days - 1);
  const items = await calendarItems(ctx, until);
  const events: CalendarEvent[] = items.map((item) => ({
    uid: `${item.id}@maillon`, day: item.due < ctx.today ? ctx.today : item.due, ...describe(item),
  }));
  await writeTextAtomically(file, writeCalendar({ name, stamp: new Date(`${ctx.today}T00:00:00Z`), events }));
  return { file, events: events.length, days, until };
}

/** Open prompts that show by `until`, stored and computed, with their reasons as of today. */
async function calendarItems(ctx: AppContext, until: string): Promise<AgendaItem[]> {
  return ctx.store.read(async (db) => {
    const settings = await readSettings(db);
    const inputs = new Map<string, AgendaInput>();
    for (const input of await dueAgenda(db, until)) inputs.set(input.prompt.id, input);
    // Computed prompts (birthdays...) are found day by day, as the agenda would find them then.
    for (let day = ctx.today; day <= until; day = addDays(day, 1)) {
      for (const source of DERIVED_SOURCES) {
        for (const input of await source.collect(db, day, settings)) if (!inputs.has(input.prompt.id)) inputs.set(input.prompt.id, input);
      }
    }
    const stored = new Set<string>();
    const computedIds = [...inputs.values()].filter((i) => DERIVED_SOURCES.some((s) => i.prompt.kind === s.kind)).map((i) => i.prompt.id);
    for (const part of chunks(computedIds)) {
      for (const r of await db.selectFrom('prompt').select(['id', 'status']).where('id', 'in', part).execute()) if (r.status !== 'open') stored.add(r.id);
    }
    return buildAgenda([...inputs.values()].filter((i) => !stored.has(i.prompt.id)), ctx.today, settings);
  });
}
