import type { Command } from 'commander';
import { run, type Cli } from '../io.js';
import { personLine } from '../text.js';

export function priorityCommands(program: Command, cli: Cli): void {
  const h = cli.words.cli.help;
  const o = cli.words.cli.out;
  const cmdPriorities = program.command('priorities').description(h.priorities)
    .action(async (_opts: unknown, cmd: Command) => {
      const { priorities } = await import('../../app/priorities.service.js');
      await run(cli, cmd, (ctx) => priorities(ctx), (ranked) => {
        if (ranked.length === 0) return o.noRanked;
        const lines: string[] = [];
        for (const p of ranked) {
          if (p.rank === 1) lines.push(`── ${o.topTen} ──`);
          if (p.rank === 11) lines.push('──');
          lines.push(personLine(cli.words, p), `      ${o.rankLine({ cadence: p.cadence ?? '-', health: p.health, nextDue: p.nextDue ?? '' })}`);
        }
        return lines;
      });
    });
  cmdPriorities.command('set').description(h.prioritiesSet).argument('<ref>', h.ref).argument('<rank>', h.rank)
    .action(async (ref: string, rank: string, _opts: unknown, cmd: Command) => {
      const { setPriority } = await import('../../app/priorities.service.js');
      await run(cli, cmd, (ctx) => setPriority(ctx, ref, rank), (r) => o.rankSet(r));
    });
  // Bridges are suggested, never ranked for the user: the ranked list stays theirs.
  const n = cli.words.features.network.cli;
  cmdPriorities.command('suggest').description(n.help.suggest)
    .addHelpText('after', `\n${cli.words.cli.examplesTitle}\n${n.examples['priorities suggest'].map((e) => `  ${e}`).join('\n')}`)
    .action(async (_opts: unknown, cmd: Command) => {
      const { bridgeSuggestions } = await import('../../app/network.service.js');
      await run(cli, cmd, async (ctx) => ({ suggestions: await bridgeSuggestions(ctx) }), ({ suggestions }) => {
        if (suggestions.length === 0) return n.out.noSuggestion;
        return [n.out.suggestTitle, ...suggestions.map((b) => `  ${n.out.suggestLine({
          name: b.person.name, id: b.person.id, unique: b.unique, orgs: b.organizations.join(', '), rank: b.rank,
        })}`), n.out.suggestHint];
      });
    });
  cmdPriorities.command('remove').description(h.prioritiesRemove).argument('<ref>', h.ref)
    .action(async (ref: string, _opts: unknown, cmd: Command) => {
      const { setPriority } = await import('../../app/priorities.service.js');
      await run(cli, cmd, (ctx) => setPriority(ctx, ref, '0'), (r) => o.rankSet(r));
    });
}
