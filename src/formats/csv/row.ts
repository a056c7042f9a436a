/**
 * One CSV row, through its plan, to a contact or a rejection. The plan is compiled once per
 * file into the columns to try for each field, best first, so a row costs little more than
 * its cells: a 30,000-row file must read in a few tens of milliseconds.
 */
import type { IncomingContact, ReadItem, SourcePlace } from '../../core/incoming.js';
import { parseLinkedIn } from '../../core/validate.js';
import { birthdayFromParts, parseBirthday, parseDate, type DateOptions } from './dates.js';
import type { Target } from './fields.js';
import { SYSTEM_GROUPS } from './google.js';
import type { Plan, PlannedColumn } from './plan.js';

/** Several values in one cell: Google's " ::: ", and the ';' Outlook puts between categories. */
const MULTI = /\s*:::\s*/;
const LIST = /\s*(?::::|[;,])\s*/;
const PHONES = /\s*(?::::|;)\s*/;
/** Labels of numbers that do not reach the person: faxes and pagers. */
const NOT_A_PHONE = /fax|pager|télécopie/i;
/** LinkedIn's own export form, which parseLinkedIn would return unchanged (minus a final slash). */
const CANONICAL_LINKEDIN = /^https:\/\/www\.linkedin\.com\/in\/[\w%-]+\/?$/;

/** A function from a row's cells to a contact, a rejection, or null for a blank row (skipped without a word). */
export type RowReader = (cells: readonly string[], at: SourcePlace) => ReadItem | null;

export function rowReader(plan: Plan): RowReader {
  const ordered = [...plan.columns].sort((a, b) => a.rank - b.rank || a.index - b.index);
  const columns = (target: Target): PlannedColumn[] => ordered.filter((c) => c.target === target);
  const indexes = (target: Target): number[] => columns(target).map((c) => c.index);
  const [givenAt, familyAt, nameAt, organizationAt, titleAt, locationAt, cityAt] = (['given', 'family', 'name', 'organization', 'title', 'location', 'city'] as const).map((t) => indexes(t));
  const [yearAt, monthAt, dayAt] = (['birthYear', 'birthMonth', 'birthDay'] as const).map((t) => indexes(t));
  const emails = columns('email');
  const phones = columns('phone');
  const tags = indexes('tags');
  const notes = plan.columns.filter((c) => c.target === 'notes').map((c) => c.index);
  // A website counts as a LinkedIn profile only when no LinkedIn column gave one.
  const linkedin = [...columns('linkedin'), ...columns('website')];
  const birthday = columns('birthday');
  const connected = columns('connected');
  const dates: DateOptions = { dayFirst: plan.dayFirst };
  const connectedOn = memo((v) => parseDate(v, dates));
  const birthdayOf = memo((v) => parseBirthday(v, dates));

  return (cells, at) => {
    const given = first(cells, givenAt);
    const family = first(cells, familyAt);
    const organization = first(cells, organizationAt);
    const mails = emails.length > 0 ? values(cells, emails, emailsIn) : [];
    const display = join(given, family) ?? first(cells, nameAt) ?? mails[0] ?? organization;
    if (display === undefined) {
      if (cells.every((c) => c.trim() === '')) return null;
      return { kind: 'rejected', rejection: { at, code: 'csv.no_name', data: { sample: sample(cells) } } };
    }
    const contact: IncomingContact = {
      at, name: display, emails: mails,
      phones: phones.length > 0 ? values(cells, phones, phonesIn) : [],
      tags: tags.length > 0 ? tagsIn(cells, tags) : [],
    };
    if (given !== undefined) contact.givenName = given;
    if (family !== undefined) contact.familyName = family;
    if (organization !== undefined) contact.organization = organization;
    const title = first(cells, titleAt);
    if (title !== undefined) contact.title = title;
    const url = firstParsed(cells, linkedin, linkedinIn);
    if (url !== undefined) contact.linkedin = url;
    const on = firstParsed(cells, connected, connectedOn);
    if (on !== undefined) contact.connectedOn = on;
    const born = firstParsed(cells, birthday, birthdayOf)
      ?? (monthAt?.length ? birthdayFromParts(first(cells, yearAt), first(cells, monthAt), first(cells, dayAt)) : undefined);
    if (born !== undefined) contact.birthday = born;
    const place = first(cells, locationAt) ?? first(cells, cityAt);
    if (place !== undefined) contact.location = place;
    const text = notes.length > 0 ? notesIn(cells, notes) : undefined;
    if (text !== undefined) contact.notes = text;
    return { kind: 'contact', contact };
  };
}

/** A file repeats its dates (30,000 connections made on a few thousand days): parse each text once. */
function memo(parse: (v: string) => string | undefined): (v: string) => string | undefined {
  const cache = new Map<string, string | null>();
  return (v) => {
    let known = cache.get(v);
    if (known === undefined) {
      if (cache.size >= 10_000) cache.clear();
      known = parse(v) ?? null;
      cache.set(v, known);
    }
    return known ?? undefined;
  };
}

function cell(cells: readonly string[], index: number): string | undefined {
  const raw = cells[index];
  if (raw === undefined) return undefined;
  const value = raw.trim();
  return value === '' ? undefined : value;
}

/** The first non-empty cell among the columns; of several values in it, the first. */
function first(cells: readonly string[], list: readonly number[] = []): string | undefined {
  for (const index of list) {
    const value = cell(cells, index);
    if (value !== undefined) return value.includes(':::') ? value.split(MULTI)[0] || undefined : value;
  }
  return undefined;
}

/** The first value a parser accepts. */
function firstParsed(cells: readonly string[], list: readonly PlannedColumn[], parse: (v: string, column: PlannedColumn) => string | undefined): string | undefined {
  for (const column of list) {
    const value = cell(cells, column.index);
    if (value === undefined) continue;
    for (const part of value.includes(':::') ? value.split(MULTI) : [value]) {
      const parsed = parse(part, column);
      if (parsed !== undefined) return parsed;
    }
  }
  return undefined;
}

/** Every value of the columns, primary first (Google's `* ` label), each once. */
function values(cells: readonly string[], list: readonly PlannedColumn[], split: (v: string, out: string[]) => void): string[] {
  const out: string[] = [];
  let primary: string[] | undefined;
  for (const column of list) {
    const value = cell(cells, column.index);
    if (value === undefined) continue;
    const label = column.labelFrom === undefined ? undefined : cells[column.labelFrom]?.trim();
    if (label === undefined || label === '') {
      split(value, out);
    } else if (!(column.target === 'phone' && NOT_A_PHONE.test(label))) {
      split(value, label.startsWith('*') ? (primary ??= []) : out);
    }
  }
  const all = primary ? primary.concat(out) : out;
  return all.length > 1 ? unique(all, sameness(list)) : all;
}

/** What makes two values the same: digits for phones, case-blind text for emails. */
function sameness(list: readonly PlannedColumn[]): (v: string) => string {
  return list[0]?.target === 'phone' ? (p) => p.replace(/[^\d+]/g, '') : (e) => e.toLowerCase();
}

/** The addresses in a cell ("a@b.c; d@e.f", "Ann <a@b.c>", "mailto:a@b.c"); a value without '@' is not one. */
function emailsIn(value: string, out: string[]): void {
  for (const part of /[;,]|:::/.test(value) ? value.split(LIST) : [value]) {
    const angle = /<([^<>\s]+@[^<>\s]+)>/.exec(part);
    const email = (angle?.[1] ?? part).replace(/^mailto:/i, '').trim();
    if (email.includes('@')) out.push(email);
  }
}

/** Numbers in a cell; a value without a digit ("Tel privat") is a label, not a number. */
function phonesIn(value: string, out: string[]): void {
  for (const part of /;|:::/.test(value) ? value.split(PHONES) : [value]) {
    if (/\d/.test(part)) out.push(part);
  }
}

/** Groups and categories; Google's system groups (`* myContacts`, starred) are not tags. */
function tagsIn(cells: readonly string[], list: readonly number[]): string[] {
  const out: string[] = [];
  for (const index of list) {
    const value = cell(cells, index);
    if (value === undefined) continue;
    for (const part of value.split(LIST)) {
      const tag = part.replace(/^\*\s*/, '');
      if (tag !== '' && !SYSTEM_GROUPS.has(tag.toLowerCase())) out.push(tag);
    }
  }
  return out.length > 1 ? unique(out, (t) => t.toLowerCase()) : out;
}

function notesIn(cells: readonly string[], list: readonly number[]): string | undefined {
  if (list.length === 1) return cell(cells, list[0] ?? -1);
  const parts = list.map((i) => cell(cells, i)).filter((v) => v !== undefined);
  return parts.length > 0 ? parts.join('\n\n') : undefined;
}

/** A LinkedIn profile URL in canonical form; a website counts only when it is a /in/ profile. */
function linkedinIn(value: string, column: PlannedColumn): string | undefined {
  if (CANONICAL_LINKEDIN.test(value)) return value.endsWith('/') ? value.slice(0, -1) : value;
  if (column.target === 'website' && !/linkedin\.com\/in\//i.test(value)) return undefined;
  try {
    return parseLinkedIn(value);
  } catch {
    return undefined;
  }
}

function join(given: string | undefined, family: string | undefined): string | undefined {
  if (given === undefined) return family;
  return family === undefined ? given : `${given} ${family}`;
}

function unique(values: string[], key: (v: string) => string): string[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const k = key(v);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** What the row held, for a message: its first non-empty cells, shortened. */
function sample(cells: readonly string[]): string {
  const text = cells.map(flat).filter(Boolean).slice(0, 4).join(', ');
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

/** A cell quoted in a message, on one line: a quoted cell may hold line breaks and tabs. */
export const flat = (cell: string): string => cell.replace(/\s+/g, ' ').trim();
