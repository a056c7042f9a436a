import type { Command } from 'commander';
import type { Cli } from '../io.js';

/** Commands of the merge feature. */
export function mergeCommands(_program: Command, _cli: Cli): void {
  // Filled in by the merge feature.
}
