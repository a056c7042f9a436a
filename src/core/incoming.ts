import type { Circle, Day, Position } from './types.js';

/**
 * Where a record sits in its file, so every message can name the file, the row or card,
 * and the line. `row` is the CSV data row (1 = first row after the header); `card` counts
 * vCards from 1; `line` is the physical line (1-based) where the record starts.
 */
export interface SourcePlace {
  file: string;
  row?: number;
  card?: number;
  line: number;
}

/**
 * One contact as a file gave it, before matching: what every format reader hands to the
 * import. Text is decoded and trimmed; empty values are left out rather than set to ''.
 */
export interface IncomingContact {
  at: SourcePlace;
  /** Display name, never empty: a reader builds it from given and family names, else rejects the record. */
  name: string;
  givenName?: string;
  familyName?: string;
  /** Primary first, as found (the import normalizes). */
  emails: string[];
  phones: string[];
  /** A LinkedIn profile URL. */
  linkedin?: string;
  /** The current organization and title, when the file gives only that (LinkedIn, CSV, most vCards). */
  organization?: string;
  title?: string;
  /** The whole history, when the file carries it (Maillon's own vCard export). Wins over organization/title. */
  positions?: Position[];
  /** LinkedIn's "Connected On". */
  connectedOn?: Day;
  /** 'YYYY-MM-DD', or '--MM-DD' when the year is unknown. */
  birthday?: string;
  location?: string;
  notes?: string;
  /** Groups and categories. */
  tags: string[];
  circles?: Circle[];
  interests?: string[];
  /** Base64 data, kept only when the user asked to keep photos. */
  photo?: { mediaType: string; data: string };
}

/**
 * A record a reader could not take. `code` is an error code of the format (its words live
 * in i18n, like any error); `data` holds what the message needs (the field, the value...).
 */
export interface Rejection {
  at: SourcePlace;
  code: string;
  data: Record<string, string | number>;
}

/** What a reader yields, in file order. */
export type ReadItem = { kind: 'contact'; contact: IncomingContact } | { kind: 'rejected'; rejection: Rejection };

/** A file's bytes, as many times as needed: a reader may read twice (to detect an encoding, say). */
export type ByteSource = () => AsyncIterable<Uint8Array> | Iterable<Uint8Array>;

/**
 * The longest value Maillon indexes (names, emails, phones, organizations, tags): a
 * PostgreSQL index entry holds at most 2,704 bytes, and 500 characters take at most 2,000.
 * Longer is not a name but something pasted by mistake (a photo folded into FN, say).
 */
export const MAX_INDEXED_CHARS = 500;

/** The first value of `contact` too long to index, or null. */
export function overlong(contact: IncomingContact): { field: string; length: number } | null {
  const fields: [string, readonly (string | undefined)[]][] = [
    ['name', [contact.name]], ['email', contact.emails], ['phone', contact.phones], ['linkedin', [contact.linkedin]],
    ['organization', [contact.organization, ...(contact.positions ?? []).map((p) => p.organization)]],
    ['tag', contact.tags], ['interest', contact.interests ?? []],
  ];
  for (const [field, values] of fields) {
    for (const v of values) if (v !== undefined && v.length > MAX_INDEXED_CHARS) return { field, length: v.length };
  }
  return null;
}
