import type { Command } from 'commander';
import { run, type Cli } from '../io.js';

export function agendaCommands(program: Command, cli: Cli): void {
  const h = cli.words.cli.help;
  const w = cli.words;
  const o = w.cli.out;
  program.command('today').description(h.todayCmd)
    .option('--limit <n>', h.limit)
    .action(async (opts: { limit?: string }, cmd: Command) => {
      const { agenda } = await import('../../app/agenda.service.js');
      const limit = opts.limit === undefined ? 30 : Math.max(1, Number.parseInt(opts.limit, 10) || 30);
      await run(cli, cmd, async (ctx) => {
        const a = await agenda(ctx);
        // JSON carries every item, with reasons in words of the chosen language.
        const items = a.items.map(({ importance: _importance, ...item }) => ({ ...item, reasons: item.reasons.map(w.say) }));
        return cmd.optsWithGlobals<{ json?: boolean }>().json ? { date: a.date, items } : { date: a.date, items, networkEmpty: a.networkEmpty };
      }, (a) => {
        if ('networkEmpty' in a && a.networkEmpty) return o.agendaEmptyNetwork;
        if (a.items.length === 0) return o.agendaEmpty({ date: a.date });
        const lines = [o.agendaTitle({ date: a.date, count: a.items.length }), ''];
        for (const item of a.items.slice(0, limit)) {
          lines.push(`[${item.id}] ${o.agendaItem({ kind: w.kind[item.kind] ?? item.kind, name: item.person.name, date: item.due })}`);
          lines.push(`    ${item.reasons.join(o.separator)}`);
        }
        if (a.items.length > limit) lines.push(o.agendaMore({ count: a.items.length - limit, all: a.items.length }));
        lines.push('', o.agendaHint);
        return lines;
      });
    });

  program.command('done').description(h.done).argument('<id>', h.promptId)
    .action(async (id: string, _opts: unknown, cmd: Command) => {
      const { done } = await import('../../app/agenda.service.js');
      await run(cli, cmd, async (ctx) => {
        const p = await done(ctx, id);
        return { id: p.id, kind: p.kind, person: { id: p.personId, name: p.personName }, status: 'done' };
      }, (p) => o.doneOk({ kind: w.kind[p.kind] ?? p.kind, name: p.person.name }));
    });

  program.command('snooze').description(h.snooze).argument('<id>', h.promptId)
    .requiredOption('--days <n>', h.days)
    .action(async (id: string, opts: { days: string }, cmd: Command) => {
      const { snooze } = await import('../../app/agenda.service.js');
      await run(cli, cmd, async (ctx) => {
        const p = await snooze(ctx, id, opts.days);
        return { id: p.id, kind: p.kind, person: { id: p.personId, name: p.personName }, snoozedUntil: p.showOn };
      }, (p) => o.snoozed({ date: p.snoozedUntil, kind: w.kind[p.kind] ?? p.kind, name: p.person.name }));
    });
}
