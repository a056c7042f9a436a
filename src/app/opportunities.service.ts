import { addDays } from '../core/dates.js';
import { MaillonError } from '../core/errors.js';
import { REPORT_BACK } from '../core/kinds.favours.js';
import { isOpenStage, movesForward, outcomesByContact, parseStage, type ContactOutcome } from '../core/sharing.js';
import type { Opportunity, OpportunityStage } from '../core/tending.js';
import type { Day, Prompt } from '../core/types.js';
import { text } from '../core/validate.js';
import { getOpportunity, insertOpportunity, listOpportunities, openReportBacks, refreshPrompt, setStage, stagesByContact, stagesWithoutContact } from '../storage/opportunity.repository.js';
import { insertPrompts } from '../storage/prompt.repository.js';
import { personNames } from '../storage/share.repository.js';
import type { Db } from '../storage/store.js';
import type { AppContext } from './context.js';
import { resolvePerson } from './resolve.js';
import type { Named } from './shares.service.js';

// Telling someone how their help turned out is best done while it is news, within days.
const REPORT_BACK_DAYS = 2;

/** An opportunity as shown: the people who can refer the user by name. */
export interface OpportunityView extends Omit<Opportunity, 'viaIds'> {
  via: Named[];
}

export interface OpportunityInput {
  title: string;
  org?: string;
  via?: string[];
  stage?: string;
}

async function view(db: Db, list: readonly Opportunity[]): Promise<OpportunityView[]> {
  const names = await personNames(db, list.flatMap((o) => o.viaIds));
  return list.map(({ viaIds, ...o }) => ({ ...o, via: viaIds.map((id) => ({ id, name: names.get(id) ?? '' })) }));
}

async function found(db: Db, id: string): Promise<Opportunity> {
  const o = await getOpportunity(db, id);
  if (!o) throw new MaillonError('opportunity.not_found', { id });
  return o;
}

/** Records a job or mission lead, with the people who can refer or co-opt the user. */
export async function addOpportunity(ctx: AppContext, input: OpportunityInput): Promise<OpportunityView> {
  const title = text(input.title);
  if (!title) throw new MaillonError('input.empty', { field: 'title' });
  const stage = input.stage === undefined ? 'lead' : parseStage(input.stage);
  return ctx.store.transaction(async (trx) => {
    const via: string[] = [];
    for (const ref of input.via ?? []) via.push((await resolvePerson(trx, ref)).id);
    const o: Opportunity = {
      id: ctx.newId(), title, organization: text(input.org), stage, createdOn: ctx.today, updatedOn: ctx.today, viaIds: [...new Set(via)].sort(),
    };
    await insertOpportunity(trx, o);
    return (await view(trx, [o]))[0] ?? { ...o, via: [] };
  });
}

export interface ReportBack {
  id: string;
  person: Named;
  due: Day;
}

export interface MoveResult {
  opportunity: OpportunityView;
  from: OpportunityStage;
  forward: boolean;
  /** The report-back prompts opened (or brought up to date) for the people who helped. */
  reportBacks: ReportBack[];
}

/**
 * Moves an opportunity to a stage. Progress (a later stage, or won) opens a report-back for
 * each person who helped, so they hear how it went; a prompt still open for them is updated.
 */
export async function moveOpportunity(ctx: AppContext, id: string, stageText: string): Promise<MoveResult> {
  const stage = parseStage(stageText);
  return ctx.store.transaction(async (trx) => {
    const before = await found(trx, id);
    if (before.stage === stage) return { opportunity: (await view(trx, [before]))[0] ?? { ...before, via: [] }, from: before.stage, forward: false, reportBacks: [] };
    await setStage(trx, before.id, stage, ctx.today);
    const after: Opportunity = { ...before, stage, updatedOn: ctx.today };
    const [shown] = await view(trx, [after]);
    const opportunity = shown ?? { ...after, via: [] };
    const forward = movesForward(before.stage, stage);
    if (!forward) return { opportunity, from: before.stage, forward, reportBacks: [] };

    const due = addDays(ctx.today, REPORT_BACK_DAYS);
    const data = { about: 'opportunity', title: after.title, stage };
    const open = new Map((await openReportBacks(trx, after.id, after.viaIds)).map((p) => [p.personId, p]));
    const created: Prompt[] = [];
    for (const personId of after.viaIds) {
      const current = open.get(personId);
      if (current) await refreshPrompt(trx, { ...current, showOn: ctx.today, dueOn: due, data });
      else {
        created.push({
          id: ctx.newId(), kind: REPORT_BACK, personId, showOn: ctx.today, dueOn: due, status: 'open', createdOn: ctx.today,
          closedOn: null, snoozedUntil: null, sourceId: after.id, checklist: [], data,
        });
      }
    }
    await insertPrompts(trx, created);
    const promptIds = new Map([...[...open.values()].map((p) => [p.personId, p.id] as const), ...created.map((p) => [p.personId, p.id] as const)]);
    const reportBacks = opportunity.via.map((person) => ({ id: promptIds.get(person.id) ?? '', person, due }));
    return { opportunity, from: before.stage, forward, reportBacks };
  });
}

export async function opportunities(ctx: AppContext, options: { open?: boolean }): Promise<OpportunityView[]> {
  return ctx.store.read(async (db) => view(db, await listOpportunities(db, options.open ? { open: true } : {})));
}

export interface OpportunityDetail extends OpportunityView {
  /** Report-backs still to do for this opportunity. */
  reportBacks: ReportBack[];
}

export async function showOpportunity(ctx: AppContext, id: string): Promise<OpportunityDetail> {
  return ctx.store.read(async (db) => {
    const o = await found(db, id);
    const [shown] = await view(db, [o]);
    const opportunity = shown ?? { ...o, via: [] };
    const prompts = await openReportBacks(db, o.id, o.viaIds);
    const byId = new Map(opportunity.via.map((p) => [p.id, p]));
    return { ...opportunity, reportBacks: prompts.map((p) => ({ id: p.id, person: byId.get(p.personId) ?? { id: p.personId, name: '' }, due: p.dueOn })) };
  });
}

export interface OpportunityReport {
  contacts: (Omit<ContactOutcome, 'personId'> & { person: Named })[];
  /** Opportunities found without a contact, for comparison. */
  withoutContact: { total: number; won: number; lost: number; open: number };
}

/** Which contacts produced opportunities, how many, and at which stage those ended. */
export async function opportunityReport(ctx: AppContext): Promise<OpportunityReport> {
  return ctx.store.read(async (db) => {
    const [links, alone] = await Promise.all([stagesByContact(db), stagesWithoutContact(db)]);
    const outcomes = outcomesByContact(links);
    const names = await personNames(db, outcomes.map((o) => o.personId));
    const contacts = outcomes.map(({ personId, ...o }) => ({ person: { id: personId, name: names.get(personId) ?? '' }, ...o }));
    const count = (pred: (s: OpportunityStage) => boolean) => alone.filter(pred).length;
    return { contacts, withoutContact: { total: alone.length, won: count((s) => s === 'won'), lost: count((s) => s === 'lost'), open: count(isOpenStage) } };
  });
}
