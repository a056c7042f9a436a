/** Domain types. Dates are ISO calendar days ('YYYY-MM-DD'): Maillon reasons in days, never in instants. */

export type Day = string;

export const CIRCLES = [
  'family', 'friend', 'former-colleague', 'colleague', 'classmate',
  'association', 'client', 'event', 'online', 'other',
] as const;
export type Circle = (typeof CIRCLES)[number];

export const EVENT_KINDS = ['trade-show', 'conference', 'debate', 'meetup', 'other'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const CHANNELS = ['in-person', 'video', 'call', 'email', 'message', 'social'] as const;
export type Channel = (typeof CHANNELS)[number];

export const ORG_KINDS = ['company', 'school', 'association'] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

export interface Position {
  organization: string;
  title: string | null;
  start: Day | null;
  end: Day | null;
}

export interface Person {
  id: string;
  name: string;
  emails: string[];
  phones: string[];
  linkedin: string | null;
  location: string | null;
  birthday: string | null; // 'YYYY-MM-DD' or '--MM-DD' when the year is unknown
  interests: string[];
  notes: string | null;
  circles: Circle[];
  tags: string[];
  positions: Position[];
  /** 1 is the most important; null when the person is not ranked. */
  priority: number | null;
  /** Per-person keep-in-touch cadence in days; null means "derive it from the rank". */
  every: number | null;
  metAtEventId: string | null;
  introducedById: string | null;
  createdOn: Day;
  lastExchangeOn: Day | null;
  /** When the user connected with them on LinkedIn, as an import read it. */
  connectedOn: Day | null;
}

export interface MaillonEvent {
  id: string;
  name: string;
  kind: EventKind;
  date: Day;
  place: string | null;
}

export interface Exchange {
  id: string;
  date: Day;
  channel: Channel;
  /** True when the other person reached out first. */
  theyInitiated: boolean;
  participantIds: string[];
  eventId: string | null;
  summary: string | null;
}

export type PromptStatus = 'open' | 'done' | 'waived';

/** A checklist step of a follow-up; `detail` carries what was promised, when known. */
export interface ChecklistItem {
  key: 'connect-linkedin' | 'send-promised' | 'thank-you';
  detail?: string;
  done: boolean;
}

/**
 * Every entry of the agenda is a prompt. A kind decides when a prompt is born and how it
 * is explained; the agenda only reads open prompts whose day has come.
 */
export interface Prompt {
  id: string;
  kind: string;
  personId: string;
  /** Day the prompt starts to show in the agenda. */
  showOn: Day;
  dueOn: Day;
  status: PromptStatus;
  createdOn: Day;
  closedOn: Day | null;
  snoozedUntil: Day | null;
  /** The record the prompt comes from (an exchange for a follow-up), if any. */
  sourceId: string | null;
  checklist: ChecklistItem[];
  /** What the prompt's reasons need beyond the person: names, titles, dates of its source. */
  data: Record<string, string | number>;
}

export interface Settings {
  followUpDays: number;
  /** Keep-in-touch cadence in days by rank tier. */
  cadence: { top10: number; top50: number; top150: number; ranked: number };
}

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  followUpDays: 2,
  cadence: Object.freeze({ top10: 21, top50: 45, top150: 90, ranked: 180 }),
});
