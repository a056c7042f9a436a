import type { Command } from 'commander';
import { parseWhole } from '../../core/validate.js';
import { configOf, type Cli } from '../io.js';

/** `maillon serve`: the web app and its API, until Ctrl+C. */
export function serveCommand(program: Command, cli: Cli): void {
  const f = cli.words.features.server.cli;
  program.command('serve').description(f.help.serve)
    .option('--port <port>', f.help.port)
    .option('--host <host>', f.help.host)
    .addHelpText('after', `\n${cli.words.cli.examplesTitle}\n${f.examples.map((e) => `  ${e}`).join('\n')}`)
    .action(async (opts: { port?: string; host?: string }, cmd: Command) => {
      const config = configOf(cli, cmd);
      const port = opts.port === undefined ? undefined : parseWhole(opts.port, 'port', 0, 65_535);
      const fixedToday = cmd.optsWithGlobals<{ today?: string }>().today ?? cli.env.MAILLON_TODAY;
      // Loaded only for this command: the CLI's other commands must start fast.
      const { startServer } = await import('../../server/serve.js');
      const server = await startServer({
        db: config.db, lang: config.lang,
        ...(opts.host ? { host: opts.host } : {}), ...(port === undefined ? {} : { port }),
        ...(fixedToday ? { today: config.today } : {}),
      }).catch((error: unknown) => {
        // The one failure a user meets often enough to deserve words: the port is taken.
        if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new Error(f.out.portInUse({ port: port ?? 4747 }), { cause: error });
        throw error;
      });
      cli.out(f.out.listening({ url: server.url }));
      if (opts.host && !['127.0.0.1', 'localhost', '::1'].includes(opts.host)) cli.err(f.out.exposed({ host: opts.host }));
      cli.out(f.out.stopHint);
      await stopped();
      await server.close();
    });
}

/** Until Ctrl+C or SIGTERM: then the server closes, letting a running import finish. */
function stopped(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
