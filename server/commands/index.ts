import type { Command } from 'commander';
import { register as start } from './start.command.js';
import { register as neo4j } from './neo4j.command.js';
import { register as evalCommand } from './eval.command.js';
import { register as bench } from './bench.command.js';
import { register as extract } from './extract.command.js';
import { register as ingest } from './ingest.command.js';
import { register as deleteCommand } from './delete.command.js';
import { register as merge } from './merge.command.js';
import { register as split } from './split.command.js';
import { register as corpus } from './corpus.command.js';
import { register as serve } from './serve.command.js';
import { register as exportCommand } from './export.command.js';
import { register as importCommand } from './import.command.js';

/** Every CLI command, in the order `--help` lists them. Each module owns one command. */
export const commands: Array<(program: Command) => void> = [start, neo4j, evalCommand, bench, extract, ingest, deleteCommand, merge, split, corpus, serve, exportCommand, importCommand];
