import { Command, CommanderError } from 'commander';
import { langFrom } from '../app/config.js';
import { isMaillonError } from '../core/errors.js';
import { wordsFor } from '../i18n/i18n.js';
import { agendaCommands } from './commands/agenda.js';
import { dataCommands } from './commands/data.js';
import { eventCommands } from './commands/event.js';
import { favoursCommands } from './commands/favours.js';
import { messagesCommands } from './commands/messages.js';
import { sharingCommands } from './commands/sharing.js';
import { logCommand } from './commands/log.js';
import { mergeCommands } from './commands/merge.js';
import { networkCommands } from './commands/network.js';
import { personCommands } from './commands/person.js';
import { priorityCommands } from './commands/priorities.js';
import { serveCommand } from './commands/serve.js';
import type { Cli } from './io.js';

const VERSION = '0.1.0';

/** The language is needed before commander parses anything: help itself is translated. */
function peekLang(argv: readonly string[]): string | undefined {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (i < 0) return undefined;
  const arg = argv[i] ?? '';
  return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[i + 1];
}

/**
 * The whole command tree, for parsing and help. The commands' modules hold only their
 * definitions: each action imports its service when it runs, so a command loads its own code
 * and not that of the sixty others (`maillon today` reads 430 KB of JavaScript, not 900 KB).
 */
export function buildProgram(cli: Cli): Command {
  const h = cli.words.cli.help;
  const titles = cli.words.cli.titles;
  const program = new Command('maillon');
  program
    .description(h.program)
    .version(VERSION, '-V, --version', h.version)
    .option('--json', h.json)
    .option('--db <path|url>', h.db)
    .option('--today <date>', h.today)
    .option('--lang <fr|en>', h.lang)
    .helpOption('-h, --help', h.helpOption)
    .helpCommand('help [command]', h.helpCommand)
    .addHelpText('after', h.epilog)
    .showHelpAfterError(false)
    .configureHelp({ showGlobalOptions: true })
    // Help asked for goes to stdout; help shown for a missing subcommand goes to stderr; commander's
    // own error lines are dropped, since main() prints its own, translated.
    .configureOutput({
      writeOut: (t) => { cli.out(t.replace(/\n$/, '')); },
      writeErr: (t) => { cli.err(t.replace(/\n$/, '')); },
      outputError: () => undefined,
    });
  // Commander's own titles ('Usage:', 'Options:') pass through here: translate them.
  program.configureHelp({ showGlobalOptions: true, styleTitle: (title: string) => titles[title] ?? title });
  for (const add of [personCommands, eventCommands, logCommand, agendaCommands, priorityCommands, favoursCommands, sharingCommands, messagesCommands, mergeCommands, networkCommands, dataCommands, serveCommand]) add(program, cli);
  const inherit = (cmd: Command, path = '') => {
    for (const sub of cmd.commands) {
      const name = `${path}${sub.name()}`;
      const examples = cli.words.cli.examples[name];
      if (examples) sub.addHelpText('after', `\n${cli.words.cli.examplesTitle}\n${examples.map((e) => `  ${e}`).join('\n')}`);
      sub.helpOption('-h, --help', h.helpOption).configureHelp(program.configureHelp()).exitOverride();
      sub.configureOutput(program.configureOutput());
      inherit(sub, `${name} `);
    }
  };
  inherit(program);
  return program.exitOverride();
}

/**
 * `export vcard --version 3.0`: commander gives --version to the program wherever it appears,
 * so the subcommand's own option is renamed before parsing.
 */
function vcardVersion(argv: string[]): string[] {
  const at = argv.indexOf('export');
  if (at < 0 || argv[at + 1] !== 'vcard') return argv;
  return argv.map((a, i) => (i > at + 1 && (a === '--version' || a.startsWith('--version=')) ? a.replace('--version', '--vcard-version') : a));
}

/**
 * Runs the CLI and returns the exit code: 0 on success, 1 on a user error (one line, in
 * the chosen language), 2 on a usage error.
 */
export async function main(argv: string[], env: NodeJS.ProcessEnv, io?: Partial<Pick<Cli, 'out' | 'err' | 'isTTY'>>, now = new Date()): Promise<number> {
  argv = vcardVersion(argv);
  const words = wordsFor(langFrom(peekLang(argv) ?? env.MAILLON_LANG, env));
  const cli: Cli = {
    words, env, now,
    out: io?.out ?? ((line) => process.stdout.write(`${line}\n`)),
    err: io?.err ?? ((line) => process.stderr.write(`${line}\n`)),
    isTTY: io?.isTTY ?? process.stderr.isTTY,
  };
  try {
    await buildProgram(cli).parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return 0;
      if (error.code === 'commander.help') return 2;
      const detail = /'[^']*'|"[^"]*"/.exec(error.message)?.[0] ?? error.message.replace(/^error:\s*/, '');
      const say = words.cli.usage[error.code] ?? words.cli.usage.other;
      cli.err(say?.({ detail }) ?? error.message);
      return 2;
    }
    if (isMaillonError(error)) {
      const data: Record<string, unknown> = { ...error.data };
      if (Array.isArray(data.candidates)) {
        const list = (data.candidates as { id: string; name: string; hint: string | null }[]).map((c) => `${c.name}${c.hint ? ` (${c.hint})` : ''} [${c.id}]`);
        data.list = list.join(words.cli.out.separator) + (Number(data.more) > 0 ? `; +${String(data.more)}` : '');
      }
      cli.err(words.error(error.code, data));
      return 1;
    }
    cli.err(words.error('unexpected', { message: error instanceof Error ? error.message : String(error) }));
    if (env.MAILLON_DEBUG) cli.err(String((error as Error).stack));
    return 1;
  }
}
