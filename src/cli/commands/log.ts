import type { Command } from 'commander';
import { reason } from '../../core/reason.js';
import { run, type Cli } from '../io.js';

export function logCommand(program: Command, cli: Cli): void {
  const h = cli.words.cli.help;
  const w = cli.words;
  program.command('log').description(h.log).argument('<ref...>', h.refs)
    .requiredOption('--channel <channel>', h.channel)
    .option('--date <date>', h.logDate)
    .option('--event <event>', h.logEvent)
    .option('--summary <text>', h.summary)
    .option('--they-initiated', h.theyInitiated)
    .option('--no-follow-up', h.noFollowUp)
    .action(async (refs: string[], opts: { channel: string; date?: string; event?: string; summary?: string; theyInitiated?: boolean; followUp: boolean }, cmd: Command) => {
      const { FOLLOW_UP_MAX_AGE_DAYS, logExchange } = await import('../../app/exchanges.service.js');
      const input = { refs, channel: opts.channel, theyInitiated: opts.theyInitiated === true, followUp: opts.followUp,
        ...(opts.date ? { date: opts.date } : {}), ...(opts.event ? { event: opts.event } : {}), ...(opts.summary ? { summary: opts.summary } : {}) };
      await run(cli, cmd, (ctx) => logExchange(ctx, input), (r) => {
        const names = new Map(r.participants.map((p) => [p.id, p.name]));
        const lines = [w.cli.out.logged({ channel: w.channel[r.exchange.channel] ?? r.exchange.channel, names: r.participants.map((p) => p.name).join(', '), date: r.exchange.date })];
        for (const f of r.followUps) {
          const checklist = f.checklist.map((c) => w.say(reason(`checklist.${c.key}`, { detail: c.detail ?? '' }))).join(cli.words.cli.out.separator);
          lines.push(w.cli.out.followUpOpened({ name: names.get(f.personId) ?? '', due: f.dueOn, id: f.id, checklist }));
        }
        if (r.noFollowUp === 'waived') lines.push(w.cli.out.followUpWaived);
        if (r.noFollowUp === 'too-old') lines.push(w.cli.out.followUpTooOld({ days: FOLLOW_UP_MAX_AGE_DAYS }));
        lines.push(w.cli.out.cadenceReset);
        return lines;
      });
    });
}
