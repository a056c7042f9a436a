// The shapes the UI reads from /api/v1 (see docs/API.md). Written here rather than imported
// from src/server so the browser bundle never depends on server modules; fields the UI does
// not need are left out, and fields a server may omit are optional.

export interface Session {
  csrfToken: string;
  lang: 'en' | 'fr';
  today: string;
  people: number;
  version: string;
}

export interface Named {
  id: string;
  name: string;
}

export interface AgendaPrompt {
  id: string;
  kind: string;
  kindLabel?: string;
  person: Named;
  dueOn: string;
  reasons: string[];
}

export interface Agenda {
  date: string;
  networkEmpty: boolean;
  prompts: AgendaPrompt[];
}

/** A prompt just created by a write (a follow-up after an exchange). */
export interface CreatedPrompt {
  id: string;
  kind: string;
  kindLabel?: string;
  personId: string;
  showOn: string;
  dueOn: string;
  checklist: string[];
}

export interface PersonRow {
  id: string;
  name: string;
  organization: string | null;
  title: string | null;
  circles: string[];
  tags?: string[];
  rank: number | null;
  health: number | null;
  lastExchange: string | null;
}

export interface TimelineEntry {
  type: 'exchange' | 'milestone' | 'favour' | 'share' | 'note';
  id?: string;
  date: string;
  channel?: string;
  channelLabel?: string;
  summary?: string | null;
  eventName?: string | null;
  kind?: string;
  note?: string | null;
  direction?: 'given' | 'received';
  title?: string | null;
  url?: string;
}

export interface PersonDetail {
  person: {
    id: string;
    name: string;
    emails: string[];
    phones: string[];
    linkedin: string | null;
    location: string | null;
    notes: string | null;
    circles: string[];
    tags: string[];
    interests: string[];
    priority: number | null;
    positions: { organization: string; title: string | null; start: string | null; end: string | null }[];
  };
  health: { score: number; reasons: string[] };
  cadence?: number | null;
  nextDue?: string | null;
  metAt?: { id: string; name: string; date: string } | null;
  introducedBy?: Named | null;
  timeline: TimelineEntry[];
  opportunities: { id: string; title?: string; name?: string; stage?: string; organization?: string | null }[];
}

export interface PersonTies {
  total: number;
  you: { strength: number; reasons: string[] } | null;
  ties: { person: Named; strength: number; reasons: string[] }[];
}

export interface ExchangeResult {
  exchange: { id: string; date: string; channel: string; summary: string | null };
  followUps: CreatedPrompt[];
}

export interface EventRow {
  id: string;
  name: string;
  kind: string;
  kindLabel?: string;
  date: string;
  place: string | null;
  people?: number;
  met?: number;
}

export interface EventDetail {
  event: EventRow;
  people: { id: string; name: string; organization: string | null; title: string | null }[];
  prompts: AgendaPrompt[];
}

export interface PathStep {
  person: Named;
  reasons: string[];
  strength: number;
  title?: string | null;
  organization?: string | null;
}

export interface PathResult {
  target: { label?: string; name?: string; matches?: number } | null;
  paths: { strength: number; hops: number; steps: PathStep[] }[];
  firstAsk?: { text: string } | null;
}

export interface Reach {
  people: number;
  hops: [number, number, number];
  secondDegree: { byOrganization: { organization: string; count: number }[]; byCircle: { circle: string; count: number }[] };
  bridges: Bridge[];
}

export interface Bridge {
  person: Named;
  reach: number;
  unique: number;
  organizations: string[];
  rank?: number | null;
}

export interface Neighbourhood {
  nodes: { id: string; name: string; hops: number }[];
  edges: { a: string; b: string; strength: number }[];
}

export interface ImportJob {
  id: string;
  name: string;
  state: 'running' | 'done' | 'failed';
  progress: { done: number; total: number; contacts?: number };
  summary?: ImportSummary;
  error?: { code: string; message: string };
}

export interface ImportSummary {
  dryRun: boolean;
  created: number;
  updated: number;
  merged: number;
  skipped: number;
  rejected: number;
  possibleDuplicates: number;
  actions: {
    action: 'create' | 'update' | 'merge' | 'skip';
    at: SourcePlace;
    person: Named;
    merged: Named[];
    possibleDuplicates: (Named & { confidence: number })[];
  }[];
  rejections: { code: string; reason: string; at: SourcePlace }[];
}

export interface Template {
  purpose: string;
  lang: string;
  subject: string;
  body: string;
  edited?: boolean;
}

export interface SourcePlace {
  file: string;
  row?: number;
  card?: number;
  line?: number;
}
