/**
 * The `baoxun` command line. Each command lives in server/commands/<name>.command.ts
 * and registers itself on the program; this file only wires them together.
 */
import { Command } from 'commander';
import { commands } from './commands/index.js';
import { reportFatal } from './cli-errors.js';

const program = new Command('baoxun')
  .description('baoxun (本报讯): knowledge graph of Chinese local news, stored in Neo4j')
  .version('0.1.0')
  .showHelpAfterError();

for (const register of commands) register(program);

program.parseAsync(process.argv).catch(reportFatal);
