/**
 * `baoxun import FILE`: restores a backup written by `baoxun export` into an EMPTY database.
 */
import type { Command } from 'commander';
import { UserError } from '../cli-errors.js';
import { importGraph } from '../backup/import-graph.js';
import { withExecutor } from './export.command.js';

export function register(program: Command): void {
  program
    .command('import')
    .description('restore a backup written by `baoxun export` into an empty database')
    .argument('<file>', 'the backup file')
    .addHelpText('after', '\nThe file is checked whole first (format version, every line, the end line); a database that\n' +
      'holds any node is refused. Nodes, then relationships by type, are written 1,000 per transaction.\n')
    .action(async (file: string) => {
      const sum = await withExecutor('import', (executor) => importGraph(executor, file));
      if (sum.mismatches.length > 0) {
        throw new UserError(`import: the database does not match the backup:\n  ${sum.mismatches.join('\n  ')}`);
      }
      console.log(`imported ${sum.nodes} nodes and ${sum.relationships} relationships from ${file}`);
    });
}
