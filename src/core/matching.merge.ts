import { fold } from './fold.js';
import { normalizeEmail, normalizeLinkedin, samePhoneNumber } from './matching.js';
import type { Day, Person, Position } from './types.js';

/** A value of the merged person that the survivor's own value outranked: kept in the notes, not dropped. */
export interface KeptValue {
  field: 'linkedin' | 'location' | 'birthday' | 'connectedOn' | 'priority' | 'every' | 'introducedBy' | 'metAt';
  /** As stored: an id for introducedBy and metAt, which the caller names before writing the note. */
  value: string;
}

export interface MergedPeople {
  person: Person;
  kept: KeptValue[];
}

/** Appends the values `incoming` has that `list` lacks, in order; `same` says when two are one. */
function union<T>(list: readonly T[], incoming: readonly T[], same: (x: T, y: T) => boolean): T[] {
  const out = [...list];
  for (const v of incoming) if (!out.some((x) => same(x, v))) out.push(v);
  return out;
}

const sameText = (x: string, y: string) => fold(x.trim()) === fold(y.trim());
const sameEmail = (x: string, y: string) => (normalizeEmail(x) ?? fold(x.trim())) === (normalizeEmail(y) ?? fold(y.trim()));
const samePosition = (x: Position, y: Position) =>
  sameText(x.organization, y.organization) && sameText(x.title ?? '', y.title ?? '') && x.start === y.start && x.end === y.end;

/** A birthday that says more wins over the same day without a year ('1980-05-12' over '--05-12'). */
function mergeBirthday(a: string | null, b: string | null): { value: string | null; conflict: boolean } {
  if (a === null || b === null || a === b) return { value: a ?? b, conflict: false };
  const yearless = a.startsWith('--') || b.startsWith('--');
  if (a.slice(-5) !== b.slice(-5) || !yearless) return { value: a, conflict: true };
  return { value: a.startsWith('--') ? b : a, conflict: false };
}

/**
 * The person `survivor` becomes once `merged` is folded into them, losslessly: lists are
 * united (the survivor's first), notes are both kept, the survivor's single values win unless
 * missing, and a different value of the merged person is returned in `kept`, for the notes.
 */
export function mergePeople(survivor: Person, merged: Person): MergedPeople {
  const a = survivor, b = merged;
  const kept: KeptValue[] = [];
  const pick = <T>(field: KeptValue['field'], x: T | null, y: T | null, same: (p: T, q: T) => boolean = (p, q) => p === q): T | null => {
    if (x === null) return y;
    if (y !== null && !same(x, y)) kept.push({ field, value: String(y) });
    return x;
  };
  const birthday = mergeBirthday(a.birthday, b.birthday);
  if (birthday.conflict && b.birthday) kept.push({ field: 'birthday', value: b.birthday });
  // Each one's "introduced by" may name the other: after the merge that would be themselves.
  const introducedA = a.introducedById === b.id ? null : a.introducedById;
  const introducedB = b.introducedById === a.id ? null : b.introducedById;
  const person: Person = {
    ...a,
    emails: union(a.emails, b.emails, sameEmail),
    phones: union(a.phones, b.phones, (x, y) => samePhoneNumber(x, y)),
    circles: union(a.circles, b.circles, (x, y) => x === y),
    tags: union(a.tags, b.tags, sameText),
    interests: union(a.interests, b.interests, sameText),
    positions: union(a.positions, b.positions, samePosition),
    linkedin: pick('linkedin', a.linkedin, b.linkedin, (x, y) => (normalizeLinkedin(x) ?? x) === (normalizeLinkedin(y) ?? y)),
    location: pick('location', a.location, b.location, sameText),
    birthday: birthday.value,
    connectedOn: pick('connectedOn', a.connectedOn, b.connectedOn),
    priority: pick('priority', a.priority, b.priority),
    every: pick('every', a.every, b.every),
    introducedById: pick('introducedBy', introducedA, introducedB),
    metAtEventId: pick('metAt', a.metAtEventId, b.metAtEventId),
    notes: [a.notes, b.notes].filter((n): n is string => !!n?.trim()).join('\n\n') || null,
    createdOn: a.createdOn <= b.createdOn ? a.createdOn : b.createdOn,
    lastExchangeOn: [a.lastExchangeOn, b.lastExchangeOn].filter((d): d is Day => d !== null).sort().at(-1) ?? null,
  };
  return { person, kept };
}

const LABELS: Record<KeptValue['field'], string> = {
  linkedin: 'LinkedIn', location: 'location', birthday: 'birthday', connectedOn: 'connected on', priority: 'rank',
  every: 'keep in touch every (days)', introducedBy: 'introduced by', metAt: 'met at',
};

/**
 * The line a merge adds to the survivor's notes: the merged person's name (so a search by it
 * still finds the survivor) and the values that did not win. Notes are data, not interface:
 * the line is written once, in plain English, like a log entry. Null when it would say nothing.
 */
export function mergeNote(survivorName: string, mergedName: string, date: Day, kept: readonly KeptValue[]): string | null {
  if (kept.length === 0 && sameText(survivorName, mergedName)) return null;
  const values = kept.map((k) => `${LABELS[k.field]} ${k.value}`).join('; ');
  return `Merged from ${mergedName} (${date})${values ? `: ${values}` : ''}.`;
}

/** Notes with the merge line appended on its own paragraph. */
export function withNote(notes: string | null, line: string | null): string | null {
  if (!line) return notes;
  return notes ? `${notes}\n\n${line}` : line;
}
