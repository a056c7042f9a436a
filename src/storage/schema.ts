/**
 * Row types, as the database holds them. Dates are 'YYYY-MM-DD' text and booleans are 0/1
 * integers on both dialects, so one migration set and one mapping serve SQLite and PostgreSQL.
 */
export interface MetaTable { key: string; value: string }
export interface SettingTable { key: string; value: string }

export interface PersonTable {
  id: string;
  /** 'MM-DD' of the birthday, year or not, so the agenda finds this week's birthdays by index. */
  birthday_md: string | null;
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
  /** When the user connected with them on LinkedIn, from an import. */
  connected_on: string | null;
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
  data: string;
}

/** Folded text a person is found by; kept in step with the person by the repositories. */
export interface PersonSearchTable { person_id: string; name: string; work: string; notes: string; met: string }

export interface MilestoneTable { id: string; person_id: string; kind: string; date: string; note: string | null }
export interface FavourTable {
  id: string;
  direction: string;
  person_id: string;
  kind: string;
  date: string;
  note: string | null;
  introduced_id: string | null;
  thanked_on: string | null;
}
export interface ShareTable { id: string; url: string; title: string | null; date: string }
export interface ShareTopicTable { share_id: string; ordinal: number; topic: string }
export interface ShareRecipientTable { share_id: string; person_id: string }
export interface OpportunityTable { id: string; title: string; organization: string | null; stage: string; created_on: string; updated_on: string }
export interface OpportunityPersonTable { opportunity_id: string; person_id: string }
export interface AskTable { id: string; person_id: string; about: string; via_id: string | null; date: string; status: string; closed_on: string | null }
/** A message skeleton the user may edit; defaults are written on first use. */
export interface TemplateTable { purpose: string; lang: string; subject: string; body: string }

/** A contact photo kept from an import, as base64 with its media type. */
export interface PersonPhotoTable { person_id: string; media_type: string; data: string }
/** A merge done: who survived, who was merged into them, and a JSON snapshot of the merged person. */
export interface MergeRecordTable { id: string; survivor_id: string | null; merged_id: string; merged_name: string; date: string; snapshot: string }
/** A declared tie between two people of the network (a_id < b_id). `strength` is weak, medium or strong. */
export interface TieTable { a_id: string; b_id: string; strength: string; since: string | null; how: string | null; created_on: string }

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
  milestone: MilestoneTable;
  favour: FavourTable;
  share: ShareTable;
  share_topic: ShareTopicTable;
  share_recipient: ShareRecipientTable;
  opportunity: OpportunityTable;
  opportunity_person: OpportunityPersonTable;
  ask: AskTable;
  template: TemplateTable;
  person_photo: PersonPhotoTable;
  merge_record: MergeRecordTable;
  tie: TieTable;
}
