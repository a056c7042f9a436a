import type { Command } from 'commander';
import type { Brief } from '../../app/brief.service.js';
import type { TemplateChanges } from '../../app/drafts.service.js';
import { formatPlaceholders, type Detail, type Personalisation } from '../../core/draft.js';
import type { Config } from '../../app/config.js';
import { run, type Cli } from '../io.js';

interface DraftOptions { purpose?: string; in?: string; about?: string; meet?: string; mailto?: boolean }

/** The language a message is written in: --in, else the language Maillon speaks (--lang, MAILLON_LANG, the locale). */
const messageLang = (config: Config, value: string | undefined): string => value ?? config.lang;

/** Commands of the messages feature: drafts, templates and briefs. */
export function messagesCommands(program: Command, cli: Cli): void {
  const t = cli.words.features.messages.cli;
  const h = t.help;
  const o = t.out;
  const examples = (cmd: Command, key: keyof typeof t.examples) =>
    cmd.addHelpText('after', `\n${cli.words.cli.examplesTitle}\n${t.examples[key].map((e) => `  ${e}`).join('\n')}`);

  // `draft REF` writes; `draft check REF` checks the user's own text. Commander runs the
  // subcommand when the first word is "check", and the draft itself otherwise.
  const draftCmd = examples(program.command('draft').description(h.draft).argument('<ref>', h.ref), 'draft')
    // Not a commander requiredOption: commander would then demand it of `draft check` too.
    .option('--purpose <purpose>', h.purpose)
    .option('--in <fr|en>', h.in)
    .option('--about <text>', h.about)
    .option('--meet <ref>', h.meet)
    .option('--mailto', h.mailto)
    .action(async (ref: string, opts: DraftOptions, cmd: Command) => {
      const { draft } = await import('../../app/drafts.service.js');
      const input = { purpose: opts.purpose ?? '', mailto: opts.mailto === true,
        ...(opts.about === undefined ? {} : { about: opts.about }), ...(opts.meet === undefined ? {} : { meet: opts.meet }) };
      await run(cli, cmd, (ctx, config) => draft(ctx, ref, { ...input, lang: messageLang(config, opts.in) }), (r) => {
        const lines = [o.to({ name: r.person.name, email: r.person.email }), o.subject({ subject: r.subject }), '', r.body, ''];
        lines.push(...checkLines(cli, r.person.name, r.check));
        if (r.promise) lines.push(o.promise({ promise: r.promise }));
        if (r.mailto) lines.push('', r.mailto);
        return lines;
      });
    });

  examples(draftCmd.command('check').description(h.check).argument('<ref>', h.ref), 'draft check')
    .requiredOption('--text <text>', h.text)
    .action(async (ref: string, opts: { text: string }, cmd: Command) => {
      const { checkMessage } = await import('../../app/drafts.service.js');
      await run(cli, cmd, (ctx) => checkMessage(ctx, ref, opts.text), (r) => checkLines(cli, r.person.name, r.check));
    });

  const template = program.command('template').description(h.template);
  template.command('list').description(h.templateList)
    .action(async (_opts: unknown, cmd: Command) => {
      const { templates } = await import('../../app/drafts.service.js');
      await run(cli, cmd, async (ctx) => ({ templates: await templates(ctx) }), (r) => r.templates.map((x) => o.templateLine({ ...x })));
    });

  template.command('show').description(h.templateShow).argument('<purpose>', h.templatePurpose)
    .option('--in <fr|en>', h.templateIn)
    .action(async (purpose: string, opts: { in?: string }, cmd: Command) => {
      const { showTemplate } = await import('../../app/drafts.service.js');
      await run(cli, cmd, async (ctx, config) => ({ ...(await showTemplate(ctx, purpose, messageLang(config, opts.in))), placeholders: formatPlaceholders() }),
        (r) => [o.templateHeader(r), '', o.subject({ subject: r.subject }), '', r.body, '', o.placeholders({ list: r.placeholders })]);
    });

  examples(template.command('edit').description(h.templateEdit).argument('<purpose>', h.templatePurpose), 'template edit')
    .option('--in <fr|en>', h.templateIn)
    .option('--subject <text>', h.subject)
    .option('--body <text>', h.body)
    .option('--body-file <file>', h.bodyFile)
    .action(async (purpose: string, opts: TemplateChanges & { in?: string }, cmd: Command) => {
      const { editTemplate } = await import('../../app/drafts.service.js');
      const changes: TemplateChanges = {};
      for (const key of ['subject', 'body', 'bodyFile'] as const) {
        const v = opts[key];
        if (v !== undefined) changes[key] = v;
      }
      await run(cli, cmd, (ctx, config) => editTemplate(ctx, purpose, messageLang(config, opts.in), changes), (r) => o.templateSaved({ ...r }));
    });

  template.command('reset').description(h.templateReset).argument('<purpose>', h.templatePurpose)
    .option('--in <fr|en>', h.templateIn)
    .action(async (purpose: string, opts: { in?: string }, cmd: Command) => {
      const { resetTemplate } = await import('../../app/drafts.service.js');
      await run(cli, cmd, (ctx, config) => resetTemplate(ctx, purpose, messageLang(config, opts.in)), (r) => o.templateReset({ ...r }));
    });

  examples(program.command('brief').description(h.brief).argument('<ref>', h.ref), 'brief')
    .action(async (ref: string, _opts: unknown, cmd: Command) => {
      const { brief } = await import('../../app/brief.service.js');
      await run(cli, cmd, (ctx) => brief(ctx, ref), (b) => briefLines(cli, b));
    });
}

/** The personalisation check in words: a ✓ naming what makes it personal, or a warning with what to add. */
function checkLines(cli: Cli, name: string, check: Personalisation): string[] {
  const o = cli.words.features.messages.cli.out;
  const value = (d: Detail) => (d.kind === 'milestone' ? o.milestoneKind[d.value] : d.kind === 'favour' ? o.favourKind[d.value] : undefined) ?? d.value;
  const list = (details: readonly Detail[]) => details.map((d) => o.detail({ kind: d.kind, value: value(d) })).join(o.and);
  const missing = check.missing.filter((d) => d.kind !== 'name');
  if (check.personal) {
    const lines = [o.personal({ found: list(check.found.filter((d) => d.kind !== 'name')) })];
    // A nudge, not a checklist: a personal message need not mention everything.
    if (missing.length > 0) lines.push(o.alsoAdd({ missing: list(missing.slice(0, 3)) }));
    return lines;
  }
  return [o.anyone({ name }), missing.length > 0 ? o.couldAdd({ missing: list(missing) }) : o.knowsLittle({ name })];
}

function briefLines(cli: Cli, b: Brief): string[] {
  const w = cli.words;
  const o = w.features.messages.cli.out;
  const t = o.brief;
  const p = b.person;
  const work = [p.title, p.organization].filter(Boolean).join(', ');
  const head = [p.name, work, p.priority === null ? null : t.rank({ rank: p.priority }), t.health({ score: p.health })].filter(Boolean);
  const lines = [`${head.join(' · ')}  [${p.id}]`];
  const section = (title: string, items: string[]) => lines.push('', `${title}${o.colon.trimEnd()}`, ...items.map((i) => `  ${i}`));
  if (b.met) {
    const { event, introducer } = b.met;
    section(t.met, [[event ? t.metAt({ event: event.name, date: event.date }) : null, introducer ? t.introducedBy({ name: introducer.name }) : null].filter(Boolean).join(', ')]);
  }
  if (b.exchanges) {
    section(t.exchanges, b.exchanges.flatMap((x) => {
      const head = `${x.date}  ${w.channel[x.channel] ?? x.channel}${x.event ? ` (${x.event})` : ''}${x.summary ? `${o.colon}${x.summary}` : ''}`;
      return x.promise ? [head, `  → ${t.promised({ promise: x.promise })}`] : [head];
    }));
  }
  if (b.interests) section(t.interests, [b.interests.join(', ')]);
  if (b.milestones) section(t.milestones, b.milestones.map((m) => `${m.date}  ${o.milestoneKind[m.kind] ?? m.kind}${m.note ? `${o.colon}${m.note}` : ''}`));
  if (b.favours) {
    section(t.favours, b.favours.map((f) => {
      const kind = [o.favourKind[f.kind] ?? f.kind, f.introduced ? t.introduced({ name: f.introduced.name }) : null].filter(Boolean).join(' ');
      const what = f.direction === 'given' ? t.given({ kind }) : t.received({ kind });
      const thanks = f.direction === 'received' ? (f.thankedOn ? t.thanked({ date: f.thankedOn }) : t.notThanked) : null;
      return [`${f.date}  ${what}`, thanks, f.note].filter(Boolean).join(' · ');
    }));
  }
  if (b.opportunities) section(t.opportunities, b.opportunities.map((x) => `${t.opportunity({ ...x, stage: o.stage[x.stage] ?? x.stage })}  [${x.id}]`));
  if (b.mutual) section(t.mutual, b.mutual.map((m) => `${m.name}${o.colon}${m.how === 'colleague' && m.organization ? t.colleagueAt({ organization: m.organization }) : t.how[m.how] ?? m.how}  [${m.id}]`));
  if (lines.length === 1 || (!b.exchanges && !b.interests)) lines.push('', t.little({ name: p.name }));
  return lines;
}
