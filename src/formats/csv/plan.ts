/** From a header row to the columns a reader takes, by header name, never by position. */
import { COMMON, GENERIC, IDENTIFYING, norm, type Dialect, type Target } from './fields.js';
import { GOOGLE } from './google.js';
import { LINKEDIN } from './linkedin.js';
import { OUTLOOK } from './outlook.js';

export type CsvFormat = 'linkedin' | 'google' | 'outlook' | 'generic';
export const CSV_FORMATS: readonly CsvFormat[] = ['linkedin', 'google', 'outlook', 'generic'];

const DIALECTS: Record<CsvFormat, Dialect> = { linkedin: LINKEDIN, google: GOOGLE, outlook: OUTLOOK, generic: GENERIC };

export interface PlannedColumn {
  index: number;
  target: Target;
  rank: number;
  labelFrom?: number;
}

export interface Plan {
  format: CsvFormat;
  columns: PlannedColumn[];
  dayFirst: boolean;
  /** Header cells of the --map that the header does not have. */
  missing: string[];
  /** Whether the rows can give people: a name or email column, or a --map that found its columns. */
  usable: boolean;
}

/** The plan of a header read as `format`; map entries (column -> field) win over the dialect. */
export function planFor(header: readonly string[], format: CsvFormat, map?: Readonly<Record<string, string>>): Plan {
  const names = header.map(norm);
  const dialect = DIALECTS[format];
  const mapped = new Map(Object.entries(map ?? {}).map(([column, field]) => [norm(column), field as Target]));
  const columns: PlannedColumn[] = [];
  names.forEach((name, index) => {
    if (name === '') return;
    const field = mapped.get(name);
    if (field) {
      columns.push({ index, target: field, rank: -1 });
      return;
    }
    const rule = dialect.column(name, index, names);
    if (rule === null) return;
    const target = rule ? rule.target : common(name, names);
    if (!target) return;
    const column: PlannedColumn = { index, target, rank: rule?.rank ?? 0 };
    if (rule?.labelFrom !== undefined) column.labelFrom = rule.labelFrom;
    columns.push(column);
  });
  const missing = Object.keys(map ?? {}).filter((column) => !names.includes(norm(column)));
  const usable = mapped.size > 0 ? missing.length < mapped.size : columns.some((c) => IDENTIFYING.has(c.target));
  return { format, columns, dayFirst: dialect.dayFirst(names), missing, usable };
}

/** "Nom" (and German "Name") is the family name beside a first-name column, else the whole name. */
function common(name: string, names: readonly string[]): Target | undefined {
  if (name === 'nom' || name === 'name') {
    const hasGiven = names.some((n) => COMMON.get(n) === 'given');
    const hasFamily = names.some((n) => COMMON.get(n) === 'family');
    return hasGiven && !hasFamily && (name === 'nom' || names.includes('vorname')) ? 'family' : 'name';
  }
  return COMMON.get(name);
}

/**
 * The plan of a header, with its format: the one asked for, else the first dialect that owns
 * the header and can read people from it (LinkedIn, Google, Outlook), else the common names.
 */
export function detectPlan(header: readonly string[], format?: CsvFormat, map?: Readonly<Record<string, string>>): Plan {
  if (format) return planFor(header, format, map);
  const names = header.map(norm);
  for (const candidate of ['linkedin', 'google', 'outlook'] as const) {
    if (!DIALECTS[candidate].owns(names)) continue;
    const plan = planFor(header, candidate, map);
    if (plan.usable) return plan;
  }
  return planFor(header, 'generic', map);
}
