/**
 * Who knows whom, and how well: the strength of each piece of evidence that two people know
 * each other, and the reasons Maillon gives for it. Strengths are chances in (0, 1]; several
 * pieces of evidence for one pair combine as independent chances (graph/csr.ts).
 */
import { MaillonError } from './errors.js';
import { fold } from './fold.js';
import { combineStrengths } from './graph/csr.js';
import { health, type ExchangeFact } from './health.js';
import { reason, type Reason } from './reason.js';
import type { Circle, Day, OrgKind } from './types.js';

export const TIE_STRENGTHS = ['weak', 'medium', 'strong'] as const;
export type TieStrength = (typeof TIE_STRENGTHS)[number];

/** A tie the user declared between two people of their network. */
export interface DeclaredTie {
  aId: string;
  bId: string;
  strength: TieStrength;
  since: Day | null;
  how: string | null;
  createdOn: Day;
}

export const DECLARED_STRENGTH: Readonly<Record<TieStrength, number>> = { weak: 0.3, medium: 0.6, strong: 0.9 };

export function parseTieStrength(value: string): TieStrength {
  const v = value.trim().toLowerCase();
  const found = TIE_STRENGTHS.find((s) => s === v);
  if (!found) throw new MaillonError('tie.bad_strength', { value, allowed: TIE_STRENGTHS.join(', ') });
  return found;
}

/** The two ids of a tie in stored order (a < b), so each pair is one row. */
export const tiePair = (x: string, y: string): [string, string] => (x < y ? [x, y] : [y, x]);

// Inferred evidence. An introduction says the introducer knows the person well enough to
// vouch for them; a meeting the user had with both says more than a crowded event does.
export const INTRODUCED_STRENGTH = 0.5;
export const INTRODUCED_BY_USER_STRENGTH = 0.4;
export const TOGETHER_STRENGTH = 0.35;
export const EVENT_STRENGTH = 0.2;

/**
 * In a crowd (a big organization, a big event) people do not all know each other: each is
 * paired only with the neighbours closest to them (those who started at about the same time,
 * for an organization), so evidence grows with the crowd, not with its square.
 */
export const COHORT = 12;
/** Up to this many people at one event or meeting, everyone is paired with everyone. */
export const CROWD = 30;

const COLLEAGUE_BASE: Readonly<Record<OrgKind, number>> = { company: 0.5, school: 0.4, association: 0.35 };
/** Up to this many people known at an organization, colleagues are assumed to know each other. */
const SMALL_ORG = 25;

/**
 * Colleagues: a base by kind of organization, lower in a big one (by the square root of its
 * size, down to a third), and lower for an overlap under six months. `days` is the overlap
 * (sharedDays): Infinity when a start is unknown.
 */
export function colleagueStrength(kind: OrgKind, members: number, days: number): number {
  const size = Math.max(0.33, Math.min(1, Math.sqrt(SMALL_ORG / Math.max(1, members))));
  return COLLEAGUE_BASE[kind] * size * (days < 180 ? 0.7 : 1);
}

// Organizations are stored without a kind: it is read from the name, or from the titles held
// there ("MSc student", « Élève ingénieure »): a place where most people studied is a school.
const SCHOOL_WORDS = /\b(ecole|school|university|universite|universidad|college|institut|institute|lycee|academy|academie|faculte|faculty|iut|insa|polytechnique|campus|business school|sciences po)\b/;
const ASSOCIATION_WORDS = /\b(association|asso|club|federation|network|reseau|alumni|amicale|collectif|foundation|fondation|meetup|chapter|ngo|ong|society|societe savante)\b/;
const STUDY_WORDS = /\b(student|etudiant|etudiante|eleve|doctorant|doctorante|phd|msc|bsc|mba|master|licence|bachelor|undergraduate|graduate student|candidate|alumnus|alumna)\b/;

// Most names are plain ASCII: lower-casing them is all folding does, at a fraction of the cost.
const ASCII = /^[\x20-\x7e]*$/;
const folded = (text: string): string => (ASCII.test(text) ? text.toLowerCase() : fold(text));

export const isStudyTitle = (title: string | null): boolean => title !== null && STUDY_WORDS.test(folded(title));

/** The kind of an organization, from its name, else from the share of its positions that are studies. */
export function orgKind(name: string, studyShare: number): OrgKind {
  const f = folded(name);
  if (SCHOOL_WORDS.test(f)) return 'school';
  if (ASSOCIATION_WORDS.test(f)) return 'association';
  return studyShare >= 0.5 ? 'school' : 'company';
}

/** Days as stored for a position: an unknown start is "always", a missing end is "still there". */
export const OPEN_START = -1_000_000_000;
export const OPEN_END = 1_000_000_000;

/** The span two positions share, or null when they do not overlap. */
export function overlapOf(aStart: number, aEnd: number, bStart: number, bEnd: number): { from: number; to: number } | null {
  const from = Math.max(aStart, bStart), to = Math.min(aEnd, bEnd);
  if (from > to || (from === to && to !== OPEN_END)) return null;
  return { from, to };
}

/**
 * Days two positions overlap, a current one counting until today: -1 when they do not,
 * Infinity when a start is unknown (both current with no dates still overlap).
 */
export function sharedDays(aStart: number, aEnd: number, bStart: number, bEnd: number, today: number): number {
  const from = Math.max(aStart, bStart), to = Math.min(aEnd, bEnd);
  if (from > to || (from === to && to !== OPEN_END)) return -1;
  return from === OPEN_START ? Infinity : Math.max(0, Math.min(to, today) - from);
}

const yearOf = (dayNumber: number): number => new Date(dayNumber * 86_400_000).getUTCFullYear();

/** "they worked together at Acme (2019-2022)": the reason for a colleague tie. */
export function colleagueReason(org: string, kind: OrgKind, span: { from: number; to: number }): Reason {
  return reason('tie.colleagues', {
    org, kind,
    from: span.from === OPEN_START ? '' : yearOf(span.from),
    to: span.to === OPEN_END ? '' : yearOf(span.to),
    now: span.to === OPEN_END ? 1 : 0,
  });
}

/** How the user knows a contact: circles, exchanges, how they met. */
export interface UserTieFacts {
  circles: readonly Circle[];
  exchanges: readonly ExchangeFact[];
  /** Name of the event where the user met them. */
  metAt: string | null;
  /** Name of who introduced them to the user. */
  introducedBy: string | null;
  connectedOn: Day | null;
  /** Favours given or received with them. */
  favours: number;
}

/** Family and friends are the strongest circles: the first links of any chain. */
export const CIRCLE_STRENGTH: Readonly<Record<Circle, number>> = {
  family: 0.8, friend: 0.7, colleague: 0.45, 'former-colleague': 0.4, classmate: 0.4,
  client: 0.35, association: 0.3, event: 0.2, other: 0.2, online: 0.1,
};
// Evidence adds up (see combineStrengths), so each piece stays modest: otherwise most
// contacts would reach the cap and a warm path could not tell them apart.
const MET_AT_STRENGTH = 0.2;
const INTRODUCED_TO_USER_STRENGTH = 0.2;
const CONNECTED_STRENGTH = 0.1;
const FAVOURS_STRENGTH = 0.25;

/**
 * The user's own tie to a contact. Exchanges count through the health score (recent,
 * in-person, reciprocal exchanges make it strong), and any exchange at all counts for a
 * little; circles say how close they are; meeting, an introduction, a LinkedIn connection
 * and favours add evidence. No evidence at all: the user knows of them, not them.
 */
export function userTie(f: UserTieFacts, today: Day): { strength: number; reasons: Reason[] } {
  const parts: number[] = [];
  const reasons: Reason[] = [];
  const circles = [...new Set(f.circles)].sort((x, y) => CIRCLE_STRENGTH[y] - CIRCLE_STRENGTH[x]);
  for (const c of circles) parts.push(CIRCLE_STRENGTH[c]);
  if (circles.length > 0) reasons.push(reason('tie.me.circles', { circles: circles.join(',') }));
  if (f.exchanges.length > 0) {
    const h = health(f.exchanges, today);
    parts.push(0.05 + 0.75 * (h.score / 100));
    const last = f.exchanges.reduce((max, e) => (e.date > max ? e.date : max), '');
    reasons.push(reason('tie.me.exchanges', { count: f.exchanges.length, last, health: h.score }));
  }
  if (f.metAt !== null) {
    parts.push(MET_AT_STRENGTH);
    reasons.push(reason('tie.me.met-at', { event: f.metAt }));
  }
  if (f.introducedBy !== null) {
    parts.push(INTRODUCED_TO_USER_STRENGTH);
    reasons.push(reason('tie.me.introduced', { by: f.introducedBy }));
  }
  if (f.connectedOn !== null) {
    parts.push(CONNECTED_STRENGTH);
    reasons.push(reason('tie.me.connected', { date: f.connectedOn }));
  }
  if (f.favours > 0) {
    parts.push(FAVOURS_STRENGTH);
    reasons.push(reason('tie.me.favours', { count: f.favours }));
  }
  return { strength: parts.length > 0 ? combineStrengths(parts) : 0, reasons };
}
