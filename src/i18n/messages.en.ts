/**
 * English messages. messages.fr.ts must have the same keys: the compiler checks it.
 * Values are plain strings, or functions of the values a message needs.
 */
type V = Record<string, unknown>;
const s = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : JSON.stringify(v));
const plural = (n: unknown, one: string, many: string) => (Number(n) === 1 ? one : many);
const ago = (days: unknown) => (Number(days) === 0 ? 'today' : Number(days) === 1 ? 'yesterday' : `${s(days)} days ago`);

const channel: Record<string, string> = {
  'in-person': 'in person', video: 'video call', call: 'phone call', email: 'email', message: 'message', social: 'social media',
};

export const en = {
  channel,
  kind: { 'follow-up': 'Follow up', 'keep-in-touch': 'Keep in touch' } as Record<string, string>,
  eventKind: { 'trade-show': 'trade show', conference: 'conference', debate: 'debate evening', meetup: 'meetup', other: 'event' } as Record<string, string>,
  reason: {
    'health.never': () => 'no exchange yet',
    'health.last': (v: V) => `last exchange ${ago(v.days)}`,
    'health.in-person-year': (v: V) => `${s(v.count)} in-person ${plural(v.count, 'meeting', 'meetings')} this year`,
    'health.exchanges-year': (v: V) => `${s(v.count)} ${plural(v.count, 'exchange', 'exchanges')} in the last 12 months`,
    'health.you-initiated': (v: V) => `you initiated the last ${s(v.count)}`,
    'health.they-initiated': (v: V) => `they initiated the last ${s(v.count)}`,
    'health.balanced': (v: V) => `balanced initiative (${s(v.mine)} of the last ${s(v.count)} by you)`,
    'agenda.top-ten': (v: V) => `top ten (#${s(v.rank)})`,
    'agenda.overdue': (v: V) => `overdue by ${s(v.days)} ${plural(v.days, 'day', 'days')}`,
    'agenda.due-today': () => 'due today',
    'agenda.due-in': (v: V) => `due in ${s(v.days)} ${plural(v.days, 'day', 'days')}`,
    'agenda.snoozed': (v: V) => `snoozed until ${s(v.until)}`,
    'agenda.after-exchange': (v: V) => `after your exchange on ${s(v.date)} (${channel[s(v.channel)] ?? s(v.channel)})`,
    'agenda.after-exchange-at': (v: V) => `after meeting at ${s(v.event)} on ${s(v.date)} (${channel[s(v.channel)] ?? s(v.channel)})`,
    'agenda.last-exchange': (v: V) => `last exchange ${ago(v.days)}`,
    'agenda.no-exchange-yet': () => 'no exchange logged yet',
    'agenda.rank-cadence': (v: V) => `every ${s(v.days)} days for this rank`,
    'agenda.own-cadence': (v: V) => `every ${s(v.days)} days, as you set`,
    'checklist.connect-linkedin': () => 'connect on LinkedIn',
    'checklist.send-promised': (v: V) => `send what you promised ("${s(v.detail)}")`,
    'checklist.thank-you': () => 'say thank you',
  } as Record<string, (v: V) => string>,
  error: {
    'person.not_found': (v: V) => `No one in your network matches "${s(v.ref)}". Try: maillon search ${s(v.ref)}`,
    'person.ambiguous': (v: V) => `"${s(v.ref)}" could be several people: ${s(v.list)}. Use the id, or a fuller name.`,
    'person.name_required': () => 'A person needs a name.',
    'event.not_found': (v: V) => `No event matches "${s(v.ref)}". See: maillon event list`,
    'event.ambiguous': (v: V) => `"${s(v.ref)}" could be several events: ${s(v.list)}. Use the id.`,
    'prompt.not_found': (v: V) => `No agenda item has the id "${s(v.id)}". See: maillon today`,
    'prompt.closed': (v: V) => `Agenda item ${s(v.id)} is already ${v.status === 'done' ? 'done' : 'waived'}.`,
    'input.bad_date': (v: V) => v.reason === 'future'
      ? `The ${s(v.field)} ${s(v.value)} is in the future: Maillon records what has already happened.`
      : `Bad ${s(v.field)} "${s(v.value)}": expected a date as YYYY-MM-DD${v.field === 'birthday' ? ' (or --MM-DD without the year)' : ''}.`,
    'input.bad_channel': (v: V) => `Unknown channel "${s(v.value)}": expected one of ${s(v.allowed)}.`,
    'input.bad_circle': (v: V) => `Unknown circle "${s(v.value)}": expected one of ${s(v.allowed)}.`,
    'input.bad_event_kind': (v: V) => `Unknown event kind "${s(v.value)}": expected one of ${s(v.allowed)}.`,
    'input.bad_number': (v: V) => `Bad ${s(v.field)} "${s(v.value)}": expected a whole number from ${s(v.min)} to ${s(v.max)}.`,
    'input.bad_email': (v: V) => `Bad email "${s(v.value)}": expected name@domain.`,
    'input.bad_url': (v: V) => `Bad LinkedIn URL "${s(v.value)}": expected https://www.linkedin.com/in/...`,
    'input.bad_setting': (v: V) => `Unknown setting "${s(v.key)}": expected one of ${s(v.allowed)}.`,
    'input.bad_choice': (v: V) => `Unknown ${s(v.field)} "${s(v.value)}": expected one of ${s(v.allowed)}.`,
    'input.bad_sort': (v: V) => `Unknown sort "${s(v.value)}": expected one of ${s(v.allowed)}.`,
    'input.empty': (v: V) => `The ${s(v.field)} cannot be empty.`,
    'db.not_maillon': (v: V) => `${s(v.location)} is not a Maillon database; nothing was changed. Choose another with --db or MAILLON_DB.`,
    'db.too_new': (v: V) => `${s(v.location)} was written by a newer Maillon (schema ${s(v.version)}, this one knows ${s(v.supported)}); nothing was changed. Upgrade Maillon.`,
    'db.read_only': (v: V) => `Cannot write to ${s(v.location)}: the location is read-only. Choose another with --db or MAILLON_DB.`,
    'db.unreachable': (v: V) => `Cannot reach the database ${s(v.location)}: ${s(v.detail)}`,
    'db.not_empty': (v: V) => `${s(v.location)} already holds a network; a backup is restored into an empty database only. Use --db with a new file.`,
    'backup.bad_file': (v: V) => `${s(v.file)} is not a Maillon backup: ${
      v.reason === 'json' ? `invalid JSON near line ${s(v.line)}`
      : v.reason === 'version' ? `version ${s(v.version)} is newer than this Maillon reads`
      : v.reason === 'row' ? `row ${s(v.row)} of table ${s(v.table)} is not a record of text and numbers`
      : v.reason === 'columns' ? `row ${s(v.row)} of table ${s(v.table)} has an unexpected or missing column "${s(v.column)}"`
      : v.reason === 'value' ? `row ${s(v.row)} of table ${s(v.table)} holds an impossible value in column "${s(v.column)}"`
      : v.reason === 'unknown-table' ? `unknown table "${s(v.table)}"`
      : v.reason === 'integrity' ? `the database refused one of its records (${s(v.detail)})`
      : 'expected {"format": "maillon-backup", "version", "tables"}'}. Nothing was imported.`,
    'file.unreadable': (v: V) => `Cannot read ${s(v.file)} (${s(v.reason)}).`,
    'file.unwritable': (v: V) => `Cannot write ${s(v.file)} (${s(v.reason)}).`,
    'demo.not_empty': (v: V) => `${s(v.location)} already holds your own network; the demo only fills an empty database. Try: maillon demo --db demo.db`,
    unexpected: (v: V) => `Unexpected error: ${s(v.message)}`,
  } as Record<string, (v: V) => string>,
};

export type Messages = typeof en;
