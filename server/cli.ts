/**
 * The `baoxun` command line. Each command lives in server/commands/<name>.command.ts
 * and registers itself on the program; this file only wires them together.
 */
import { Command } from 'commander';
import { reportFatal } from './cli-errors.js';
import { config } from './config.js';

type Register = (program: Command) => void;

/**
 * Commands that run alone: when one of these is the command given, only its module is
 * loaded, not every command's (the extractors, the API, the evaluation), which would sit in
 * the main thread for nothing — `baoxun ingest` of 100,000 articles must stay under 1 GiB
 * (issue 7), and its extraction runs in worker threads that load the extractors themselves.
 */
const alone: Record<string, () => Promise<{ register: Register }>> = {
  ingest: () => import('./commands/ingest.command.js'),
  export: () => import('./commands/export.command.js'),
  import: () => import('./commands/import.command.js'),
};

async function main(): Promise<void> {
  config(); // a bad environment variable stops here, with one line naming it
  const program = new Command('baoxun')
    .description('baoxun (本报讯): knowledge graph of Chinese local news, stored in Neo4j')
    .version('0.1.0')
    .showHelpAfterError();
  const name = process.argv[2] ?? '';
  const commands: Register[] = Object.hasOwn(alone, name)
    ? [(await alone[name]!()).register]
    : (await import('./commands/index.js')).commands;
  for (const register of commands) register(program);
  await program.parseAsync(process.argv);
}

main().catch(reportFatal);
