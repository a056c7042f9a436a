import type { Command } from 'commander';
import type { Cli } from '../io.js';

/** Commands of the network feature. */
export function networkCommands(_program: Command, _cli: Cli): void {
  // Filled in by the network feature.
}
