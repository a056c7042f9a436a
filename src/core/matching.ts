import { isSupportedCountry, parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { fold } from './fold.js';
import { formSimilarity, nameForm, nameKeys, type NameForm, type NameKeys } from './matching.names.js';

export { nameSimilarity } from './matching.names.js';

/** What matching knows of a person, or of a contact about to be imported. */
export interface Identity {
  name: string;
  emails: readonly string[];
  phones: readonly string[];
  linkedin?: string | null;
  organizations: readonly string[];
}

export type Evidence =
  | { kind: 'email' | 'linkedin' | 'phone'; value: string }
  | { kind: 'name'; score: number }
  | { kind: 'organization'; value: string }
  | { kind: 'conflict'; field: 'email' | 'linkedin' | 'phone' | 'organization' | 'name' };

export interface Comparison {
  /** 0..1: 'same' is 0.75 or more, 'maybe' between 0.3 and 0.75, 'different' 0.3 or less. */
  confidence: number;
  decision: 'same' | 'maybe' | 'different';
  evidence: Evidence[];
}

export interface Match { id: string; comparison: Comparison }

const EMAIL_RE = /^[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[^\s@<>()",;:.][^\s@<>()",;:]*$/;

/** An email address trimmed and lower-cased (mailto: and <...> removed), or null if it is not one. */
export function normalizeEmail(raw: string): string | null {
  const v = raw.trim().replace(/^mailto:/i, '').replace(/^<(.*)>$/, '$1').trim().toLowerCase();
  return EMAIL_RE.test(v) ? v : null;
}

interface PhoneForm {
  /** E.164 when known, else the digits (with their + when written). */
  key: string;
  /** The number without country code or trunk zero, so "06 12 34 56 78" meets "+33 6 12 34 56 78"; null when unknown. */
  national: string | null;
}

/** The number as written, without "tel:" or an extension ("+33 1 44 55 66 77 poste 12"): an extension is not part of the line. */
const lineOf = (raw: string) => raw.trim().replace(/^tel:/i, '').replace(/\s*(?:ext\.?|x|#|poste)\s*\d+\s*$/i, '');

function phoneForm(raw: string, country?: string): PhoneForm | null {
  const text = lineOf(raw);
  const digits = text.replace(/\D/g, '');
  if (digits.length < 6) return null;
  const plus = text.startsWith('+');
  // "00 33 6..." is how Europe dials abroad: the same as "+33 6...".
  const international = plus || (digits.startsWith('00') && !country);
  const upper = country?.toUpperCase();
  const defaultCountry = upper && isSupportedCountry(upper) ? upper : undefined;
  // Digits only, and no search for a number inside the text: three times faster, and 30,000
  // people have about 20,000 numbers to read.
  const written = international ? `+${plus ? digits : digits.slice(2)}` : digits;
  const parsed = international || defaultCountry ? parsePhoneNumberFromString(written, { defaultCountry, extract: false }) : undefined;
  if (parsed?.isPossible()) return { key: parsed.number, national: parsed.nationalNumber.replace(/^0+/, '') };
  if (international) return { key: written, national: null };
  const national = digits.replace(/^0+/, '');
  return { key: digits, national: national.length >= 6 ? national : null };
}

/**
 * A phone number in E.164 ("+33612345678") when it can be read with its own +prefix or the
 * given default country (ISO 3166 alpha-2); else its digits, with a leading + kept; null when
 * it has fewer than 6 digits.
 */
export function normalizePhone(raw: string, country?: string): string | null {
  return phoneForm(raw, country)?.key ?? null;
}

/** Two numbers are one when equal, or when one lacks a country and the rest of the digits agree. */
function samePhone(a: PhoneForm, b: PhoneForm): boolean {
  if (a.key === b.key) return true;
  const bothInternational = a.key.startsWith('+') && b.key.startsWith('+');
  return !bothInternational && a.national !== null && a.national === b.national;
}

/** The last six digits of a number's line: equal numbers share them, however written. */
export function phoneTail(raw: string): string {
  return lineOf(raw).replace(/\D/g, '').slice(-6);
}

/** Whether two written numbers are the same line ("06 12 34 56 78" and "+33 6 12 34 56 78" are). */
export function samePhoneNumber(a: string, b: string, country?: string): boolean {
  const x = phoneForm(a, country), y = phoneForm(b, country);
  return x !== null && y !== null ? samePhone(x, y) : a.replace(/\s+/g, '') === b.replace(/\s+/g, '');
}

function decode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

const LINKEDIN_RE = /^(?:https?:\/\/)?(?:[a-z\d-]+\.)?linkedin\.com\/(in|pub)\/([^?#]+)/i;

/**
 * A LinkedIn profile as 'linkedin.com/in/<slug>': lower-cased, percent-decoded, without
 * scheme, subdomain, query or trailing slash; null if the text is not a LinkedIn profile.
 * Old public profiles ('/pub/name/1/23/456') keep their path the same way.
 */
export function normalizeLinkedin(raw: string): string | null {
  const v = raw.trim();
  if (!v) return null;
  // Most URLs are plain: a regular expression reads them ten times faster than URL does.
  const plain = LINKEDIN_RE.exec(v);
  if (plain) {
    const kind = plain[1] ?? '', path = plain[2] ?? '';
    // Nearly every profile is one plain word ("in/jean-martin"): nothing to split or decode.
    if (kind.toLowerCase() === 'in' && !/[%/]/.test(path)) return bareSlug(path.trim().toLowerCase());
    return profilePath(kind, path.split('/'));
  }
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z\d+.-]*:\/\//i.test(v) ? v : `https://${v}`);
  } catch {
    return null;
  }
  if (!/(^|\.)linkedin\.com$/i.test(url.hostname)) return null;
  const [kind = '', ...rest] = url.pathname.split('/').filter(Boolean);
  return profilePath(kind, rest);
}

const bareSlug = (slug: string) => (slug ? `linkedin.com/in/${slug}` : null);

/** 'linkedin.com/in/<slug>' (or '/pub/<path>') from the URL's path parts after the kind. */
function profilePath(kind: string, rest: readonly string[]): string | null {
  const parts = rest.map((p) => decode(p).trim().toLowerCase()).filter(Boolean);
  const slug = parts[0];
  if (!slug) return null;
  const k = kind.toLowerCase();
  if (k === 'in') return `linkedin.com/in/${slug}`;
  return k === 'pub' ? `linkedin.com/pub/${parts.join('/')}` : null;
}

// Words that say what legal form a company has, not which company it is: "Acme SAS" is "Acme".
const LEGAL_FORMS = new Set(['sa', 'sas', 'sasu', 'sarl', 'eurl', 'inc', 'ltd', 'llc', 'gmbh', 'plc', 'corp', 'co', 'ag', 'bv', 'nv', 'spa', 'srl', 'limited', 'incorporated', 'corporation', 'company']);

function organizationKey(raw: string): string {
  const words = fold(raw).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return words.filter((w, i) => i === 0 || !LEGAL_FORMS.has(w)).join(' ');
}

/**
 * A phone as prepared: reading a number with libphonenumber is the slowest step of matching
 * (20,000 numbers in a 30,000-person network), so it waits until another number ends with the
 * same six digits, which every equal number does.
 */
interface LazyPhone {
  digits: string;
  tail: string;
  raw: string;
  form?: PhoneForm | null;
}

function formOf(phone: LazyPhone, country: string | undefined): PhoneForm | null {
  if (phone.form === undefined) phone.form = phoneForm(phone.raw, country);
  return phone.form;
}

/**
 * An identity read once, compared many times, with the keys it is filed and found under. The
 * name's form and keys are worked out when first needed: a LinkedIn import into a new network
 * files 30,000 people that no name is ever compared with.
 */
interface Prepared {
  country: string | undefined;
  rawName: string;
  form?: NameForm;
  keys?: NameKeys;
  emails: readonly string[];
  phones: readonly LazyPhone[];
  linkedin: string | null;
  /** Organization keys, and the names as written at the same places. */
  organizations: readonly string[];
  organizationNames: readonly string[];
  /** Email, LinkedIn and phone keys: filed under and looked up alike. */
  identifierKeys: readonly string[];
}

const NONE: readonly string[] = [];
const NO_PHONES: readonly LazyPhone[] = [];

const nameOf = (p: Prepared): NameForm => (p.form ??= nameForm(p.rawName));
const keysOf = (p: Prepared): NameKeys => (p.keys ??= nameKeys(nameOf(p)));

function prepare(who: Identity, country?: string, organizationKeys = new Map<string, string>()): Prepared {
  let emails = NONE;
  for (const e of who.emails) {
    const n = normalizeEmail(e);
    if (n && !emails.includes(n)) emails = withOne(emails, detached(n));
  }
  let phones = NO_PHONES;
  for (const written of who.phones) {
    // Digits of a number with nothing to strip are the very string the file gave: copied first.
    const raw = detached(written);
    const digits = lineOf(raw).replace(/\D/g, '');
    if (digits.length >= 6 && !phones.some((x) => x.digits === digits)) phones = withOne(phones, { raw, digits, tail: digits.slice(-6) });
  }
  let organizations = NONE, organizationNames = NONE;
  for (const o of who.organizations) {
    let key = organizationKeys.get(o);
    if (key === undefined) organizationKeys.set(detached(o), (key = detached(organizationKey(o))));
    if (key && !organizations.includes(key)) {
      organizations = withOne(organizations, key);
      organizationNames = withOne(organizationNames, detached(o.trim()));
    }
  }
  const profile = who.linkedin ? normalizeLinkedin(who.linkedin) : null;
  const linkedin = profile === null ? null : detached(profile);
  let identifierKeys = NONE;
  for (const e of emails) identifierKeys = withOne(identifierKeys, `e:${e}`);
  if (linkedin) identifierKeys = withOne(identifierKeys, `l:${linkedin}`);
  for (const phone of phones) if (!identifierKeys.includes(`t:${phone.tail}`)) identifierKeys = withOne(identifierKeys, `t:${phone.tail}`);
  return { country, rawName: detached(who.name), emails, phones, linkedin, organizations, organizationNames, identifierKeys };
}

/**
 * `text` in a string of its own. A value read from a file is often a slice of the chunk it
 * was read in: a 20-character name then keeps its whole chunk alive, and an index that keeps
 * a name from every card of a 200 MB file kept the file. Prefixing makes a new string;
 * slicing the prefix off copies only the value.
 */
function detached(text: string): string {
  return ` ${text}`.slice(1);
}

/**
 * `list` and one more value, in a new array of exactly that length. An index keeps every
 * person's prepared identity for the whole import: an array grown by `push` or a spread
 * reserves room for 17 values, 150 bytes each time, 14 MB for 30,000 people, all of it
 * copied by the garbage collector as it survives.
 */
function withOne<T>(list: readonly T[], value: T): readonly T[] {
  const out = new Array<T>(list.length + 1);
  for (let i = 0; i < list.length; i++) out[i] = list[i] as T;
  out[list.length] = value;
  return out;
}

/** An identity prepared by an index, to look it up more than once without reading it again. */
export type PreparedIdentity = Readonly<Prepared>;

const hasIdentifier = (p: Prepared) => p.emails.length > 0 || p.phones.length > 0 || p.linkedin !== null;

// Name scores that decide (see nameSimilarity): at least this to be taken as the same name
// spelled otherwise ("J. Martin", "Jean Martin")...
const NAME_SIMILAR = 0.8;
// ...to let an organization vouch for a name ("J. Martin" and "Jean Martin", both at Acme)...
const NAME_CORROBORATED = 0.9;
// ...to let a shared phone decide: "Paul Dupont" and "Marie Dupont" (0.5) may share a home landline...
const NAME_COMPATIBLE = 0.6;
// ...and below this, names have no word in common: a shared email is then a shared mailbox.
const NAME_CONFLICT = 0.4;

const clamp = (x: number, low: number, high: number) => Math.round(Math.min(high, Math.max(low, x)) * 100) / 100;

type ConflictField = Extract<Evidence, { kind: 'conflict' }>['field'];

/** What two identities share and where they disagree: the facts a decision and its evidence are made of. */
interface Facts {
  score: number;
  linkedin: string | null;
  emails: readonly string[];
  phones: readonly string[];
  organizations: readonly string[];
  conflicts: ConflictField[];
}

function factsOf(a: Prepared, b: Prepared, score: number): Facts {
  const linkedin = a.linkedin !== null && a.linkedin === b.linkedin ? a.linkedin : null;
  const emails = a.emails.length > 0 && b.emails.length > 0 ? a.emails.filter((e) => b.emails.includes(e)) : NONE;
  const phones: string[] = [];
  for (const p of a.phones) {
    for (const q of b.phones) {
      if (p.tail !== q.tail) continue;
      const x = formOf(p, a.country), y = formOf(q, b.country);
      if (x && y && samePhone(x, y)) {
        phones.push(x.key);
        break;
      }
    }
  }
  const organizations: string[] = [];
  for (let i = 0; i < a.organizations.length && b.organizations.length > 0; i++) {
    const key = a.organizations[i] ?? '';
    if (b.organizations.includes(key)) organizations.push(a.organizationNames[i] ?? key);
  }
  const conflicts: ConflictField[] = [];
  if (a.linkedin !== null && b.linkedin !== null && linkedin === null) conflicts.push('linkedin');
  if (a.emails.length > 0 && b.emails.length > 0 && emails.length === 0) conflicts.push('email');
  if (a.phones.length > 0 && b.phones.length > 0 && phones.length === 0) conflicts.push('phone');
  if (a.organizations.length > 0 && b.organizations.length > 0 && organizations.length === 0) conflicts.push('organization');
  if (score < NAME_CONFLICT) conflicts.push('name');
  return { score, linkedin, emails, phones, organizations, conflicts };
}

/**
 * Whether two identities are one person, and how sure. The rules, strongest first:
 *
 * 1. Both have a LinkedIn profile and they differ: 'different', whatever else they share
 *    (two people, even if they share a mailbox or a name).
 * 2. The same LinkedIn profile: 'same'.
 * 3. A shared email: 'same', unless the names have no word in common ("Maman" and "Marie
 *    Dupont", or contact@ for two colleagues): then 'maybe'.
 * 4. A shared phone: 'same' when the names are compatible, else 'maybe' (a family's landline,
 *    a switchboard).
 * 5. Otherwise only the names speak, and a name alone never proves anything:
 *    - names that are not alike: 'different';
 *    - two conflicts among emails, phones and organizations (both sides know one, none
 *      shared): 'different' (two people who share a name);
 *    - alike names (0.9+) at the same organization, with no conflict, when one side carries
 *      no email, phone or LinkedIn (a business card, a name-only contact): 'same'. When both
 *      carry identifiers, but of different kinds, nothing could contradict the name, so
 *      nothing confirms it either: 'maybe' (two Jean Martins at one big company);
 *    - equal names, no identifier on either side, no conflict: 'same' (the same name-only
 *      card imported twice must not make two people);
 *    - anything else alike (initials, particles, a conflict): 'maybe', less likely with a
 *      conflict, so that `duplicates` leaves homonyms at different companies out by default.
 */
function decide(a: Prepared, b: Prepared, f: Facts): Pick<Comparison, 'decision' | 'confidence'> {
  const { score, conflicts } = f;
  let soft = 0;
  for (const c of conflicts) if (c === 'email' || c === 'phone' || c === 'organization') soft++;
  if (conflicts.includes('linkedin')) return { decision: 'different', confidence: clamp(0.3 * score, 0, 0.3) };
  if (f.linkedin) return { decision: 'same', confidence: clamp(0.97 + 0.03 * score, 0.75, 1) };
  if (f.emails.length > 0) {
    return score < NAME_CONFLICT ? { decision: 'maybe', confidence: 0.6 } : { decision: 'same', confidence: clamp(0.93 + 0.05 * score - 0.04 * soft, 0.75, 1) };
  }
  if (f.phones.length > 0) {
    return score >= NAME_COMPATIBLE
      ? { decision: 'same', confidence: clamp(0.8 + 0.15 * score - 0.05 * soft, 0.75, 1) }
      : { decision: 'maybe', confidence: clamp(0.45 + 0.2 * score, 0.31, 0.74) };
  }
  if (score < NAME_SIMILAR || soft >= 2) return { decision: 'different', confidence: clamp(0.3 * score, 0, 0.3) };
  const aBare = !hasIdentifier(a), bBare = !hasIdentifier(b);
  const atSameOrganization = f.organizations.length > 0;
  if (atSameOrganization && score >= NAME_CORROBORATED && soft === 0 && (aBare || bBare)) return { decision: 'same', confidence: clamp(0.75 + 0.1 * score, 0.75, 1) };
  if (score === 1 && aBare && bBare && soft === 0) return { decision: 'same', confidence: 0.8 };
  return { decision: 'maybe', confidence: clamp(0.1 + 0.6 * score - 0.3 * soft + (atSameOrganization ? 0.05 : 0), 0.31, 0.74) };
}

function evidenceOf(f: Facts): Evidence[] {
  const evidence: Evidence[] = [];
  if (f.linkedin) evidence.push({ kind: 'linkedin', value: f.linkedin });
  for (const value of f.emails) evidence.push({ kind: 'email', value });
  for (const value of f.phones) evidence.push({ kind: 'phone', value });
  for (const value of f.organizations) evidence.push({ kind: 'organization', value });
  evidence.push({ kind: 'name', score: f.score });
  for (const field of f.conflicts) evidence.push({ kind: 'conflict', field });
  return evidence;
}

function compare(a: Prepared, b: Prepared, score = formSimilarity(nameOf(a), nameOf(b))): Comparison {
  const facts = factsOf(a, b, score);
  return { ...decide(a, b, facts), evidence: evidenceOf(facts) };
}

/** Whether two identities are one person: a decision, a confidence and the evidence (see `decide` for the rules). */
export function compareIdentities(a: Identity, b: Identity, country?: string): Comparison {
  return compare(prepare(a, country), prepare(b, country));
}

// Prefix of the name keys of people without a LinkedIn profile (see `fileName`).
const WITHOUT_LINKEDIN = '~';

// Past this many people, a block of two given names is not worth walking (see `matches`).
const LARGE_BLOCK = 64;

const byConfidence = (x: Match, y: Match) => y.comparison.confidence - x.comparison.confidence || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);

/**
 * In-memory index of existing people for fast matching: by normalized email, LinkedIn, phone
 * and name blocking keys. A person is compared only with those sharing a key, so matching
 * one contact costs a few comparisons, not one per person in the network.
 */
export class IdentityIndex {
  // People live in numbered slots, and blocks hold slot numbers: at 30,000 people, `pairs`
  // walks hundreds of thousands of block entries, and numbers are much cheaper than ids to
  // compare and to mark as seen.
  private readonly slots: ({ id: string; prepared: Prepared } | undefined)[] = [];
  private readonly slotOf = new Map<string, number>();
  private readonly blocks = new Map<string, number[]>();
  /** Organization keys by name as written: a network has few organizations and many positions. */
  private readonly organizationKeys = new Map<string, string>();
  private seen = new Uint32Array(0);
  private visit = 0;
  /** Whether `byInitial` keys are filed: only once a name with an initial looks for them, since most networks have none. */
  private initials = false;
  /** Whether name keys are filed as they are, not only under WITHOUT_LINKEDIN: only once a contact without a profile looks for them (see `fileNames`). */
  private plainNames = false;
  /** People filed without a LinkedIn profile: while there are none, a contact with a profile has no namesake to look for. */
  private bare = 0;

  constructor(private readonly country?: string) {}

  get size(): number {
    return this.slotOf.size;
  }

  /** The name a person is filed under, as the index keeps it; undefined when not filed. */
  filedName(id: string): string | undefined {
    const slot = this.slotOf.get(id);
    return slot === undefined ? undefined : this.slots[slot]?.prepared.rawName;
  }

  add(id: string, who: Identity): void {
    this.addPrepared(id, this.prepare(who));
  }

  /** Files a person under an identity already prepared (a contact just created as this person). */
  addPrepared(id: string, prepared: PreparedIdentity): void {
    if (this.slotOf.has(id)) this.remove(id);
    const slot = this.slots.length;
    this.slots.push({ id, prepared });
    this.slotOf.set(id, slot);
    if (prepared.linkedin === null) this.bare++;
    for (const key of prepared.identifierKeys) this.file(key, slot);
    this.fileNames(slot, prepared, 'own');
    if (this.initials) this.fileNames(slot, prepared, 'byInitial');
  }

  private fileInitials(): void {
    if (this.initials) return;
    this.initials = true;
    this.slots.forEach((entry, slot) => {
      if (entry) this.fileNames(slot, entry.prepared, 'byInitial');
    });
  }

  private filePlainNames(): void {
    if (this.plainNames) return;
    this.plainNames = true;
    this.slots.forEach((entry, slot) => {
      if (!entry) return;
      const keys = keysOf(entry.prepared);
      for (const key of keys.own) this.file(key, slot);
      if (this.initials) for (const key of keys.byInitial) this.file(key, slot);
    });
  }

  /**
   * Files a person's name keys under WITHOUT_LINKEDIN when they have no LinkedIn profile, and
   * as they are once `plainNames` is set. Two different profiles make two people whatever their names
   * (rule 1 of `decide`), so a contact with a profile looks for namesakes only among people
   * without one, and only a contact without one needs the plain keys: a LinkedIn import
   * compares names only where that can change the answer, and files no name it never reads.
   */
  private fileNames(slot: number, prepared: Prepared, which: 'own' | 'byInitial'): void {
    const bare = prepared.linkedin === null, plain = this.plainNames;
    if (!plain && !bare) return;
    for (const key of keysOf(prepared)[which]) {
      if (plain) this.file(key, slot);
      if (bare) this.file(WITHOUT_LINKEDIN + key, slot);
    }
  }

  private file(key: string, slot: number): void {
    const block = this.blocks.get(key);
    if (block) block.push(slot);
    else this.blocks.set(key, [slot]);
  }

  remove(id: string): void {
    const slot = this.slotOf.get(id);
    const entry = slot === undefined ? undefined : this.slots[slot];
    if (slot === undefined || !entry) return;
    this.slots[slot] = undefined;
    this.slotOf.delete(id);
    const bare = entry.prepared.linkedin === null;
    if (bare) this.bare--;
    const keys = this.plainNames || bare ? keysOf(entry.prepared) : undefined;
    const names = keys ? [...keys.own, ...keys.byInitial] : [];
    const prefixed = bare ? names.map((key) => WITHOUT_LINKEDIN + key) : [];
    for (const key of [...entry.prepared.identifierKeys, ...names, ...prefixed]) {
      const block = this.blocks.get(key);
      if (!block) continue;
      const at = block.indexOf(slot);
      if (at >= 0) block.splice(at, 1);
      if (block.length === 0) this.blocks.delete(key);
    }
  }

  /** Candidates for `who`, best first, only 'same' or 'maybe' (never 'different'). */
  find(who: Identity): Match[] {
    return this.matches(this.prepare(who), -1);
  }

  /** `who` read once, to be found with `findPrepared` or looked up with `sharingIdentifiers`. */
  prepare(who: Identity): PreparedIdentity {
    return prepare(who, this.country, this.organizationKeys);
  }

  findPrepared(who: PreparedIdentity): Match[] {
    return this.matches(who, -1);
  }

  /**
   * People who share an email, LinkedIn profile or phone ending with `who`: a cheap superset
   * of the strong matches, without comparing names, for reading them ahead in one query.
   */
  sharingIdentifiers(who: PreparedIdentity): string[] {
    const ids: string[] = [];
    for (const key of who.identifierKeys) {
      for (const slot of this.blocks.get(key) ?? []) {
        const entry = this.slots[slot];
        if (entry) ids.push(entry.id);
      }
    }
    return ids;
  }

  /** Every likely pair of people in the index, each pair once, best first. */
  pairs(): { a: string; b: string; comparison: Comparison }[] {
    const out: { a: string; b: string; comparison: Comparison }[] = [];
    this.slots.forEach((entry, slot) => {
      if (entry) for (const m of this.matches(entry.prepared, slot)) out.push({ a: entry.id, b: m.id, comparison: m.comparison });
    });
    return out.sort((x, y) => y.comparison.confidence - x.comparison.confidence || (x.a + x.b < y.a + y.b ? -1 : 1));
  }

  /**
   * Matches of a prepared identity among people in slots after `after`: -1 for all; a slot
   * for `pairs`, so each pair is met once (keys are symmetric: if X finds Y, Y finds X).
   */
  private matches(query: Prepared, after: number): Match[] {
    if (this.seen.length < this.slots.length) this.seen = new Uint32Array(this.slots.length * 2);
    const withProfile = query.linkedin !== null;
    // With a profile, namesakes are looked for among people without one (see `fileNames`).
    const keys = !withProfile || this.bare > 0 ? keysOf(query) : undefined;
    if (keys && !withProfile) this.filePlainNames();
    if (keys?.hasInitial) this.fileInitials();
    const visit = ++this.visit;
    const out: Match[] = [];
    const ids = query.identifierKeys, names = keys ? keys.probe : NONE;
    for (let k = 0; k < ids.length + names.length; k++) {
      const byName = k >= ids.length;
      const key = (byName ? names[k - ids.length] : ids[k]) ?? '';
      const block = this.blocks.get(byName && withProfile ? WITHOUT_LINKEDIN + key : key);
      if (!block) continue;
      // A pair of given names ("Jean Pierre") shared by hundreds tells nothing; a name of three
      // words or more has other pairs, with its family name, to find its duplicates by.
      if (block.length > LARGE_BLOCK && nameOf(query).tokens.length >= 3 && key.startsWith('p:')) continue;
      for (const slot of block) {
        if (slot <= after || this.seen[slot] === visit) continue;
        this.seen[slot] = visit;
        const other = this.slots[slot];
        if (!other) continue;
        const score = formSimilarity(nameOf(query), nameOf(other.prepared));
        // Found by name only, they share no email, phone or LinkedIn (those keys came
        // first): unless the names are alike they are different, and need no closer look.
        // This keeps large blocks ("Jean-Pierre ...") cheap.
        if (byName && score < NAME_SIMILAR) continue;
        const facts = factsOf(query, other.prepared, score);
        const verdict = decide(query, other.prepared, facts);
        if (verdict.decision !== 'different') out.push({ id: other.id, comparison: { ...verdict, evidence: evidenceOf(facts) } });
      }
    }
    return out.sort(byConfidence);
  }
}
