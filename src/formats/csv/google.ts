/**
 * Google Contacts CSV, current ("E-mail 1 - Label", "Organization Name", "Labels") and
 * legacy ("E-mail 1 - Type", "Given Name", "Organization 1 - Name", "Group Membership").
 * Numbered columns come in pairs: a label, where `* ` marks the primary value, and the
 * value cell, which may hold several values separated by " ::: ".
 */
import type { ColumnRule, Dialect, Target } from './fields.js';

const NAMED = new Map<string, Target>([
  ['name', 'name'],
  ['given name', 'given'],
  ['first name', 'given'],
  ['family name', 'family'],
  ['last name', 'family'],
  ['organization name', 'organization'],
  ['organization title', 'title'],
  ['group membership', 'tags'],
  ['labels', 'tags'],
  ['birthday', 'birthday'],
  ['notes', 'notes'],
  ['location', 'location'],
  ['occupation', 'title'],
]);

const NUMBERED = /^(e-mail|phone|website|organization|address|relation|event|im|custom field) (\d+) - ([a-z ]+)$/;

const OWN = new Set(['given name', 'family name', 'group membership', 'labels', 'organization name', 'organization title', 'name prefix', 'file as']);

export const GOOGLE: Dialect = {
  owns: (header) => header.some((h) => OWN.has(h) || NUMBERED.test(h)),
  column(name, _index, header): ColumnRule | null | undefined {
    const m = NUMBERED.exec(name);
    if (!m) {
      const target = NAMED.get(name);
      return target && { target, rank: name === 'occupation' ? 1 : 0 };
    }
    const [kind, n, part] = [m[1], Number(m[2]), m[3]];
    const label = (): number | undefined => {
      const i = header.findIndex((h) => h === `${kind ?? ''} ${String(n)} - label` || h === `${kind ?? ''} ${String(n)} - type`);
      return i === -1 ? undefined : i;
    };
    const rule = (target: Target, labelled = false): ColumnRule => {
      const from = labelled ? label() : undefined;
      return from === undefined ? { target, rank: n } : { target, rank: n, labelFrom: from };
    };
    if (part === 'value' && kind === 'e-mail') return rule('email', true);
    if (part === 'value' && kind === 'phone') return rule('phone', true);
    if (part === 'value' && kind === 'website') return rule('website');
    if (part === 'name' && kind === 'organization') return rule('organization');
    if (part === 'title' && kind === 'organization') return rule('title');
    if (part === 'city' && kind === 'address') return rule('city');
    return null;
  },
  dayFirst: () => false,
};

/** Google's system groups, which every contact is in: not worth a tag. */
export const SYSTEM_GROUPS: ReadonlySet<string> = new Set(['mycontacts', 'my contacts', 'starred', 'other contacts', 'othercontacts']);
