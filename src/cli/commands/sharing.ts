import type { Command } from 'commander';
import type { AskView } from '../../app/asks.service.js';
import type { OpportunityView } from '../../app/opportunities.service.js';
import { isOpenStage } from '../../core/sharing.js';
import { OPPORTUNITY_STAGES } from '../../core/tending.js';
import { collect, run, type Cli } from '../io.js';

/** Commands of the sharing feature: share, opportunity and ask. */
export function sharingCommands(program: Command, cli: Cli): void {
  shareCommands(program, cli);
  opportunityCommands(program, cli);
  askCommands(program, cli);
}

/** Adds examples below a command's help, as main does for the common commands. */
function withExamples(cli: Cli, cmd: Command, examples: readonly string[]): Command {
  return cmd.addHelpText('after', `\n${cli.words.cli.examplesTitle}\n${examples.map((e) => `  ${e}`).join('\n')}`);
}

/**
 * Help lists a parent's options among the global ones; for `share suggest` or `ask list`,
 * the parent's --with or --about mean nothing, so the subcommand's help leaves them out.
 */
function withoutParentOptions(sub: Command): Command {
  const createHelp = sub.createHelp.bind(sub);
  sub.createHelp = () => {
    const help = createHelp();
    const globals = help.visibleGlobalOptions.bind(help);
    help.visibleGlobalOptions = (cmd) => globals(cmd).filter((option) => !sub.parent?.options.includes(option));
    return help;
  };
  return sub;
}

const list = <T>(items: readonly T[] | undefined): T[] => (items ? [...items] : []);

function shareCommands(program: Command, cli: Cli): void {
  const w = cli.words.features.sharing.cli;
  const h = w.help;
  const o = w.out;
  const shareCmd = withExamples(cli, program.command('share').description(h.share), w.examples.share)
    .argument('<url>', h.url)
    .option('--title <title>', h.title)
    .option('--topic <topic>', h.topic, collect)
    .option('--with <ref>', h.with, collect)
    .action(async (url: string, opts: { title?: string; topic?: string[]; with?: string[] }, cmd: Command) => {
      const { share } = await import('../../app/shares.service.js');
      const input = { url, topics: list(opts.topic), with: list(opts.with), ...(opts.title === undefined ? {} : { title: opts.title }) };
      await run(cli, cmd, (ctx) => share(ctx, input), (r) => {
        const what = r.share.title ? `${r.share.title} (${r.share.url})` : r.share.url;
        const lines = [r.added.length > 0 ? o.shared({ what, names: r.added.map((p) => p.name) }) : o.sharedNone({ what })];
        if (r.added.length > 0 && r.alreadySent.length > 0) lines.push(o.alreadySent({ names: r.alreadySent.map((p) => p.name) }));
        if (r.share.topics.length > 0) lines.push(o.topics({ topics: r.share.topics }));
        return lines;
      });
    });

  withoutParentOptions(withExamples(cli, shareCmd.command('suggest').description(h.suggest), w.examples.suggest))
    .argument('<url>', h.url)
    .option('--topic <topic>', h.suggestTopic, collect)
    .option('--limit <n>', h.limit)
    .action(async (url: string, opts: { topic?: string[]; limit?: string }, cmd: Command) => {
      const { suggest } = await import('../../app/shares.service.js');
      // Commander lets a parent read its own options anywhere on the line, so `share` takes
      // --topic before handing over to `suggest`: the topics may sit on either.
      const topics = [...list(shareCmd.opts<{ topic?: string[] }>().topic), ...list(opts.topic)];
      const input = { url, topics, ...(opts.limit === undefined ? {} : { limit: opts.limit }) };
      await run(cli, cmd, async (ctx) => {
        const r = await suggest(ctx, input);
        return { ...r, suggestions: r.suggestions.map((s) => ({ ...s, reasons: s.reasons.map(cli.words.say) })) };
      }, (r) => {
        if (r.suggestions.length === 0) return o.suggestNone({ topics: r.topics, sent: r.alreadySent.length });
        const lines = [o.suggestTitle({ what: r.title ?? r.url, topics: r.topics })];
        for (const s of r.suggestions) lines.push(o.suggestLine({ name: s.person.name, reasons: s.reasons.join(o.separator), id: s.person.id }));
        if (r.alreadySent.length > 0) lines.push(o.suggestLeftOut({ count: r.alreadySent.length }));
        lines.push('', o.suggestHint({ url: r.url }));
        return lines;
      });
    });
}

function opportunityCommands(program: Command, cli: Cli): void {
  const w = cli.words.features.sharing.cli;
  const h = w.help;
  const o = w.out;
  const stageWord = (stage: string) => w.stage[stage] ?? stage;
  const opportunity = program.command('opportunity').description(h.opportunity);
  const line = (x: OpportunityView) => o.opportunityLine({
    stage: x.stage, title: x.title, org: x.organization, via: x.via.map((p) => p.name).join(', '), updated: x.updatedOn, id: x.id,
  });

  withExamples(cli, opportunity.command('add').description(h.opportunityAdd), w.examples.opportunityAdd)
    .argument('<title>', h.opportunityTitle)
    .option('--org <org>', h.org)
    .option('--via <ref>', h.via, collect)
    .option('--stage <stage>', h.stage)
    .action(async (title: string, opts: { org?: string; via?: string[]; stage?: string }, cmd: Command) => {
      const { addOpportunity } = await import('../../app/opportunities.service.js');
      const input = { title, via: list(opts.via), ...(opts.org === undefined ? {} : { org: opts.org }), ...(opts.stage === undefined ? {} : { stage: opts.stage }) };
      await run(cli, cmd, (ctx) => addOpportunity(ctx, input), (r) => {
        const lines = [o.added({ title: r.title, org: r.organization, stage: r.stage, id: r.id })];
        if (r.via.length > 0) lines.push(o.canRefer({ names: r.via.map((p) => p.name) }));
        return lines;
      });
    });

  withExamples(cli, opportunity.command('move').description(h.opportunityMove), w.examples.opportunityMove)
    .argument('<id>', h.opportunityId)
    .argument('<stage>', h.newStage)
    .action(async (id: string, stage: string, _opts: unknown, cmd: Command) => {
      const { moveOpportunity } = await import('../../app/opportunities.service.js');
      await run(cli, cmd, (ctx) => moveOpportunity(ctx, id, stage), (r) => {
        const x = r.opportunity;
        if (r.from === x.stage) return o.unchanged({ title: x.title, stage: x.stage });
        return [o.moved({ title: x.title, from: r.from, to: x.stage }), ...r.reportBacks.map((b) => o.reportBack({ name: b.person.name, due: b.due, id: b.id }))];
      });
    });

  opportunity.command('list').description(h.opportunityList)
    .option('--open', h.opportunityOpen)
    .action(async (opts: { open?: boolean }, cmd: Command) => {
      const { opportunities } = await import('../../app/opportunities.service.js');
      await run(cli, cmd, async (ctx) => ({ opportunities: await opportunities(ctx, { open: opts.open === true }) }),
        (r) => (r.opportunities.length === 0 ? o.noOpportunities : r.opportunities.map(line)));
    });

  opportunity.command('show').description(h.opportunityShow)
    .argument('<id>', h.opportunityId)
    .action(async (id: string, _opts: unknown, cmd: Command) => {
      const { showOpportunity } = await import('../../app/opportunities.service.js');
      await run(cli, cmd, (ctx) => showOpportunity(ctx, id), (x) => [
        o.opportunityTitle({ title: x.title, org: x.organization, id: x.id }),
        o.opportunityStage({ stage: x.stage, updated: x.updatedOn, created: x.createdOn }),
        o.opportunityVia({ names: x.via.map((p) => `${p.name} [${p.id}]`).join(', ') }),
        ...x.reportBacks.map((b) => o.opportunityReportBack({ name: b.person.name, due: b.due, id: b.id })),
      ]);
    });

  opportunity.command('report').description(h.opportunityReport)
    .action(async (_opts: unknown, cmd: Command) => {
      const { opportunityReport } = await import('../../app/opportunities.service.js');
      await run(cli, cmd, (ctx) => opportunityReport(ctx), (r) => {
        const lines = r.contacts.length === 0 ? [o.reportNone] : [o.reportTitle];
        for (const c of r.contacts) {
          // Won and lost have their own counts; the breakdown says where open leads stand.
          const stages = OPPORTUNITY_STAGES.filter((st) => isOpenStage(st) && c.stages[st]).map((st) => `${stageWord(st)} ${String(c.stages[st])}`).join(', ');
          lines.push(o.reportLine({ name: c.person.name, total: c.total, won: c.won, lost: c.lost, open: c.open, stages }));
        }
        if (r.withoutContact.total > 0) lines.push(o.reportAlone(r.withoutContact));
        return lines;
      });
    });
}

function askCommands(program: Command, cli: Cli): void {
  const w = cli.words.features.sharing.cli;
  const h = w.help;
  const o = w.out;
  const askLine = (a: AskView) => o.askLine({ date: a.date, name: a.person.name, about: a.about, via: a.via?.name, status: a.status, id: a.id });

  const askCmd = withExamples(cli, program.command('ask').description(h.ask), w.examples.ask)
    .argument('<ref>', h.askRef)
    .option('--about <text>', h.about)
    .option('--via <ref>', h.askVia)
    .option('--date <date>', h.askDate)
    .option('--nudge-after <days>', h.nudgeAfter)
    .action(async (ref: string, opts: { about?: string; via?: string; date?: string; nudgeAfter?: string }, cmd: Command) => {
      const { ask } = await import('../../app/asks.service.js');
      const input = {
        ref, about: opts.about ?? '', ...(opts.via === undefined ? {} : { via: opts.via }),
        ...(opts.date === undefined ? {} : { date: opts.date }), ...(opts.nudgeAfter === undefined ? {} : { nudgeAfter: opts.nudgeAfter }),
      };
      await run(cli, cmd, (ctx) => ask(ctx, input), (a) => [
        o.asked({ name: a.person.name, about: a.about, via: a.via?.name, date: a.date, id: a.id }),
        o.nudgePlanned({ date: a.followUp.showOn }),
      ]);
    });

  for (const [name, status, help] of [['answered', 'answered', h.askAnswered], ['no-answer', 'no-answer', h.askNoAnswer]] as const) {
    withoutParentOptions(askCmd.command(name)).description(help).argument('<id>', h.askId)
      .action(async (id: string, _opts: unknown, cmd: Command) => {
        const { closeAskAs } = await import('../../app/asks.service.js');
        await run(cli, cmd, (ctx) => closeAskAs(ctx, id, status), (a) => (status === 'answered' ? o.answered : o.noAnswer)({ name: a.person.name, about: a.about }));
      });
  }

  withoutParentOptions(askCmd.command('list')).description(h.askList)
    .option('--open', h.askOpen)
    .action(async (opts: { open?: boolean }, cmd: Command) => {
      const { asks } = await import('../../app/asks.service.js');
      await run(cli, cmd, async (ctx) => ({ asks: await asks(ctx, { open: opts.open === true }) }),
        (r) => (r.asks.length === 0 ? o.noAsks : r.asks.map(askLine)));
    });

  withoutParentOptions(askCmd.command('report')).description(h.askReport)
    .action(async (_opts: unknown, cmd: Command) => {
      const { askReport } = await import('../../app/asks.service.js');
      await run(cli, cmd, (ctx) => askReport(ctx), (r) => {
        if (r.all.asked === 0) return o.noAskYet;
        const lines = [
          o.rateLine({ label: o.rateAll, ...r.all }),
          o.rateLine({ label: o.rateCold, ...r.cold }),
          o.rateLine({ label: o.rateIntroduced, ...r.introduced }),
        ];
        if (r.cold.rate !== null && r.introduced.rate !== null) lines.push(o.rateCompare({ diff: r.introduced.rate - r.cold.rate }));
        return lines;
      });
    });
}
