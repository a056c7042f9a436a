import { addDays } from '../../core/dates.js';
import type { Ask, Favour, FavourKind, Milestone, MilestoneKind, Opportunity, OpportunityStage, Share } from '../../core/tending.js';
import type { Day } from '../../core/types.js';
import { pick, sfc32, type DemoNetwork } from './generator.js';

/** How many records of each kind; the demo keeps a handful, the benchmarks ask for thousands. */
export interface TendingSizes {
  milestones?: number;
  favours?: number;
  asks?: number;
}

export interface DemoTending {
  milestones: Milestone[];
  favours: Favour[];
  shares: Share[];
  opportunities: Opportunity[];
  asks: Ask[];
}

const MILESTONES: readonly { kind: MilestoneKind; note: string }[] = [
  { kind: 'new-job', note: 'Nouveau poste, annoncé sur LinkedIn' },
  { kind: 'promotion', note: 'Promoted to Head of Data' },
  { kind: 'award', note: 'Prix de l’innovation au salon' },
  { kind: 'publication', note: 'Published a piece on pricing in Les Échos' },
  { kind: 'launch', note: 'Launched the new mobile app' },
];
const FAVOURS: readonly { kind: FavourKind; note: string }[] = [
  { kind: 'advice', note: 'Relu mon CV et conseillé sur le pitch' },
  { kind: 'referral', note: 'Referred me for the data role' },
  { kind: 'recommendation', note: 'Wrote a LinkedIn recommendation' },
  { kind: 'job-lead', note: 'M’a signalé une offre chez un client' },
];
const ARTICLES: readonly { url: string; title: string; topics: string[] }[] = [
  { url: 'https://example.org/articles/pricing-saas', title: 'Pricing a SaaS product', topics: ['pricing', 'saas'] },
  { url: 'https://example.org/articles/ia-generative-travail', title: 'L’IA générative au travail', topics: ['IA générative'] },
  { url: 'https://example.org/articles/data-mesh', title: 'Data mesh in practice', topics: ['data engineering'] },
  { url: 'https://example.org/articles/velo-urbain', title: 'Le vélo en ville', topics: ['cyclisme'] },
];
const OPPORTUNITIES: readonly { title: string; stage: OpportunityStage }[] = [
  { title: 'Head of Data', stage: 'interviewing' },
  { title: 'Mission de conseil en pricing', stage: 'referred' },
  { title: 'Product Manager', stage: 'lead' },
  { title: 'Directeur commercial', stage: 'lost' },
  { title: 'Data Engineer', stage: 'won' },
];
const ASKS: readonly string[] = ['data engineering at Acme', 'le métier de product manager', 'how they hire at Northwind', 'la levée de fonds en seed'];

/**
 * A few records of tending for the demo network, so every agenda kind shows at once:
 * recent milestones to congratulate, favours to thank and return, articles shared,
 * opportunities via contacts, and asks for advice waiting for an answer.
 */
export function generateTending(network: DemoNetwork, seed: number, today: Day, sizes: TendingSizes = {}): DemoTending {
  const rng = sfc32(seed + 7919);
  // Favours, shares and asks involve people the user knows, not those only known of.
  const everyone = network.people.map((r) => r.person);
  const met = everyone.filter((p) => p.circles.length > 0 || p.priority !== null || p.lastExchangeOn !== null);
  const people = met.length > 0 ? met : everyone;
  const ranked = people.filter((p) => p.priority !== null);
  const someone = () => pick(rng, rng() < 0.5 && ranked.length > 0 ? ranked : people).id;
  const ago = (max: number) => addDays(today, -Math.floor(rng() * max));
  const count = (n: number) => Math.max(2, Math.min(n, Math.round(people.length / 40)));
  const id = network.newId;
  const after = (day: Day, days: number) => { const d = addDays(day, days); return d > today ? today : d; };

  const milestones = Array.from({ length: sizes.milestones ?? count(12) }, (_, i): Milestone => {
    const m = MILESTONES[i % MILESTONES.length] ?? MILESTONES[0];
    return { id: id(), personId: someone(), kind: m?.kind ?? 'other', date: ago(i < 3 ? 5 : 400), note: m?.note ?? null };
  });
  const favours = Array.from({ length: sizes.favours ?? count(16) }, (_, i): Favour => {
    const f = FAVOURS[i % FAVOURS.length];
    const received = i % 3 !== 2;
    const date = ago(i < 4 ? 20 : 500);
    return {
      id: id(), direction: received ? 'received' : 'given', personId: someone(), kind: f?.kind ?? 'other',
      date, note: f?.note ?? null, introducedId: null,
      // Old favours were thanked long ago; the latest few still wait for a thank-you.
      thankedOn: received && i >= 4 ? after(date, 2) : null,
    };
  });
  const shares = ARTICLES.slice(0, count(4)).map((a): Share => ({
    id: id(), url: a.url, title: a.title, topics: a.topics, date: ago(200),
    recipientIds: [...new Set([someone(), someone()])].sort(),
  }));
  const opportunities = OPPORTUNITIES.slice(0, count(5)).map((o): Opportunity => {
    const created = ago(120);
    return { id: id(), title: o.title, organization: pick(rng, people).positions.at(-1)?.organization ?? null, stage: o.stage, createdOn: created, updatedOn: created, viaIds: [someone()] };
  });
  const asks = Array.from({ length: sizes.asks ?? count(4) }, (_, i) => ASKS[i % ASKS.length] ?? 'advice').map((about, i): Ask => {
    const date = ago(i < 2 ? 20 : 200);
    return {
      id: id(), personId: someone(), about, viaId: i % 2 === 0 ? someone() : null, date,
      status: i < 2 ? 'open' : i === 2 ? 'answered' : 'no-answer', closedOn: i < 2 ? null : after(date, 10),
    };
  }).filter((a) => a.viaId !== a.personId);
  return { milestones, favours, shares, opportunities, asks };
}
