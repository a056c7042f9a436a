import type { Command } from 'commander';
import { run, type Cli } from '../io.js';

export function eventCommands(program: Command, cli: Cli): void {
  const h = cli.words.cli.help;
  const o = cli.words.cli.out;
  const event = program.command('event').description(h.event);
  event.command('add').description(h.eventAdd).argument('<name>', h.eventName)
    .requiredOption('--date <date>', h.date)
    .option('--kind <kind>', h.eventKind)
    .option('--place <place>', h.place)
    .action(async (name: string, opts: { date: string; kind?: string; place?: string }, cmd: Command) => {
      const { addEvent } = await import('../../app/events.service.js');
      await run(cli, cmd, (ctx) => addEvent(ctx, { name, ...opts }), (e) => o.eventAdded({ ...e, kind: cli.words.eventKind[e.kind] ?? e.kind }));
    });
  event.command('list').description(h.eventList)
    .action(async (_opts: unknown, cmd: Command) => {
      const { listEvents } = await import('../../app/events.service.js');
      await run(cli, cmd, (ctx) => listEvents(ctx), (events) => events.length === 0
        ? o.noEvents
        : events.map((e) => o.eventLine({ ...e, kind: cli.words.eventKind[e.kind] ?? e.kind })));
    });
}
