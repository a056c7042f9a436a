/** English words of imports and exports: LinkedIn, vCard, CSV, iCalendar. imports.fr.ts mirrors every key. */
import { s, type Feature, type Values as V } from './feature.js';

const plural = (n: unknown, one: string, many: string) => (Number(n) === 1 ? one : many);
const count = (n: unknown, one: string, many: string) => `${s(n)} ${plural(n, one, many)}`;

const change: Record<string, string> = {
  emails: 'email', phones: 'phone', linkedin: 'LinkedIn', birthday: 'birthday', location: 'place', connected: 'connection date',
  notes: 'notes', tags: 'tags', circles: 'circle', interests: 'interests', position: 'position', title: 'title', photo: 'photo',
};

const fieldEn: Record<string, string> = {
  name: 'name', email: 'email', phone: 'phone', linkedin: 'LinkedIn profile', organization: 'organization', tag: 'tag', interest: 'interest',
};

export const importsEn = {
  reason: {},
  error: {
    'import.too_long': (v: V) => `This contact's ${fieldEn[s(v.field)] ?? s(v.field)} is ${s(v.length)} characters long, more than the ${s(v.max)} Maillon keeps (pasted by mistake?); it was not imported.`,
    'export.bad_version': (v: V) => `Unknown vCard version "${s(v.value)}": expected ${s(v.allowed)}.`,
  },
  kind: {},
  cli: {
    help: {
      linkedin: 'import your LinkedIn connections: Connections.csv, or the whole export zip LinkedIn mails you; a newer export turns job changes into congratulations',
      vcard: 'import vCard files (2.1, 3.0, 4.0) from a phone, Apple, Google or Outlook',
      csv: 'import a contacts CSV: Google, Outlook, Thunderbird, or any CSV with --map',
      files: 'the files to import',
      file: 'the file to import',
      dryRun: 'show what would be created, updated, merged, skipped and rejected, and why; write nothing',
      photos: 'keep or drop contact photos: keep (default) or drop',
      format: 'the CSV kind: google, outlook, linkedin or generic (default: found from the header)',
      map: 'map columns to fields, e.g. "Full Name=name,Mail=email"; fields: name, given, family, email, phone, organization, title, linkedin, birthday, notes, tags, location, connected',
      country: 'country for phone numbers written without +prefix, e.g. FR (default: from your locale)',
      exportVcard: 'write everyone as vCards that phones and address books read',
      vcardFile: 'the .vcf file to write',
      version: 'vCard version: 4.0 (default) or 3.0',
      exportIcs: 'write the agenda as an iCalendar file: one event per prompt; exporting again updates the same events',
      icsFile: 'the .ics file to write',
      days: 'how many days ahead, from today (default 30)',
    },
    examples: {
      'import linkedin': ['maillon import linkedin ~/Downloads/Basic_LinkedInDataExport.zip', 'maillon import linkedin Connections.csv --dry-run'],
      'import vcard': ['maillon import vcard contacts.vcf', 'maillon import vcard *.vcf --photos drop'],
      'import csv': ['maillon import csv google.csv', 'maillon import csv list.csv --format generic --map "Full Name=name,Mail=email,Company=organization"'],
      'export vcard': ['maillon export vcard network.vcf', 'maillon export vcard network.vcf --version 3.0'],
      'export ics': ['maillon export ics agenda.ics --days 14'],
    },
    out: {
      summary: (v: V) => `${v.dryRun ? 'Dry run of' : 'Imported'} ${s(v.files)}: ${s(v.created)} created, ${s(v.updated)} updated, ${s(v.merged)} merged, ${s(v.skipped)} skipped, ${s(v.rejected)} rejected.`,
      nothing: (v: V) => `Nothing to import in ${s(v.files)}: no contact found.`,
      dryRunNote: 'Nothing was written. Run again without --dry-run to import.',
      jobChanges: (v: V) => `${count(v.count, 'job change', 'job changes')}: a congratulation waits in your agenda (maillon today).`,
      jobChange: (v: V) => `  ${s(v.name)}: ${s(v.to)} (was ${s(v.from)})`,
      possibleDuplicates: (v: V) => `${count(v.count, 'new person looks', 'new people look')} like someone already here; left apart. Review: maillon duplicates`,
      possibleDuplicate: (v: V) => `  ${s(v.name)} ${s(v.at)} looks like ${s(v.others)}`,
      mergedLine: (v: V) => `  ${s(v.name)} ${s(v.at)}: merged ${s(v.others)} into one (${s(v.why)})`,
      rejectedTitle: (v: V) => `Rejected (${s(v.count)}):`,
      rejectedLine: (v: V) => `  ${s(v.at)}: ${s(v.why)}`,
      more: (v: V) => `  …and ${s(v.count)} more (--json lists them all)`,
      group: {
        create: 'Would create', update: 'Would update', merge: 'Would merge', skip: 'Would skip',
      } as Record<string, string>,
      actionLine: (v: V) => `  ${s(v.name)} ${s(v.at)}${v.detail ? `: ${s(v.detail)}` : ''}`,
      adds: (v: V) => `adds ${(v.changes as string[]).map((c) => change[c] ?? c).join(', ')}`,
      upToDate: 'already up to date',
      matchedBy: (v: V) => `matched by ${s(v.evidence)}`,
      evidence: {
        email: (v: V) => `email ${s(v.value)}`,
        linkedin: (v: V) => `LinkedIn ${s(v.value)}`,
        phone: (v: V) => `phone ${s(v.value)}`,
        name: (v: V) => `name (${s(v.score)}%)`,
        organization: (v: V) => `organization ${s(v.value)}`,
        conflict: (v: V) => `different ${s(v.field)}`,
      } as Record<string, (v: V) => string>,
      row: (v: V) => `(${s(v.file)}, row ${s(v.row)}, line ${s(v.line)})`,
      card: (v: V) => `(${s(v.file)}, card ${s(v.card)}, line ${s(v.line)})`,
      line: (v: V) => `(${s(v.file)}, line ${s(v.line)})`,
      progress: (v: V) => `Importing ${s(v.file)}: ${s(v.percent)}% (${count(v.contacts, 'contact', 'contacts')})`,
      vcardDone: (v: V) => `Wrote ${count(v.people, 'person', 'people')} to ${s(v.file)} (vCard ${s(v.version)}).`,
      icsDone: (v: V) => `Wrote ${count(v.events, 'event', 'events')} to ${s(v.file)}: your agenda until ${s(v.until)}. Import it, or export again to update it.`,
      calendarName: 'Maillon agenda',
      eventSummary: (v: V) => `${s(v.kind)}: ${s(v.name)}`,
    },
  },
} satisfies Feature;
