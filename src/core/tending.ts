/** The records of tending a network: milestones, favours, shares, opportunities and asks. */
import type { Day } from './types.js';

export const MILESTONE_KINDS = ['new-job', 'promotion', 'award', 'publication', 'launch', 'birthday', 'other'] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];

export interface Milestone {
  id: string;
  personId: string;
  kind: MilestoneKind;
  date: Day;
  note: string | null;
}

export const FAVOUR_KINDS = ['introduction', 'advice', 'referral', 'recommendation', 'job-lead', 'other'] as const;
export type FavourKind = (typeof FAVOUR_KINDS)[number];
export type FavourDirection = 'given' | 'received';

export interface Favour {
  id: string;
  direction: FavourDirection;
  personId: string;
  kind: FavourKind;
  date: Day;
  note: string | null;
  /** For an introduction: the person introduced (to the user when received, by the user when given). */
  introducedId: string | null;
  thankedOn: Day | null;
}

export interface Share {
  id: string;
  url: string;
  title: string | null;
  topics: string[];
  date: Day;
  recipientIds: string[];
}

export const OPPORTUNITY_STAGES = ['lead', 'contacted', 'referred', 'interviewing', 'offer', 'won', 'lost'] as const;
export type OpportunityStage = (typeof OPPORTUNITY_STAGES)[number];

export interface Opportunity {
  id: string;
  title: string;
  organization: string | null;
  stage: OpportunityStage;
  createdOn: Day;
  updatedOn: Day;
  /** The people who can refer or co-opt the user. */
  viaIds: string[];
}

export type AskStatus = 'open' | 'answered' | 'no-answer';

export interface Ask {
  id: string;
  personId: string;
  about: string;
  viaId: string | null;
  date: Day;
  status: AskStatus;
  closedOn: Day | null;
}

export const DRAFT_PURPOSES = ['follow-up', 'congratulate', 'thank', 'share', 'reconnect', 'ask-advice', 'introduce-request'] as const;
export type DraftPurpose = (typeof DRAFT_PURPOSES)[number];

export interface Template {
  purpose: DraftPurpose;
  lang: 'en' | 'fr';
  subject: string;
  body: string;
}
