/**
 * Reads of what surrounds one person, for drafts and briefs: their milestones, favours,
 * shares, opportunities, requests for advice and the people around them. Every query goes
 * through an index on the person (milestone_person, favour_person, share_recipient_person,
 * opportunity_person_person, ask_person, person_introduced_by, position_organization).
 */
import type { Day } from '../core/types.js';
import type { FavourDirection, FavourKind, MilestoneKind, OpportunityStage } from '../core/tending.js';
import type { Db } from './store.js';

export interface MilestoneFact { id: string; kind: MilestoneKind; date: Day; note: string | null; congratulate: boolean }

/** A person's milestones, newest first; `congratulate` is true while its congratulation is still open in the agenda. */
export async function milestonesOf(db: Db, personId: string, limit: number): Promise<MilestoneFact[]> {
  const rows = await db.selectFrom('milestone').select(['id', 'kind', 'date', 'note'])
    .where('person_id', '=', personId).orderBy('date', 'desc').orderBy('id', 'desc').limit(limit).execute();
  const open = await db.selectFrom('prompt').select('source_id')
    .where('person_id', '=', personId).where('kind', '=', 'congratulate').where('status', '=', 'open').execute();
  const openIds = new Set(open.map((r) => r.source_id));
  return rows.map((r) => ({ id: r.id, kind: r.kind as MilestoneKind, date: r.date, note: r.note, congratulate: openIds.has(r.id) }));
}

export interface FavourFact {
  id: string;
  direction: FavourDirection;
  kind: FavourKind;
  date: Day;
  note: string | null;
  thankedOn: Day | null;
  introduced: { id: string; name: string } | null;
}

/** Favours either way with a person, newest first, with the name of whoever was introduced. */
export async function favoursOf(db: Db, personId: string, limit: number): Promise<FavourFact[]> {
  const rows = await db.selectFrom('favour as f').leftJoin('person as p', 'p.id', 'f.introduced_id')
    .select(['f.id', 'f.direction', 'f.kind', 'f.date', 'f.note', 'f.thanked_on', 'f.introduced_id', 'p.name as introduced_name'])
    .where('f.person_id', '=', personId).orderBy('f.date', 'desc').orderBy('f.id', 'desc').limit(limit).execute();
  return rows.map((r) => ({
    id: r.id, direction: r.direction as FavourDirection, kind: r.kind as FavourKind, date: r.date, note: r.note, thankedOn: r.thanked_on,
    introduced: r.introduced_id && r.introduced_name ? { id: r.introduced_id, name: r.introduced_name } : null,
  }));
}

export interface ShareFact { url: string; title: string | null; date: Day; topics: string[] }

/** The last article or resource sent to a person. */
export async function lastShareTo(db: Db, personId: string): Promise<ShareFact | undefined> {
  const row = await db.selectFrom('share_recipient as r').innerJoin('share as s', 's.id', 'r.share_id')
    .select(['s.id', 's.url', 's.title', 's.date'])
    .where('r.person_id', '=', personId).orderBy('s.date', 'desc').orderBy('s.id', 'desc').limit(1).executeTakeFirst();
  if (!row) return undefined;
  const topics = await db.selectFrom('share_topic').select('topic').where('share_id', '=', row.id).orderBy('ordinal').execute();
  return { url: row.url, title: row.title, date: row.date, topics: topics.map((t) => t.topic) };
}

export interface OpportunityFact { id: string; title: string; organization: string | null; stage: OpportunityStage }

/** Opportunities a person can help with that are still open (neither won nor lost). */
export async function openOpportunitiesOf(db: Db, personId: string): Promise<OpportunityFact[]> {
  const rows = await db.selectFrom('opportunity_person as op').innerJoin('opportunity as o', 'o.id', 'op.opportunity_id')
    .select(['o.id', 'o.title', 'o.organization', 'o.stage'])
    .where('op.person_id', '=', personId).where('o.stage', 'not in', ['won', 'lost'])
    .orderBy('o.updated_on', 'desc').orderBy('o.id').execute();
  return rows.map((r) => ({ ...r, stage: r.stage as OpportunityStage }));
}

export interface AskFact { about: string; person: string; via: string | null }

/**
 * The newest open request for advice, either to this person (`to`) or passing through them
 * (`via`: they could introduce the user to someone), with the names on both ends.
 */
export async function openAsk(db: Db, personId: string, side: 'to' | 'via'): Promise<AskFact | undefined> {
  const row = await db.selectFrom('ask as a').innerJoin('person as p', 'p.id', 'a.person_id').leftJoin('person as v', 'v.id', 'a.via_id')
    .select(['a.about', 'p.name as person', 'v.name as via'])
    .where(side === 'to' ? 'a.person_id' : 'a.via_id', '=', personId).where('a.status', '=', 'open')
    .orderBy('a.date', 'desc').orderBy('a.id', 'desc').limit(1).executeTakeFirst();
  return row ?? undefined;
}

export type TieHow = 'introduced-you' | 'introduced-by-them' | 'you-introduced' | 'colleague';
export interface Tie { id: string; name: string; how: TieHow; organization?: string }

/**
 * People the user and this person both know, and how: introductions either way, and
 * colleagues at their current organizations. A later tie model will add more.
 */
export async function peopleInCommon(db: Db, personId: string, introducerId: string | null, limit: number): Promise<Tie[]> {
  const ties = new Map<string, { how: TieHow; organization?: string }>();
  const add = (id: string | null, how: TieHow, organization?: string) => {
    if (id && id !== personId && !ties.has(id)) ties.set(id, organization === undefined ? { how } : { how, organization });
  };
  add(introducerId, 'introduced-you');
  const introduced = await db.selectFrom('person').select('id').where('introduced_by_id', '=', personId).orderBy('name').limit(limit).execute();
  for (const r of introduced) add(r.id, 'introduced-by-them');
  // An introduction favour names both ends: who introduced (person_id) and who was introduced.
  const intros = await db.selectFrom('favour').select(['direction', 'person_id', 'introduced_id'])
    .where('kind', '=', 'introduction')
    .where((eb) => eb.or([eb('person_id', '=', personId), eb('introduced_id', '=', personId)]))
    .orderBy('date', 'desc').limit(limit).execute();
  for (const f of intros) {
    const other = f.person_id === personId ? f.introduced_id : f.person_id;
    if (f.direction === 'given') add(other, 'you-introduced');
    else add(other, f.person_id === personId ? 'introduced-by-them' : 'introduced-you');
  }
  const colleagues = await db.selectFrom('position as mine')
    .innerJoin('position as theirs', 'theirs.organization_id', 'mine.organization_id')
    .innerJoin('organization as o', 'o.id', 'mine.organization_id')
    .innerJoin('person as p', 'p.id', 'theirs.person_id')
    .select(['p.id', 'o.name as organization'])
    .where('mine.person_id', '=', personId).where('mine.end_on', 'is', null)
    .where('theirs.end_on', 'is', null).where('theirs.person_id', '!=', personId)
    // Ranked people first: they are the ones worth mentioning.
    .orderBy((eb) => eb.case().when('p.priority', 'is', null).then(1).else(0).end())
    .orderBy('p.priority').orderBy('p.name').limit(limit).execute();
  for (const c of colleagues) add(c.id, 'colleague', c.organization);
  if (ties.size === 0) return [];
  const names = new Map((await db.selectFrom('person').select(['id', 'name']).where('id', 'in', [...ties.keys()]).execute()).map((r) => [r.id, r.name]));
  const out: Tie[] = [];
  for (const [id, tie] of ties) {
    const name = names.get(id);
    if (name !== undefined) out.push({ id, name, ...tie });
  }
  return out.slice(0, limit);
}
