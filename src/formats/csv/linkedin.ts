/**
 * LinkedIn's Connections.csv: First Name, Last Name, URL, Email Address, Company, Position,
 * Connected On, in any order, some missing in older exports, after a "Notes:" preamble.
 */
import type { ColumnRule, Dialect, Target } from './fields.js';

const COLUMNS = new Map<string, Target>([
  ['first name', 'given'],
  ['last name', 'family'],
  ['url', 'linkedin'],
  ['profile url', 'linkedin'],
  ['email address', 'email'],
  ['e-mail address', 'email'],
  ['company', 'organization'],
  ['position', 'title'],
  ['connected on', 'connected'],
]);

export const LINKEDIN: Dialect = {
  /** "Connected On" is LinkedIn's own; an Excel-resaved file may have lost the rest of the order but keeps the names. */
  owns(header) {
    const known = header.filter((h) => COLUMNS.has(h));
    if (!header.includes('first name') || !header.includes('last name')) return false;
    if (header.includes('connected on')) return true;
    return known.length >= 4 && header.includes('position') && known.length === header.filter((h) => h !== '').length;
  },
  column(name): ColumnRule | undefined {
    const target = COLUMNS.get(name);
    return target ? { target } : undefined;
  },
  dayFirst: () => false,
};
