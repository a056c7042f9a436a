import type { Command } from 'commander';
import { loadConfig, type Config } from '../app/config.js';
import { openApp, type AppContext } from '../app/context.js';
import type { Reason } from '../core/reason.js';
import type { Words } from '../i18n/i18n.js';

/** What commands write to, so tests and main can capture it; and the words of the chosen language. */
export interface Cli {
  words: Words;
  env: NodeJS.ProcessEnv;
  now: Date;
  out(line: string): void;
  err(line: string): void;
  isTTY: boolean;
}

interface GlobalOptions {
  json?: boolean;
  db?: string;
  today?: string;
  lang?: string;
}

export function configOf(cli: Cli, command: Command): Config {
  return loadConfig(command.optsWithGlobals<GlobalOptions>(), cli.env, cli.now);
}

/**
 * Opens the app for one command, runs it, prints the result as JSON or text, and closes the
 * database whatever happens.
 */
export async function run<T>(cli: Cli, command: Command, work: (ctx: AppContext, config: Config) => Promise<T>, text: (result: T, config: Config) => string | string[]): Promise<void> {
  const config = configOf(cli, command);
  const ctx = await openApp(config);
  try {
    const result = await work(ctx, config);
    if (config.json) cli.out(JSON.stringify(result, null, 2));
    else {
      const lines = text(result, config);
      cli.out(Array.isArray(lines) ? lines.join('\n') : lines);
    }
  } finally {
    await ctx.store.close();
  }
}

export const sayAll = (words: Words, reasons: readonly Reason[]): string[] => reasons.map((r) => words.say(r));

/** Collects a repeatable option's values. */
export const collect = (value: string, previous: string[] = []): string[] => [...previous, value];
