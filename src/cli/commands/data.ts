import type { Command } from 'commander';
import { run, type Cli } from '../io.js';
import { importCommands } from './imports.js';
import { personLine } from '../text.js';

/** Search, backup, demo and settings: the commands around the daily loop. */
export function dataCommands(program: Command, cli: Cli): void {
  const h = cli.words.cli.help;
  const o = cli.words.cli.out;

  program.command('search').description(h.search).argument('<query...>', h.query)
    .action(async (words: string[], _opts: unknown, cmd: Command) => {
      const { search } = await import('../../app/list.service.js');
      const query = words.join(' ');
      await run(cli, cmd, (ctx) => search(ctx, query), (hits) => hits.length === 0
        ? o.noResults({ query })
        : hits.map((p) => `${personLine(cli.words, p)}  (${o.matchedIn({ fields: p.matched.map((f) => o.fields[f] ?? f).join(', ') })})`));
    });

  const totals = (file: string, c: Record<string, number>) => ({ file, people: c.person ?? 0, exchanges: c.exchange ?? 0, events: c.event ?? 0 });
  const exportCmd = program.command('export').description(h.exportCmd);
  exportCmd.command('json').description(h.exportJson).argument('<file>', h.file)
    .action(async (file: string, _opts: unknown, cmd: Command) => {
      const { exportJson } = await import('../../app/backup.service.js');
      await run(cli, cmd, async (ctx) => totals(file, await exportJson(ctx, file)), (r) => o.exported(r));
    });
  const importCmd = program.command('import').description(h.importCmd);
  importCmd.command('json').description(h.importJson).argument('<file>', h.file)
    .action(async (file: string, _opts: unknown, cmd: Command) => {
      const { importJson } = await import('../../app/backup.service.js');
      await run(cli, cmd, async (ctx) => totals(file, await importJson(ctx, file)), (r) => o.imported(r));
    });
  importCommands(importCmd, exportCmd, cli);

  program.command('demo').description(h.demo)
    .option('--people <n>', h.demoPeople)
    .option('--seed <n>', h.demoSeed)
    .action(async (opts: { people?: string; seed?: string }, cmd: Command) => {
      const json = cmd.optsWithGlobals<{ json?: boolean }>().json === true;
      const progress = (step: string) => {
        if (cli.isTTY && !json) cli.err(o.demoProgress({ step }));
      };
      // The generator is loaded only for this command: it is large, and `today` must start fast.
      const { demo } = await import('../../app/demo.service.js');
      await run(cli, cmd, (ctx) => demo(ctx, opts, progress), (r) => o.demoDone({ ...r }));
    });

  const config = program.command('config').description(h.config);
  config.command('get').description(h.configGet)
    .action(async (_opts: unknown, cmd: Command) => {
      const { getSettings } = await import('../../app/settings.service.js');
      await run(cli, cmd, (ctx) => getSettings(ctx), (list) => list.map((s) => o.settingLine(s)));
    });
  config.command('set').description(h.configSet).argument('<key>', h.key).argument('<value>', h.value)
    .action(async (key: string, value: string, _opts: unknown, cmd: Command) => {
      const { setSetting } = await import('../../app/settings.service.js');
      await run(cli, cmd, (ctx) => setSetting(ctx, key, value), (r) => o.settingSet(r));
    });
}
