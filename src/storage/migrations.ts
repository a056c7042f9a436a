import { sql, type ColumnDefinitionBuilder as ColumnBuilder, type Kysely } from 'kysely';
import { DEFAULT_TEMPLATES } from '../core/templates.default.js';
import type { StoreDialect } from './dialects/dialect.js';
import type { Database } from './schema.js';

export interface Migration {
  version: number;
  up(db: Kysely<Database>, dialect: StoreDialect): Promise<void>;
}

/**
 * Schema versions, oldest first. Never edit a released one: add the next. Types are the
 * common subset of SQLite and PostgreSQL (text, integer), so one list serves both.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    async up(db, dialect) {
      const s = db.schema;
      await s.createTable('setting').addColumn('key', 'text', (c) => c.primaryKey()).addColumn('value', 'text', (c) => c.notNull()).execute();
      await s.createTable('event')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('name_folded', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('date', 'text', (c) => c.notNull())
        .addColumn('place', 'text')
        .execute();
      await s.createIndex('event_name').on('event').column('name_folded').execute();
      await s.createTable('person')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('name_folded', 'text', (c) => c.notNull())
        .addColumn('linkedin', 'text')
        .addColumn('location', 'text')
        .addColumn('birthday', 'text')
        .addColumn('notes', 'text')
        .addColumn('priority', 'integer')
        .addColumn('every_days', 'integer')
        .addColumn('met_at_event_id', 'text', (c) => c.references('event.id').onDelete('set null'))
        .addColumn('introduced_by_id', 'text', (c) => c.references('person.id').onDelete('set null'))
        .addColumn('created_on', 'text', (c) => c.notNull())
        .addColumn('last_exchange_on', 'text')
        .execute();
      await s.createIndex('person_name').on('person').column('name_folded').execute();
      await s.createIndex('person_priority').on('person').column('priority').execute();
      await s.createIndex('person_introduced_by').on('person').column('introduced_by_id').execute();
      await s.createIndex('person_met_at').on('person').column('met_at_event_id').execute();
      for (const [table, column] of [['person_email', 'email'], ['person_phone', 'phone']] as const) {
        await s.createTable(table)
          .addColumn('person_id', 'text', (c) => c.notNull().references('person.id').onDelete('cascade'))
          .addColumn('ordinal', 'integer', (c) => c.notNull())
          .addColumn(column, 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint(`${table}_pk`, ['person_id', 'ordinal'])
          .execute();
        await s.createIndex(`${table}_value`).on(table).column(column).execute();
      }
      await s.createTable('person_label')
        .addColumn('person_id', 'text', (c) => c.notNull().references('person.id').onDelete('cascade'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('ordinal', 'integer', (c) => c.notNull())
        .addColumn('value', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('person_label_pk', ['person_id', 'kind', 'ordinal'])
        .execute();
      await s.createIndex('person_label_value').on('person_label').columns(['kind', 'value']).execute();
      await s.createTable('organization')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('name_folded', 'text', (c) => c.notNull().unique())
        .execute();
      await s.createTable('position')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('person_id', 'text', (c) => c.notNull().references('person.id').onDelete('cascade'))
        .addColumn('organization_id', 'text', (c) => c.notNull().references('organization.id'))
        .addColumn('ordinal', 'integer', (c) => c.notNull())
        .addColumn('title', 'text')
        .addColumn('start_on', 'text')
        .addColumn('end_on', 'text')
        .execute();
      await s.createIndex('position_person').on('position').column('person_id').execute();
      await s.createIndex('position_organization').on('position').column('organization_id').execute();
      await s.createTable('exchange')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('date', 'text', (c) => c.notNull())
        .addColumn('channel', 'text', (c) => c.notNull())
        .addColumn('they_initiated', 'integer', (c) => c.notNull())
        .addColumn('event_id', 'text', (c) => c.references('event.id').onDelete('set null'))
        .addColumn('summary', 'text')
        .execute();
      await s.createIndex('exchange_event').on('exchange').column('event_id').execute();
      await s.createTable('exchange_participant')
        .addColumn('exchange_id', 'text', (c) => c.notNull().references('exchange.id').onDelete('cascade'))
        .addColumn('person_id', 'text', (c) => c.notNull().references('person.id').onDelete('cascade'))
        .addPrimaryKeyConstraint('exchange_participant_pk', ['exchange_id', 'person_id'])
        .execute();
      await s.createIndex('exchange_participant_person').on('exchange_participant').columns(['person_id', 'exchange_id']).execute();
      await s.createTable('prompt')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('person_id', 'text', (c) => c.notNull().references('person.id').onDelete('cascade'))
        .addColumn('show_on', 'text', (c) => c.notNull())
        .addColumn('due_on', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('created_on', 'text', (c) => c.notNull())
        .addColumn('closed_on', 'text')
        .addColumn('snoozed_until', 'text')
        .addColumn('source_id', 'text')
        .addColumn('checklist', 'text', (c) => c.notNull())
        .execute();
      // The agenda reads open prompts whose day has come: one range scan on this index.
      await s.createIndex('prompt_open').on('prompt').columns(['status', 'show_on']).execute();
      await s.createIndex('prompt_person').on('prompt').columns(['person_id', 'kind', 'status']).execute();
      await dialect.createSearch(db);
    },
  },
  {
    // Tending the network: milestones, favours, shares, opportunities, asks and templates.
    version: 2,
    async up(db) {
      const s = db.schema;
      await s.alterTable('prompt').addColumn('data', 'text', (c) => c.notNull().defaultTo('{}')).execute();
      await s.alterTable('person').addColumn('birthday_md', 'text').execute();
      await s.createIndex('person_birthday').on('person').column('birthday_md').execute();
      const personRef = (c: ColumnBuilder) => c.notNull().references('person.id').onDelete('cascade');
      await s.createTable('milestone')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('person_id', 'text', personRef)
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('date', 'text', (c) => c.notNull())
        .addColumn('note', 'text')
        .execute();
      await s.createIndex('milestone_person').on('milestone').column('person_id').execute();
      await s.createTable('favour')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('direction', 'text', (c) => c.notNull())
        .addColumn('person_id', 'text', personRef)
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('date', 'text', (c) => c.notNull())
        .addColumn('note', 'text')
        .addColumn('introduced_id', 'text', (c) => c.references('person.id').onDelete('set null'))
        .addColumn('thanked_on', 'text')
        .execute();
      await s.createIndex('favour_person').on('favour').column('person_id').execute();
      await s.createIndex('favour_introduced').on('favour').column('introduced_id').execute();
      await s.createTable('share')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('url', 'text', (c) => c.notNull())
        .addColumn('title', 'text')
        .addColumn('date', 'text', (c) => c.notNull())
        .execute();
      await s.createIndex('share_url').on('share').column('url').execute();
      await s.createTable('share_topic')
        .addColumn('share_id', 'text', (c) => c.notNull().references('share.id').onDelete('cascade'))
        .addColumn('ordinal', 'integer', (c) => c.notNull())
        .addColumn('topic', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('share_topic_pk', ['share_id', 'ordinal'])
        .execute();
      await s.createTable('share_recipient')
        .addColumn('share_id', 'text', (c) => c.notNull().references('share.id').onDelete('cascade'))
        .addColumn('person_id', 'text', personRef)
        .addPrimaryKeyConstraint('share_recipient_pk', ['share_id', 'person_id'])
        .execute();
      await s.createIndex('share_recipient_person').on('share_recipient').column('person_id').execute();
      await s.createTable('opportunity')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('organization', 'text')
        .addColumn('stage', 'text', (c) => c.notNull())
        .addColumn('created_on', 'text', (c) => c.notNull())
        .addColumn('updated_on', 'text', (c) => c.notNull())
        .execute();
      await s.createTable('opportunity_person')
        .addColumn('opportunity_id', 'text', (c) => c.notNull().references('opportunity.id').onDelete('cascade'))
        .addColumn('person_id', 'text', personRef)
        .addPrimaryKeyConstraint('opportunity_person_pk', ['opportunity_id', 'person_id'])
        .execute();
      await s.createIndex('opportunity_person_person').on('opportunity_person').column('person_id').execute();
      await s.createTable('ask')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('person_id', 'text', personRef)
        .addColumn('about', 'text', (c) => c.notNull())
        .addColumn('via_id', 'text', (c) => c.references('person.id').onDelete('set null'))
        .addColumn('date', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('closed_on', 'text')
        .execute();
      await s.createIndex('ask_person').on('ask').column('person_id').execute();
      await s.createIndex('ask_via').on('ask').column('via_id').execute();
      await s.createTable('template')
        .addColumn('purpose', 'text', (c) => c.notNull())
        .addColumn('lang', 'text', (c) => c.notNull())
        .addColumn('subject', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('template_pk', ['purpose', 'lang'])
        .execute();
      if (DEFAULT_TEMPLATES.length > 0) await db.insertInto('template').values(DEFAULT_TEMPLATES.map((t) => ({ ...t }))).execute();
    },
  },
  {
    // Imports, merges and ties: where a person came from, their photo, merges done, who knows whom.
    version: 3,
    async up(db) {
      const s = db.schema;
      await s.alterTable('person').addColumn('connected_on', 'text').execute();
      await s.createTable('person_photo')
        .addColumn('person_id', 'text', (c) => c.primaryKey().references('person.id').onDelete('cascade'))
        .addColumn('media_type', 'text', (c) => c.notNull())
        .addColumn('data', 'text', (c) => c.notNull())
        .execute();
      // A merge keeps what the merged person was, so it can be read back (and undone by hand).
      await s.createTable('merge_record')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('survivor_id', 'text', (c) => c.references('person.id').onDelete('set null'))
        .addColumn('merged_id', 'text', (c) => c.notNull())
        .addColumn('merged_name', 'text', (c) => c.notNull())
        .addColumn('date', 'text', (c) => c.notNull())
        .addColumn('snapshot', 'text', (c) => c.notNull())
        .execute();
      await s.createIndex('merge_record_survivor').on('merge_record').column('survivor_id').execute();
      // A declared tie between two people of the network; a_id < b_id, so each pair is one row.
      await s.createTable('tie')
        .addColumn('a_id', 'text', (c) => c.notNull().references('person.id').onDelete('cascade'))
        .addColumn('b_id', 'text', (c) => c.notNull().references('person.id').onDelete('cascade'))
        .addColumn('strength', 'text', (c) => c.notNull())
        .addColumn('since', 'text')
        .addColumn('how', 'text')
        .addColumn('created_on', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('tie_pk', ['a_id', 'b_id'])
        .execute();
      await s.createIndex('tie_b').on('tie').column('b_id').execute();
    },
  },
  {
    // Indexes on columns most people leave empty hold only the people who have a value: an
    // import of 30,000 LinkedIn connections (no priority, no introducer, no event, no
    // birthday) no longer writes 120,000 index entries for NULL. Queries for a value (=, in,
    // <=, is not null) use the partial index; "no rank" (priority is null) reads the table,
    // which holds mostly unranked people anyway.
    version: 4,
    async up(db) {
      const s = db.schema;
      for (const [name, column] of SPARSE_PERSON_INDEXES) {
        await s.dropIndex(name).ifExists().execute();
        await s.createIndex(name).on('person').column(column).where(sql.ref(column), 'is not', null).execute();
      }
    },
  },
];

const SPARSE_PERSON_INDEXES = [
  ['person_priority', 'priority'], ['person_introduced_by', 'introduced_by_id'], ['person_met_at', 'met_at_event_id'], ['person_birthday', 'birthday_md'],
] as const;

export const SCHEMA_VERSION = Math.max(...MIGRATIONS.map((m) => m.version));

/** The meta table marks a database as Maillon's; it is created first, alone, by `stamp`. */
export async function createMeta(db: Kysely<Database>): Promise<void> {
  await db.schema.createTable('maillon_meta').addColumn('key', 'text', (c) => c.primaryKey()).addColumn('value', 'text', (c) => c.notNull()).execute();
  await db.insertInto('maillon_meta').values([{ key: 'app', value: 'maillon' }, { key: 'schema_version', value: '0' }]).execute();
}

export async function setVersion(db: Kysely<Database>, version: number): Promise<void> {
  await db.updateTable('maillon_meta').set({ value: String(version) }).where('key', '=', 'schema_version').execute();
}

