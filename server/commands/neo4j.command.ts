import type { Command } from 'commander';
import { ensureNeo4j, localNeo4jStatus, stopLocalNeo4j } from '../neo4j/connection.js';
import { resolveHome } from '../neo4j/paths.js';
import { config } from '../config.js';

interface Neo4jOptions {
  home?: string;
  port?: string;
}

const say = (line: string) => console.error(`baoxun: ${line}`);

/** `baoxun neo4j start|stop|status`: the local Neo4j of `$BAOXUN_HOME`, run in the background. */
export function register(program: Command): void {
  const neo4j = program
    .command('neo4j')
    .description('start, stop or inspect the local Neo4j (Community 5.26, embedded) of $BAOXUN_HOME')
    .addHelpText(
      'after',
      '\nThe store, password (neo4j-password), pid, port and log files live in $BAOXUN_HOME (default ./.baoxun).\n' +
        'Environment: BAOXUN_HOME, BAOXUN_NEO4J_PORT (7687), BAOXUN_NEO4J_HEAP (1536m), BAOXUN_NEO4J_PAGECACHE (MiB, 512),\n' +
        'NEO4J_PASSWORD (else one is generated on first start). With NEO4J_URI set, baoxun uses that server instead.',
    );
  const withHome = (c: Command) =>
    c.option('--home <dir>', 'baoxun home (default $BAOXUN_HOME or ./.baoxun)');

  withHome(neo4j.command('start').description('start the local Neo4j in the background and wait until it is ready'))
    .option('--port <port>', 'Bolt port for a new instance (default $BAOXUN_NEO4J_PORT or 7687)')
    .action(async (o: Neo4jOptions) => {
      const before = localNeo4jStatus(o.home);
      const conn = await ensureNeo4j({ home: o.home, port: o.port ? Number(o.port) : undefined, log: say, local: true });
      const s = localNeo4jStatus(o.home);
      const verb = before.running ? 'already running' : 'started';
      console.log(`Neo4j ${verb}: ${conn.uri} (user neo4j, password in ${s.home}/neo4j-password, pid ${s.pid}, log ${s.log})`);
    });

  withHome(neo4j.command('stop').description('stop the local Neo4j (clean shutdown)')).action(async (o: Neo4jOptions) => {
    const stopped = await stopLocalNeo4j(o.home);
    console.log(stopped ? `Neo4j stopped (${resolveHome(o.home)})` : `no local Neo4j was running for ${resolveHome(o.home)}`);
  });

  withHome(neo4j.command('status').description('tell whether the local Neo4j runs (exit code 3 when it does not)'))
    .action((o: Neo4jOptions) => {
      const s = localNeo4jStatus(o.home);
      if (config().neo4j.uri) say(`note: NEO4J_URI is set, so other commands use ${config().neo4j.uri}`);
      if (s.running) console.log(`running: ${s.uri} (pid ${s.pid}, home ${s.home}, log ${s.log})`);
      else {
        console.log(`stopped (home ${s.home})`);
        process.exitCode = 3;
      }
    });
}

