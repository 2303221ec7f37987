/**
 * `baoxun start` (what `npm start` runs): the local Neo4j unless NEO4J_URI is set,
 * the schema, the bundled samples when the graph is empty, then the API and the
 * explorer. Ctrl-C stops the server and the local Neo4j this command started.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { z } from 'zod';
import { UserError } from '../cli-errors.js';
import { ingestPaths } from '../ingest.js';
import { ensureNeo4j, stopLocalNeo4j } from '../neo4j/connection.js';
import { packageRoot, parsePort, serve } from './serve.command.js';
import { config } from '../config.js';

const SamplesManifest = z.object({
  samples: z.array(z.object({ path: z.string(), region: z.string().nullable().optional(), published: z.string().nullable().optional() })),
});

function loadSamples(dir: string) {
  const file = join(dir, 'samples.json');
  try {
    return SamplesManifest.parse(JSON.parse(readFileSync(file, 'utf8'))).samples;
  } catch (err) {
    throw new UserError(`${file}: not a valid samples manifest (${(err as Error).message.split('\n')[0]})`);
  }
}

export function register(program: Command): void {
  program
    .command('start')
    .description('start everything: local Neo4j (unless NEO4J_URI), schema, sample ingest when the graph is empty, and the server')
    .option('--port <port>', 'HTTP port (default $PORT or 3000)')
    .option('--host <host>', 'interface to bind (default $HOST or 127.0.0.1)')
    .option('--samples <dir>', 'folder with samples.json and the sample inputs', join(packageRoot(), 'data', 'samples'))
    .option('--no-samples', 'do not ingest the samples even when the graph is empty')
    .addHelpText('after', '\nCtrl-C stops the server, and the local Neo4j when this command started it.\n' +
      'Environment: as `baoxun serve --help` and `baoxun neo4j --help`.')
    .action(async (o: { port?: string; host?: string; samples: string | false }) => {
      const say = (line: string) => console.error(`baoxun: ${line}`);
      const conn = await ensureNeo4j({ log: say });
      say(conn.local ? `local Neo4j ${conn.uri} (home ${conn.home}${conn.startedNow ? ', started now' : ''})` : `Neo4j ${conn.uri}`);
      const port = o.port === undefined ? config().http.port : parsePort(o.port);
      const s = await serve({ port, host: o.host ?? config().http.host, log: say });

      let stopping = false;
      const stop = async () => {
        if (stopping) return;
        stopping = true;
        say('stopping');
        await s.close().catch(() => undefined);
        if (conn.local && conn.startedNow) {
          await stopLocalNeo4j(conn.home);
          say('local Neo4j stopped');
        }
        process.exit(0);
      };
      process.once('SIGINT', () => void stop());
      process.once('SIGTERM', () => void stop());

      const count = await s.executor.read<{ articles: number }>('start/article-count');
      const articles = Number(count.records[0]?.get('articles') ?? 0);
      if (articles === 0 && o.samples !== false) {
        for (const sample of loadSamples(o.samples)) {
          const path = join(o.samples, sample.path);
          say(`empty graph: ingesting ${path}`);
          const sum = await ingestPaths(s.executor, [path], { region: sample.region ?? null, published: sample.published ?? null, schemaApplied: true });
          say(`ingested ${sum.written} article(s), ${sum.nodesCreated} nodes, ${sum.relsCreated} relationships` +
            (sum.failed.length + sum.inputErrors.length ? `, ${sum.failed.length + sum.inputErrors.length} failed` : ''));
        }
      } else {
        say(`graph holds ${articles} article(s); not ingesting samples`);
      }
      console.log(`baoxun is running: open ${s.url}  (Ctrl-C stops it)`);
    });
}
