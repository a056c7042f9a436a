import type { Command } from 'commander';
import type { Cli } from '../io.js';

/** Commands of the messages feature. */
export function messagesCommands(_program: Command, _cli: Cli): void {
  // Filled in by the messages feature.
}
