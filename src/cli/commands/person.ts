import type { Command } from 'commander';
import type { PersonInput, PersonRemovals, PersonView } from '../../app/people.service.js';
import type { Person } from '../../core/types.js';
import { collect, run, type Cli } from '../io.js';
import { balanceText } from './favours.js';
import { personLine } from '../text.js';

interface PersonOptions {
  email?: string[]; phone?: string[]; org?: string; title?: string; circle?: string[]; tag?: string[]; interest?: string[];
  priority?: string; every?: string; metAt?: string; introducedBy?: string; linkedin?: string; location?: string; birthday?: string; note?: string;
  removeEmail?: string[]; removePhone?: string[]; removeCircle?: string[]; removeTag?: string[]; removeInterest?: string[];
}

function withPersonOptions(cmd: Command, cli: Cli): Command {
  const h = cli.words.cli.help;
  return cmd
    .option('--email <email>', h.email, collect)
    .option('--phone <phone>', h.phone, collect)
    .option('--org <org>', h.org)
    .option('--title <title>', h.title)
    .option('--circle <circle>', h.circle, collect)
    .option('--tag <tag>', h.tag, collect)
    .option('--interest <topic>', h.interest, collect)
    .option('--priority <rank>', h.priority)
    .option('--every <days>', h.every)
    .option('--met-at <event>', h.metAt)
    .option('--introduced-by <ref>', h.introducedBy)
    .option('--linkedin <url>', h.linkedin)
    .option('--location <place>', h.location)
    .option('--birthday <date>', h.birthday)
    .option('--note <text>', h.note);
}

function input(o: PersonOptions): PersonInput {
  const out: PersonInput = {};
  if (o.email) out.emails = o.email;
  if (o.phone) out.phones = o.phone;
  if (o.circle) out.circles = o.circle;
  if (o.tag) out.tags = o.tag;
  if (o.interest) out.interests = o.interest;
  for (const key of ['org', 'title', 'priority', 'every', 'metAt', 'introducedBy', 'linkedin', 'location', 'birthday', 'note'] as const) {
    const v = o[key];
    if (v !== undefined) out[key] = v;
  }
  return out;
}

/** What a person looks like in --json: the domain record plus what Maillon derives from it. */
export function personJson(view: PersonView, say: Cli['words']['say']) {
  return {
    ...view.person,
    health: { score: view.health.score, reasons: view.health.reasons.map(say) },
    cadence: view.cadence,
    lastExchange: view.exchanges[0] ? { date: view.exchanges[0].date, channel: view.exchanges[0].channel, summary: view.exchanges[0].summary } : null,
    nextDue: view.nextDue,
    metAt: view.metAt,
    introducedBy: view.introducedBy,
    exchanges: view.exchanges,
    exchangeCount: view.exchangeCount,
    balance: view.balance,
  };
}

export function personCommands(program: Command, cli: Cli): void {
  const h = cli.words.cli.help;
  const o = cli.words.cli.out;
  const person = program.command('person').description(h.person);
  const saved = (key: 'added' | 'updated') => (p: Person) => o[key]({ name: p.name, id: p.id });

  withPersonOptions(person.command('add').description(h.personAdd).argument('<name>', h.name), cli)
    .action(async (name: string, opts: PersonOptions, cmd: Command) => {
      const { addPerson } = await import('../../app/people.service.js');
      await run(cli, cmd, (ctx) => addPerson(ctx, { ...input(opts), name }), saved('added'));
    });

  person.command('list').description(h.personList)
    .option('--circle <circle>', h.circle)
    .option('--tag <tag>', h.tag)
    .option('--sort <order>', h.sort)
    .option('--limit <n>', h.limit)
    .action(async (opts: { circle?: string; tag?: string; sort?: string; limit?: string }, cmd: Command) => {
      const { listPeople } = await import('../../app/list.service.js');
      const limit = opts.limit === undefined ? 100 : Math.max(1, Number.parseInt(opts.limit, 10) || 100);
      await run(cli, cmd, (ctx) => listPeople(ctx, { ...opts, limit }), (r) => {
        if (r.people.length === 0) return o.noPeople;
        const lines = [o.listHeader({ shown: r.people.length, total: r.total }), ...r.people.map((p) => personLine(cli.words, p))];
        if (r.total > r.people.length) lines.push(o.listMore({ count: r.total - r.people.length }));
        return lines;
      });
    });

  person.command('show').description(h.personShow).argument('<ref>', h.ref)
    .action(async (ref: string, _opts: unknown, cmd: Command) => {
      const { showPerson } = await import('../../app/people.service.js');
      const config = cmd.optsWithGlobals<{ json?: boolean }>();
      await run(cli, cmd, async (ctx) => {
        const view = await showPerson(ctx, ref);
        return config.json ? personJson(view, cli.words.say) : view;
      }, (view) => showText(cli, view as PersonView));
    });

  withPersonOptions(person.command('edit').description(h.personEdit).argument('<ref>', h.ref), cli)
    .option('--name <name>', h.name)
    .option('--remove-email <email>', h.removeEmail, collect)
    .option('--remove-phone <phone>', h.removePhone, collect)
    .option('--remove-circle <circle>', h.removeCircle, collect)
    .option('--remove-tag <tag>', h.removeTag, collect)
    .option('--remove-interest <topic>', h.removeInterest, collect)
    .action(async (ref: string, opts: PersonOptions & { name?: string }, cmd: Command) => {
      const { editPerson } = await import('../../app/people.service.js');
      const removals: PersonRemovals = {};
      if (opts.removeEmail) removals.emails = opts.removeEmail;
      if (opts.removePhone) removals.phones = opts.removePhone;
      if (opts.removeCircle) removals.circles = opts.removeCircle;
      if (opts.removeTag) removals.tags = opts.removeTag;
      if (opts.removeInterest) removals.interests = opts.removeInterest;
      const changes = input(opts);
      if (opts.name !== undefined) changes.name = opts.name;
      await run(cli, cmd, (ctx) => editPerson(ctx, ref, changes, removals), saved('updated'));
    });

  person.command('remove').description(h.personRemove).argument('<ref>', h.ref)
    .action(async (ref: string, _opts: unknown, cmd: Command) => {
      const { removePerson } = await import('../../app/people.service.js');
      await run(cli, cmd, (ctx) => removePerson(ctx, ref), (r) => o.removed(r));
    });
}

function showText(cli: Cli, view: PersonView): string[] {
  const w = cli.words;
  const t = w.cli.out.show;
  const p = view.person;
  const lines = [`${p.name}  [${p.id}]  ${p.priority === null ? t.unranked : t.rank({ rank: p.priority })}`];
  const field = (label: string, value: string | null | undefined) => {
    if (value) lines.push(`  ${label}: ${value}`);
  };
  field(t.health, `${String(view.health.score)}/100 (${view.health.reasons.map(w.say).join(cli.words.cli.out.separator)})`);
  field(t.work, p.positions.map((x) => [x.title, x.organization].filter(Boolean).join(', ') + (x.start || x.end ? ` (${x.start ?? '…'} – ${x.end ?? '…'})` : '')).reverse().join(' · '));
  field(t.circles, p.circles.join(', '));
  field(t.tags, p.tags.join(', '));
  field(t.interests, p.interests.join(', '));
  field(t.emails, p.emails.join(', '));
  field(t.phones, p.phones.join(', '));
  field(t.linkedin, p.linkedin);
  field(t.location, p.location);
  field(t.birthday, p.birthday);
  field(t.met, [view.metAt ? t.metAt({ event: view.metAt.name, date: view.metAt.date }) : null, view.introducedBy ? t.introducedBy({ name: view.introducedBy.name }) : null].filter(Boolean).join(', '));
  field(t.cadence, view.cadence === null ? t.none : t.every({ days: view.cadence }));
  field(t.nextDue, view.nextDue);
  field(w.features.favours.cli.out.favoursTitle, view.balance.leaning === 'none' ? null : balanceText(w, view.balance));
  if (p.notes) lines.push(`  ${t.notes}:`, ...p.notes.split('\n').map((n) => `    ${n}`));
  if (view.exchanges.length === 0) lines.push(`  ${t.noExchanges}`);
  else {
    lines.push(`  ${t.exchanges({ count: view.exchangeCount })}:`);
    for (const x of view.exchanges) {
      const channel = w.channel[x.channel] ?? x.channel;
      const extra = [x.eventName, x.theyInitiated ? t.theyInitiated : null].filter(Boolean).join(', ');
      lines.push(`    ${x.date}  ${channel}${extra ? ` (${extra})` : ''}${x.summary ? `: ${x.summary}` : ''}`);
    }
  }
  return lines;
}
