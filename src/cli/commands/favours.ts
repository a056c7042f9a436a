import type { Command } from 'commander';
import type { FavourInput } from '../../app/favours.service.js';
import type { Balance, Side } from '../../core/reciprocity.js';
import type { FavourDirection } from '../../core/tending.js';
import type { Words } from '../../i18n/i18n.js';
import { run, type Cli } from '../io.js';

/** One side of a balance in words: "received an introduction, 2 pieces of advice". */
function sideText(words: Words, dir: FavourDirection, side: Side): string {
  const o = words.features.favours.cli.out;
  if (side.count === 0) return o.nothing({ dir });
  return o.side({ dir, list: Object.entries(side.kinds).map(([kind, count]) => o.times({ kind, count })).join(', ') });
}

/** A balance in words, never as a score: what was received, what was given, and which way it leans. */
export function balanceText(words: Words, b: Balance): string {
  const o = words.features.favours.cli.out;
  return [sideText(words, 'received', b.received), sideText(words, 'given', b.given), o.leaning[b.leaning] ?? b.leaning].join(' · ');
}

export function favoursCommands(program: Command, cli: Cli): void {
  const w = cli.words;
  const f = w.features.favours.cli;
  const h = f.help;
  const o = f.out;
  const examples = (cmd: Command, lines: string[]) => cmd.addHelpText('after', `\n${w.cli.examplesTitle}\n${lines.map((e) => `  ${e}`).join('\n')}`);

  examples(program.command('milestone').description(h.milestone).argument('<ref>', h.ref)
    .requiredOption('--kind <kind>', h.milestoneKind)
    .option('--date <date>', h.milestoneDate)
    .option('--note <text>', h.milestoneNote), f.examples.milestone)
    .action(async (ref: string, opts: { kind: string; date?: string; note?: string }, cmd: Command) => {
      const { MILESTONE_MAX_AGE_DAYS, recordMilestone } = await import('../../app/milestones.service.js');
      await run(cli, cmd, (ctx) => recordMilestone(ctx, ref, opts), (r, config) => {
        if (r.birthday) return o.birthdaySet({ name: r.person.name, birthday: r.birthday });
        const lines = [o.milestone({ name: r.person.name, kind: r.milestone?.kind, date: r.milestone?.date })];
        const c = r.congratulate;
        if (!c) lines.push(o.milestoneTooOld({ days: MILESTONE_MAX_AGE_DAYS }));
        else lines.push(c.showOn > config.today ? o.congratulateLater({ show: c.showOn, due: c.dueOn, id: c.id }) : o.congratulateOpened({ due: c.dueOn, id: c.id }));
        return lines;
      });
    });

  const favour = examples(program.command('favour').description(h.favour), f.examples.favour);
  for (const dir of ['given', 'received'] as const) {
    const sub = favour.command(dir).description(dir === 'given' ? h.favourGiven : h.favourReceived).argument('<ref>', h.ref)
      .requiredOption('--kind <kind>', h.favourKind)
      .option('--note <text>', h.favourNote)
      .option('--date <date>', h.favourDate)
      .option('--to <ref>', h.favourTo);
    if (dir === 'received') sub.option('--thanked', h.favourThanked);
    sub.action(async (ref: string, opts: FavourInput, cmd: Command) => {
      const { recordFavour } = await import('../../app/favours.service.js');
      await run(cli, cmd, (ctx) => recordFavour(ctx, dir, ref, opts), (r) => {
        const said = { name: r.person.name, kind: r.favour.kind, introduced: r.introduced?.name, date: r.favour.date };
        const lines = [dir === 'given' ? o.given(said) : o.received(said)];
        if (dir === 'received') lines.push(r.thank ? o.thankOpened({ due: r.thank.dueOn, id: r.thank.id }) : o.thankedAlready);
        if (r.introduced && r.howMet === 'set') lines.push(o.howMetSet({ name: r.introduced.name, by: r.person.name }));
        if (r.introduced && r.howMet === 'kept') lines.push(o.howMetKept({ name: r.introduced.name }));
        return lines;
      });
    });
  }

  examples(program.command('thank').description(h.thank).argument('<ref>', h.ref), f.examples.thank)
    .action(async (ref: string, _opts: unknown, cmd: Command) => {
      const { thank } = await import('../../app/favours.service.js');
      await run(cli, cmd, (ctx) => thank(ctx, ref), (r) => o.thanked({ name: r.person.name, count: r.favours.length }));
    });

  examples(program.command('balance').description(h.balance).argument('[ref]', h.balanceRef)
    .option('--limit <n>', h.limit), f.examples.balance)
    .action(async (ref: string | undefined, opts: { limit?: string }, cmd: Command) => {
      const { networkBalance, personFavours } = await import('../../app/favours.service.js');
      if (ref !== undefined) {
        await run(cli, cmd, (ctx) => personFavours(ctx, ref), (r) => [
          `${r.person.name}  [${r.person.id}]`,
          `  ${balanceText(w, r.balance)}`,
          ...(r.favours.length ? [`  ${o.favoursTitle}:`] : []),
          ...r.favours.map((x) => `    ${o.favourLine({ date: x.date, dir: x.direction, kind: x.kind, introduced: x.introduced?.name, note: x.note, thanked: x.thankedOn })}`),
        ]);
        return;
      }
      const limit = opts.limit === undefined ? 30 : Math.max(1, Number.parseInt(opts.limit, 10) || 30);
      await run(cli, cmd, (ctx) => networkBalance(ctx), (r) => {
        if (r.people.length === 0) return o.noFavours;
        const all = r.overall;
        const lines = [o.overall({ people: all.people, received: all.received.count, given: all.given.count }), o.overallLeaning[all.leaning] ?? '', ''];
        for (const p of r.people.slice(0, limit)) lines.push(`${p.name} · ${balanceText(w, p)}  [${p.personId}]`);
        if (r.people.length > limit) lines.push(o.more({ count: r.people.length - limit }));
        return lines;
      });
    });
}
