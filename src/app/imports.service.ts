import { absorb, personFrom, type AbsorbOptions, type Change } from '../core/absorb.js';
import { MAX_INDEXED_CHARS, overlong, type IncomingContact, type Rejection, type SourcePlace } from '../core/incoming.js';
import { IdentityIndex, type Evidence, type Identity, type Match, type PreparedIdentity } from '../core/matching.js';
import type { Milestone } from '../core/tending.js';
import type { Person, Position } from '../core/types.js';
import { parseMap, type CsvFormat } from '../formats/csv/read.js';
import { insertMany } from '../storage/batch.js';
import { getPeople, insertPeople, updatePeople, type KnownOrganizations } from '../storage/person.repository.js';
import { insertPhotos, withPhotos, type Photo } from '../storage/photo.repository.js';
import { insertPrompts } from '../storage/prompt.repository.js';
import type { Db } from '../storage/store.js';
import type { AppContext } from './context.js';
import { openImport, type ImportKind, type OpenedFile } from './imports/sources.js';
import { loadIdentities, mergeInto } from './merge.service.js';
import { congratulatePrompt } from './milestones.service.js';

export interface ImportRequest {
  kind: ImportKind;
  files: readonly string[];
  /** CSV only: the dialect, when detection from the header is not wanted. */
  format?: CsvFormat;
  /** CSV only: "Column=field,...". */
  map?: string;
  dryRun?: boolean;
  /** vCard only: keep contact photos (default) or drop them. */
  keepPhotos?: boolean;
  /** Country for phone numbers written without +prefix (ISO 3166 alpha-2). */
  country?: string;
}

export interface Progress { file: string; fraction: number; contacts: number }

export interface PersonRef { id: string; name: string }

/** What became of one contact of a file. */
export interface ImportAction {
  action: 'create' | 'update' | 'merge' | 'skip';
  at: SourcePlace;
  person: PersonRef;
  /** People found to be the same person as this one, merged into `person`. */
  merged: PersonRef[];
  /** Why the contact was taken to be `person` (empty when created). */
  evidence: Evidence[];
  changes: Change[];
  jobChange: { from: Position; to: Position } | null;
  /** People this new contact resembles without proof: left apart, for `maillon duplicates`. */
  possibleDuplicates: (PersonRef & { confidence: number })[];
}

export interface ImportSummary {
  kind: ImportKind;
  dryRun: boolean;
  files: { file: string; format: CsvFormat | null }[];
  created: number;
  updated: number;
  merged: number;
  skipped: number;
  rejected: number;
  jobChanges: number;
  possibleDuplicates: number;
  /** Every action in a dry run; otherwise those worth reading: merges, job changes, possible duplicates. */
  actions: ImportAction[];
  rejections: Rejection[];
}

// Contacts are matched and written by the thousand: few statements, and memory that does
// not grow with the file.
const BATCH = 1000;

/** Thrown to roll a dry run back once everything was done and counted. */
class DryRun extends Error {}

/**
 * Imports contact files in one transaction: every contact is matched against the network
 * (and against the contacts before it), then created, used to update someone, or used to
 * merge people it proves to be one; a file's bad records are reported, never half-written.
 * A dry run does all of it and rolls back.
 */
export async function importContacts(ctx: AppContext, request: ImportRequest, onProgress?: (p: Progress) => void): Promise<ImportSummary> {
  const map = request.map === undefined ? undefined : parseMap(request.map);
  const summary: ImportSummary = {
    kind: request.kind, dryRun: request.dryRun === true, files: [],
    created: 0, updated: 0, merged: 0, skipped: 0, rejected: 0, jobChanges: 0, possibleDuplicates: 0,
    actions: [], rejections: [],
  };
  try {
    await ctx.store.transaction(async (trx) => {
      const importer = new Importer(trx, ctx, summary, request.country);
      await importer.start();
      await ctx.store.dialect.bulkSearch(trx, () => readAll(importer, request, map, summary, onProgress));
      if (summary.dryRun) throw new DryRun();
    });
  } catch (error) {
    if (!(error instanceof DryRun)) throw error;
  }
  return summary;
}

/** Reads every file of the request into the importer, in order, reporting progress as it goes. */
async function readAll(importer: Importer, request: ImportRequest, map: Record<string, string> | undefined, summary: ImportSummary, onProgress?: (p: Progress) => void): Promise<void> {
  for (const file of request.files) {
    const counter = { read: 0 };
    const opened = await openImport(file, {
      kind: request.kind, keepPhotos: request.keepPhotos !== false,
      ...(request.format ? { format: request.format } : {}), ...(map ? { map } : {}),
    }, counter);
    summary.files.push({ file: opened.name, format: opened.format });
    await importer.read(opened, () => onProgress?.({ file: opened.name, fraction: Math.min(1, counter.read / Math.max(1, opened.size)), contacts: importer.seen }));
  }
}

const identityOf = (p: Person): Identity => ({
  name: p.name, emails: p.emails, phones: p.phones, linkedin: p.linkedin, organizations: p.positions.map((x) => x.organization),
});

const incomingIdentity = (c: IncomingContact): Identity => ({
  name: c.name, emails: c.emails, phones: c.phones, linkedin: c.linkedin ?? null,
  organizations: c.positions ? c.positions.map((x) => x.organization) : c.organization ? [c.organization] : [],
});

class Importer {
  private readonly index: IdentityIndex;
  /** People read from the database for the current batch. */
  private readonly cache = new Map<string, Person>();
  /** Written at the end of the batch: new people, changed people, their photos, their new jobs. */
  private readonly pending = new Map<string, { person: Person; isNew: boolean }>();
  private readonly photos = new Map<string, Photo>();
  private readonly milestones: Milestone[] = [];
  /** Organizations read or created by this import, which runs in one transaction. */
  private readonly organizations: KnownOrganizations = new Map();
  private options: AbsorbOptions = { jobChanges: false };
  seen = 0;

  constructor(private readonly db: Db, private readonly ctx: AppContext, private readonly summary: ImportSummary, private readonly country?: string) {
    this.index = new IdentityIndex(country);
  }

  async start(): Promise<void> {
    for (const [id, who] of await loadIdentities(this.db)) {
      this.index.add(id, who);
    }
  }

  async read(file: OpenedFile, progress: () => void): Promise<void> {
    const linkedin = file.format === 'linkedin';
    this.options = { jobChanges: linkedin, ...(linkedin ? { circle: 'online' as const } : {}), ...(this.country ? { country: this.country } : {}) };
    let batch: IncomingContact[] = [];
    for await (const run of file.items) {
      for (const item of run) {
        if (item.kind === 'rejected') {
          this.summary.rejected++;
          this.summary.rejections.push(item.rejection);
          continue;
        }
        const long = overlong(item.contact);
        if (long) {
          this.summary.rejected++;
          this.summary.rejections.push({ at: item.contact.at, code: 'import.too_long', data: { ...long, max: MAX_INDEXED_CHARS } });
          continue;
        }
        this.seen++;
        batch.push(item.contact);
        if (batch.length >= BATCH) {
          await this.take(batch);
          batch = [];
          progress();
        }
      }
    }
    await this.take(batch);
    progress();
  }

  private async take(batch: readonly IncomingContact[]): Promise<void> {
    // Reads the people this batch shares an identifier with in one go, rather than one query per
    // contact; a rarer match by name alone is read when it comes.
    const prepared = batch.map((c) => this.index.prepare(incomingIdentity(c)));
    const known = new Set<string>();
    for (const who of prepared) for (const id of this.index.sharingIdentifiers(who)) if (!this.pending.has(id)) known.add(id);
    for (const p of await getPeople(this.db, [...known])) this.cache.set(p.id, p);
    for (let i = 0; i < batch.length; i++) {
      const c = batch[i] as IncomingContact, who = prepared[i] as PreparedIdentity;
      // Found now, not when prepared: contacts earlier in the batch are in the index by now.
      const found = this.index.findPrepared(who);
      // Most contacts of a first import are new: created without the async steps a match may need.
      if (found.length === 0) this.create(c, who, []);
      else await this.one(c, who, found);
    }
    await this.flush();
    this.cache.clear();
  }

  private async one(c: IncomingContact, who: PreparedIdentity, found: readonly Match[]): Promise<void> {
    const same = found.filter((m) => m.comparison.decision === 'same');
    const maybe = found.filter((m) => m.comparison.decision === 'maybe');
    const target = same[0];
    if (!target) {
      this.create(c, who, maybe.map((m) => ({ id: m.id, name: this.index.filedName(m.id) ?? m.id, confidence: m.comparison.confidence })));
      return;
    }
    const merged: PersonRef[] = [];
    for (const other of same.slice(1)) {
      const otherName = this.index.filedName(other.id);
      if (other.id === target.id || otherName === undefined) continue;
      await this.flush();
      await mergeInto(this.db, target.id, other.id, this.ctx.today, this.ctx.newId);
      merged.push({ id: other.id, name: otherName });
      this.index.remove(other.id);
      this.cache.clear();
    }
    const person = this.pending.get(target.id)?.person ?? this.cache.get(target.id) ?? (await getPeople(this.db, [target.id]))[0];
    if (!person) {
      this.create(c, who, []);
      return;
    }
    const result = absorb(person, c, this.ctx.today, this.options);
    if (c.photo && !this.photos.has(person.id)) {
      this.photos.set(person.id, c.photo);
      // Whether they already have one is known only at write time; a kept photo is not a change to report.
    }
    const action: ImportAction['action'] = merged.length > 0 ? 'merge' : result.changes.length > 0 ? 'update' : 'skip';
    if (action === 'skip') this.summary.skipped++;
    else {
      this.pending.set(person.id, { person: result.person, isNew: this.pending.get(person.id)?.isNew ?? false });
      this.index.remove(person.id);
      this.index.add(person.id, identityOf(result.person));
      if (action === 'merge') this.summary.merged++;
      else this.summary.updated++;
    }
    if (result.jobChange) {
      this.summary.jobChanges++;
      const { to } = result.jobChange;
      this.milestones.push({ id: this.ctx.newId(), personId: person.id, kind: 'new-job', date: this.ctx.today, note: to.title ? `${to.title}, ${to.organization}` : to.organization });
    }
    this.record({
      action, at: c.at, person: { id: person.id, name: person.name }, merged, evidence: target.comparison.evidence,
      changes: result.changes, jobChange: result.jobChange, possibleDuplicates: [],
    });
  }

  private create(c: IncomingContact, who: PreparedIdentity, possibleDuplicates: ImportAction['possibleDuplicates']): void {
    const person = personFrom(c, this.ctx.newId(), this.ctx.today, this.options);
    this.pending.set(person.id, { person, isNew: true });
    if (c.photo) this.photos.set(person.id, c.photo);
    // The new person is what the contact said: the same identity, already read.
    this.index.addPrepared(person.id, who);
    this.summary.created++;
    if (possibleDuplicates.length > 0) this.summary.possibleDuplicates++;
    // Most contacts of a large file are plain creations, which a real import does not list: not built then.
    if (this.keeps([], null, possibleDuplicates)) {
      this.record({ action: 'create', at: c.at, person: { id: person.id, name: person.name }, merged: [], evidence: [], changes: [], jobChange: null, possibleDuplicates });
    }
  }

  /** Whether the summary lists an action: all of them in a dry run; otherwise those worth reading. */
  private keeps(merged: readonly PersonRef[], jobChange: ImportAction['jobChange'], possibleDuplicates: ImportAction['possibleDuplicates']): boolean {
    return this.summary.dryRun || merged.length > 0 || jobChange !== null || possibleDuplicates.length > 0;
  }

  private record(action: ImportAction): void {
    if (this.keeps(action.merged, action.jobChange, action.possibleDuplicates)) this.summary.actions.push(action);
  }

  private async flush(): Promise<void> {
    const all = [...this.pending.values()];
    await insertPeople(this.db, all.filter((x) => x.isNew).map((x) => ({ person: x.person, metText: '' })), this.ctx.newId, this.organizations);
    await updatePeople(this.db, all.filter((x) => !x.isNew).map((x) => x.person), this.ctx.newId, this.organizations);
    const newIds = new Set(all.filter((x) => x.isNew).map((x) => x.person.id));
    const had = await withPhotos(this.db, [...this.photos.keys()].filter((id) => !newIds.has(id)));
    await insertPhotos(this.db, new Map([...this.photos].filter(([id]) => !had.has(id))));
    await insertMany(this.db, 'milestone', this.milestones.map((m) => ({ id: m.id, person_id: m.personId, kind: m.kind, date: m.date, note: m.note })));
    await insertPrompts(this.db, this.milestones.map((m) => congratulatePrompt(this.ctx.newId(), m, this.ctx.today)).filter((p) => p !== null));
    for (const { person } of all) this.cache.set(person.id, person);
    this.pending.clear();
    this.photos.clear();
    this.milestones.length = 0;
  }
}
