import type { Command } from 'commander';
import type { Cli } from '../io.js';

/** Commands of the favours feature. */
export function favoursCommands(_program: Command, _cli: Cli): void {
  // Filled in by the favours feature.
}
