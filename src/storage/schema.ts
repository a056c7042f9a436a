/**
 * Row types, as the database holds them. Dates are 'YYYY-MM-DD' text and booleans are 0/1
 * integers on both dialects, so one migration set and one mapping serve SQLite and PostgreSQL.
 */
export interface MetaTable { key: string; value: string }
export interface SettingTable { key: string; value: string }

export interface PersonTable {
  id: string;
  name: string;
  name_folded: string;
  linkedin: string | null;
  location: string | null;
  birthday: string | null;
  notes: string | null;
  priority: number | null;
  every_days: number | null;
  met_at_event_id: string | null;
  introduced_by_id: string | null;
  created_on: string;
  last_exchange_on: string | null;
}

export interface PersonEmailTable { person_id: string; ordinal: number; email: string }
export interface PersonPhoneTable { person_id: string; ordinal: number; phone: string }
/** Circles, tags and interests: short labels on a person, told apart by `kind`. */
export interface PersonLabelTable { person_id: string; kind: 'circle' | 'tag' | 'interest'; ordinal: number; value: string }

export interface OrganizationTable { id: string; name: string; name_folded: string }
export interface PositionTable {
  id: string;
  person_id: string;
  organization_id: string;
  ordinal: number;
  title: string | null;
  start_on: string | null;
  end_on: string | null;
}

export interface EventTable { id: string; name: string; name_folded: string; kind: string; date: string; place: string | null }

export interface ExchangeTable {
  id: string;
  date: string;
  channel: string;
  they_initiated: number;
  event_id: string | null;
  summary: string | null;
}
export interface ExchangeParticipantTable { exchange_id: string; person_id: string }

export interface PromptTable {
  id: string;
  kind: string;
  person_id: string;
  show_on: string;
  due_on: string;
  status: string;
  created_on: string;
  closed_on: string | null;
  snoozed_until: string | null;
  source_id: string | null;
  checklist: string;
}

/** Folded text a person is found by; kept in step with the person by the repositories. */
export interface PersonSearchTable { person_id: string; name: string; work: string; notes: string; met: string }

export interface Database {
  maillon_meta: MetaTable;
  setting: SettingTable;
  person: PersonTable;
  person_email: PersonEmailTable;
  person_phone: PersonPhoneTable;
  person_label: PersonLabelTable;
  organization: OrganizationTable;
  position: PositionTable;
  event: EventTable;
  exchange: ExchangeTable;
  exchange_participant: ExchangeParticipantTable;
  prompt: PromptTable;
  person_search: PersonSearchTable;
}
