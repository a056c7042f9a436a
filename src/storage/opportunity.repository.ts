import type { Selectable } from 'kysely';
import { REPORT_BACK } from '../core/kinds.favours.js';
import type { Opportunity, OpportunityStage } from '../core/tending.js';
import type { Day, Prompt } from '../core/types.js';
import { chunks, insertMany } from './batch.js';
import { fromPromptRow } from './prompt.repository.js';
import type { OpportunityTable } from './schema.js';
import type { Db } from './store.js';

export async function insertOpportunity(db: Db, o: Opportunity): Promise<void> {
  await db.insertInto('opportunity').values({
    id: o.id, title: o.title, organization: o.organization, stage: o.stage, created_on: o.createdOn, updated_on: o.updatedOn,
  }).execute();
  await insertMany(db, 'opportunity_person', o.viaIds.map((person_id) => ({ opportunity_id: o.id, person_id })));
}

/** Opportunities with the people who can refer the user, newest change first; `open` leaves out won and lost. */
export async function listOpportunities(db: Db, options: { open?: boolean; id?: string } = {}): Promise<Opportunity[]> {
  let query = db.selectFrom('opportunity').selectAll();
  if (options.open) query = query.where('stage', 'not in', ['won', 'lost']);
  if (options.id !== undefined) query = query.where('id', '=', options.id);
  const rows = await query.orderBy('updated_on', 'desc').orderBy('created_on', 'desc').orderBy('id').execute();
  const via = new Map<string, string[]>();
  for (const part of chunks(rows.map((r) => r.id))) {
    const links = await db.selectFrom('opportunity_person').select(['opportunity_id', 'person_id']).where('opportunity_id', 'in', part).orderBy('person_id').execute();
    for (const l of links) via.set(l.opportunity_id, [...(via.get(l.opportunity_id) ?? []), l.person_id]);
  }
  return rows.map((r) => fromRow(r, via.get(r.id) ?? []));
}

export async function getOpportunity(db: Db, id: string): Promise<Opportunity | undefined> {
  return (await listOpportunities(db, { id: id.trim() }))[0];
}

export async function setStage(db: Db, id: string, stage: OpportunityStage, on: Day): Promise<void> {
  await db.updateTable('opportunity').set({ stage, updated_on: on }).where('id', '=', id).execute();
}

/** Every (person, stage) pair of opportunities a person helped with, for the report. */
export async function stagesByContact(db: Db): Promise<{ personId: string; stage: OpportunityStage }[]> {
  const rows = await db.selectFrom('opportunity_person as l').innerJoin('opportunity as o', 'o.id', 'l.opportunity_id')
    .select(['l.person_id', 'o.stage']).execute();
  return rows.map((r) => ({ personId: r.person_id, stage: r.stage as OpportunityStage }));
}

/** Stages of the opportunities no contact is linked to. */
export async function stagesWithoutContact(db: Db): Promise<OpportunityStage[]> {
  const rows = await db.selectFrom('opportunity as o').select('o.stage')
    .where((eb) => eb.not(eb.exists(eb.selectFrom('opportunity_person as l').select('l.person_id').whereRef('l.opportunity_id', '=', 'o.id'))))
    .execute();
  return rows.map((r) => r.stage as OpportunityStage);
}

/**
 * Open report-back prompts of an opportunity for these people, found through the
 * (person, kind, status) index: one per person, so a second move updates it rather than repeat it.
 */
export async function openReportBacks(db: Db, opportunityId: string, personIds: readonly string[]): Promise<Prompt[]> {
  if (personIds.length === 0) return [];
  const rows = await db.selectFrom('prompt').selectAll()
    .where('person_id', 'in', [...personIds]).where('kind', '=', REPORT_BACK).where('status', '=', 'open')
    .where('source_id', '=', opportunityId).orderBy('person_id').execute();
  return rows.map(fromPromptRow);
}

/** Moves an open prompt to new days with new data: the same reminder, brought up to date. */
export async function refreshPrompt(db: Db, prompt: Prompt): Promise<void> {
  await db.updateTable('prompt').set({ show_on: prompt.showOn, due_on: prompt.dueOn, snoozed_until: null, data: JSON.stringify(prompt.data) })
    .where('id', '=', prompt.id).execute();
}

function fromRow(r: Selectable<OpportunityTable>, viaIds: string[]): Opportunity {
  return {
    id: r.id, title: r.title, organization: r.organization, stage: r.stage as OpportunityStage,
    createdOn: r.created_on, updatedOn: r.updated_on, viaIds,
  };
}
