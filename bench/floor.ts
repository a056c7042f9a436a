import Database from 'better-sqlite3';
import { fold } from '../src/core/fold.js';
import type { DemoNetwork } from '../src/app/demo/generator.js';
import { personRows } from '../src/storage/person.repository.js';

/**
 * The floor for `demo`: the same rows written with raw better-sqlite3 prepared statements in
 * one transaction, into the same schema (so with the same indexes and full-text index).
 */
export function rawInsert(file: string, network: DemoNetwork, newId: () => string): number {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = NORMAL');
  db.pragma('cache_size = -65536'); // as the app sets it
  const orgIds = new Map<string, string>();
  for (const r of network.people) for (const p of r.person.positions) if (!orgIds.has(fold(p.organization))) orgIds.set(fold(p.organization), newId());
  const people = personRows(network.people, orgIds, newId);
  const tables: [string, Record<string, unknown>[]][] = [
    ['event', network.events.map((e) => ({ id: e.id, name: e.name, name_folded: fold(e.name), kind: e.kind, date: e.date, place: e.place }))],
    ['organization', [...orgIds].map(([folded, id]) => ({ id, name: folded, name_folded: folded }))],
    ...(['person', 'person_email', 'person_phone', 'person_label', 'position', 'person_search'] as const).map((t): [string, Record<string, unknown>[]] => [t, (people[t] ?? []) as Record<string, unknown>[]]),
    ['exchange', network.exchanges.map((x) => ({ id: x.id, date: x.date, channel: x.channel, they_initiated: x.theyInitiated ? 1 : 0, event_id: x.eventId, summary: x.summary }))],
    ['exchange_participant', network.exchanges.flatMap((x) => x.participantIds.map((person_id) => ({ exchange_id: x.id, person_id })))],
  ];
  const start = performance.now();
  db.transaction(() => {
    // The fastest raw way to fill the search index: rows first, then one INSERT ... SELECT,
    // rather than a trigger per row (Maillon's bulk writes do the same).
    db.exec('drop trigger person_search_ai');
    for (const [table, rows] of tables) {
      const first = rows[0];
      if (!first) continue;
      const cols = Object.keys(first);
      const insert = db.prepare(`insert into ${table} (${cols.join(', ')}) values (${cols.map(() => '?').join(', ')})`);
      for (const row of rows) insert.run(cols.map((c) => row[c] ?? null));
    }
    db.exec('insert into person_fts(rowid, name, work, notes, met) select seq, name, work, notes, met from person_search');
  })();
  const elapsed = performance.now() - start;
  db.close();
  return elapsed;
}
