/**
 * `baoxun export --out FILE`: the whole graph (articles, entities, relationships,
 * judgements) as a JSON Lines backup, streamed page by page (server/backup/).
 * `baoxun export careers --out FILE.csv` / `baoxun export attendance --out FILE.csv`: the
 * research tables (server/export/research-csv.ts), streamed the same way.
 */
import type { Command } from 'commander';
import { UserError } from '../cli-errors.js';
import { exportGraph } from '../backup/export-graph.js';
import { BackupError } from '../backup/values.js';
import { Executor, GraphError } from '../graph/executor.js';
import { writeResearchTable, type ResearchTable } from '../export/write-table.js';
import { ensureNeo4j, Neo4jSetupError, type Neo4jConnection } from '../neo4j/connection.js';

const say = (line: string) => process.stderr.write(`baoxun: ${line}\n`);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Connects, retrying with backoff (1, 2, 4, 8 s) while the database does not answer. */
export async function connectWithRetry(what: string, delaysMs = [1000, 2000, 4000, 8000]): Promise<Neo4jConnection> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await ensureNeo4j({ log: say });
    } catch (e) {
      if (!(e instanceof Neo4jSetupError)) throw e;
      const wait = delaysMs[attempt];
      if (wait === undefined) throw new UserError(`${what}: ${e.message.split('\n')[0]} (gave up after ${attempt + 1} attempts)`);
      say(`${what}: the database does not answer; trying again in ${wait / 1000} s`);
      await sleep(wait);
    }
  }
}

/** Runs an export or import step, turning known failures into one-line user errors. */
export async function withExecutor<T>(what: string, work: (executor: Executor) => Promise<T>): Promise<T> {
  const conn = await connectWithRetry(what);
  const executor = new Executor(conn);
  try {
    return await work(executor);
  } catch (e) {
    if (e instanceof BackupError) throw new UserError(`${what}: ${e.message}`);
    if (e instanceof GraphError && e.code === 'ServiceUnavailable') {
      throw new UserError(`${what}: the database became unavailable (${conn.uri}) and did not come back within the retry time: ${e.message.split('\n')[0]}`);
    }
    if (e instanceof GraphError) throw new UserError(`${what}: Neo4j error ${e.code}: ${e.message.split('\n')[0]}`);
    throw e;
  } finally {
    await executor.close();
  }
}

const TABLES = ['careers', 'attendance'] as const;

export function register(program: Command): void {
  program
    .command('export')
    .description('write the whole graph to a JSON Lines backup file, or a research table (careers, attendance) to a CSV file')
    .argument('[what]', 'graph (default: the backup), careers (one row per person and post held, with tenure) or attendance (one row per person and meeting)', 'graph')
    .requiredOption('--out <file>', 'the file to write (written as FILE.partial, renamed when complete)')
    .addHelpText('after', '\nThe backup\'s first line holds the format version and the counts; the last line the counts written, so a\n' +
      'truncated file is refused by `baoxun import`. Memory stays bounded: nodes are read 1,000 at a time.\n' +
      'The CSV tables have ISO dates (YYYY-MM-DD, with their precision: day, month or year) and `|`-separated lists;\n' +
      'people are read 500 at a time. Run it while no ingest writes, or the file holds the graph as it was page by page.\n')
    .action(async (what: string, o: { out: string }) => {
      if (what === 'graph') {
        const sum = await withExecutor('export', (executor) => exportGraph(executor, o.out));
        console.log(`exported ${sum.nodes} nodes and ${sum.relationships} relationships to ${o.out}`);
        if (sum.nodes !== sum.header.nodes || sum.relationships !== sum.header.relationships) {
          say(`warning: the graph changed during the export (it held ${sum.header.nodes} nodes and ` +
            `${sum.header.relationships} relationships at the start)`);
        }
        return;
      }
      if (!(TABLES as readonly string[]).includes(what)) throw new UserError(`export ${what}: unknown; choose graph, ${TABLES.join(' or ')}`);
      const rows = await withExecutor(`export ${what}`, (executor) => writeResearchTable(executor, what as ResearchTable, o.out));
      console.log(`exported ${rows} ${what} row(s) to ${o.out}`);
    });
}
