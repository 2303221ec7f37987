import type { Command } from 'commander';

/** Every CLI command, in the order `--help` lists them. Each module owns one command. */
export const commands: Array<(program: Command) => void> = [];
