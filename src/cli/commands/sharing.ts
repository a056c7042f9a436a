import type { Command } from 'commander';
import type { Cli } from '../io.js';

/** Commands of the sharing feature. */
export function sharingCommands(_program: Command, _cli: Cli): void {
  // Filled in by the sharing feature.
}
