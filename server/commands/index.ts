import type { Command } from 'commander';
import { register as neo4j } from './neo4j.command.js';
import { register as evalCommand } from './eval.command.js';
import { register as extract } from './extract.command.js';

/** Every CLI command, in the order `--help` lists them. Each module owns one command. */
export const commands: Array<(program: Command) => void> = [neo4j, evalCommand, extract];
