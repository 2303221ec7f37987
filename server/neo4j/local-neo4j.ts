import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { config } from '../config.js';
import { Neo4jSetupError } from './errors.js';
import { withFileLock } from './file-lock.js';
import { ensureLauncherBuilt, type Launcher } from './launcher-build.js';
import { localFiles, resolveHome, resolvePort } from './paths.js';
import { homeProcesses, isLocalNeo4jProcess, readIntFile, sleep, tailOf } from './process-utils.js';

/** What `baoxun neo4j status` reports about the local Neo4j of one home. */
export interface LocalNeo4jStatus {
  home: string;
  running: boolean;
  pid?: number;
  port?: number;
  uri?: string;
  log: string;
}

/**
 * The JVM flags of Neo4j 5.26's own neo4j.conf / `neo4j-admin` recommendations, plus our heap.
 * Not `-XX:+ExitOnOutOfMemoryError`: with it, one console query that ran the heap out took the
 * database down for everyone (issue 16); without it the query that asked for the memory gets
 * `Neo.TransientError.General.OutOfMemoryError` and the database goes on (measured: the next
 * query answered), and the launcher's watchdog and supervisor restart a database that did not.
 */
export function jvmArgs(home: string): string[] {
  const heap = config().local.heap;
  return [
    `-Xmx${heap}`, '-Xms256m', `-Dbaoxun.home=${home}`,
    '-XX:+UseG1GC', '-XX:-OmitStackTraceInFastThrow', '-XX:+DisableExplicitGC',
    '-Djdk.nio.maxCachedBufferSize=1024', '-Dio.netty.tryReflectionSetAccessible=true', '-Dlog4j2.disable.jmx=true',
    '--add-opens=java.base/java.nio=ALL-UNNAMED', '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED', '--enable-native-access=ALL-UNNAMED',
  ];
}

/**
 * The JVM of the launcher's supervisor (`Neo4jLocal --supervise`), which runs Neo4j in a child
 * JVM with `jvmArgs` and restarts it when it exits unasked: small, it only waits.
 */
export function supervisorArgs(home: string): string[] {
  return ['-Xmx32m', '-Xss512k', '-XX:+UseSerialGC', '-XX:TieredStopAtLevel=1', `-Dbaoxun.home=${home}`, '-Dbaoxun.role=supervisor'];
}

/** Is the local Neo4j of `home` running? Stale pid/port files (a crashed or killed launcher) are removed. */
export function localNeo4jStatus(home?: string): LocalNeo4jStatus {
  const h = resolveHome(home);
  const f = localFiles(h);
  const pid = readIntFile(f.pid);
  const port = readIntFile(f.port);
  if (pid !== undefined && isLocalNeo4jProcess(pid, h) && port !== undefined) {
    return { home: h, running: true, pid, port, uri: `bolt://127.0.0.1:${port}`, log: f.log };
  }
  if (pid !== undefined) rmSync(f.pid, { force: true });
  return { home: h, running: false, log: f.log };
}

/** The password the launcher keeps in `$BAOXUN_HOME/neo4j-password`. */
export function localPassword(home: string): string {
  return readFileSync(localFiles(home).password, 'utf8').trim();
}

/**
 * Starts the local Neo4j of `home` as a detached background process (it outlives this one;
 * `stopLocalNeo4j` ends it) unless it already runs, and waits for its READY line.
 * Returns the status and whether this call started it.
 */
export async function startLocalNeo4j(
  opts: { home?: string; port?: number; log?: (line: string) => void } = {},
): Promise<LocalNeo4jStatus & { startedNow: boolean }> {
  const home = resolveHome(opts.home);
  mkdirSync(home, { recursive: true });
  return withFileLock(localFiles(home).startLock, 10 * 60_000, async () => {
    const running = localNeo4jStatus(home);
    if (running.running) return { ...running, startedNow: false };
    const launcher = await ensureLauncherBuilt(opts.log);
    const port = resolvePort(opts.port);
    await waitForLeftovers(home);
    await spawnAndWait(launcher, home, port);
    return { ...localNeo4jStatus(home), startedNow: true };
  });
}

/**
 * A launcher whose supervisor was killed ends its database at once, but that takes a moment;
 * a new one started meanwhile would find the store locked. Wait (30 s at most) for them to go.
 */
async function waitForLeftovers(home: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (homeProcesses(home).length > 0 && Date.now() < deadline) await sleep(100);
}

async function spawnAndWait(launcher: Launcher, home: string, port: number): Promise<void> {
  const f = localFiles(home);
  if (existsSync(f.log)) renameSync(f.log, `${f.log}.1`);
  const out = openSync(f.log, 'a');
  const child = spawn(launcher.java, [...supervisorArgs(home), '-cp', launcher.classPath, launcher.mainClass, '--supervise', ...jvmArgs(home)], {
    cwd: home,
    detached: true,
    stdio: ['ignore', out, out],
    env: launcherEnv(home, port),
  });
  closeSync(out);
  let exitCode: number | null | undefined;
  child.on('exit', (code, signal) => (exitCode = code ?? (signal ? -1 : null)));
  child.on('error', () => (exitCode = -2));
  child.unref();
  if (child.pid === undefined) throw new Neo4jSetupError(`could not run ${launcher.java}`);
  writeFileSync(f.pid, String(child.pid));
  writeFileSync(f.port, String(port));

  const timeoutMs = config().local.startTimeoutMs;
  const deadline = Date.now() + timeoutMs;
  while (!tailOf(f.log, 50).includes(`READY bolt://127.0.0.1:${port}`)) {
    if (exitCode !== undefined) {
      rmSync(f.pid, { force: true });
      rmSync(f.port, { force: true });
      throw new Neo4jSetupError(`the local Neo4j exited before it was ready (see ${f.log}):\n${tailOf(f.log, 5)}`);
    }
    if (Date.now() > deadline) {
      await stopLocalNeo4j(home);
      throw new Neo4jSetupError(
        `the local Neo4j was not ready after ${timeoutMs / 1000} s (BAOXUN_NEO4J_START_TIMEOUT); see ${f.log}`,
      );
    }
    await sleep(100);
  }
}

/** NEO4J_PASSWORD sets the local password only when NEO4J_URI is unset: otherwise it is that server's. */
function launcherEnv(home: string, port: number): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, BAOXUN_HOME: home, BAOXUN_NEO4J_PORT: String(port) };
  if (config().neo4j.uri) delete env.NEO4J_PASSWORD;
  return env;
}

/**
 * Stops the local Neo4j of `home`: SIGTERM (a clean shutdown), then SIGKILL after 60 s.
 * Resolves false when none was running.
 */
export async function stopLocalNeo4j(home?: string): Promise<boolean> {
  const status = localNeo4jStatus(home);
  const f = localFiles(status.home);
  if (!status.running || status.pid === undefined) {
    rmSync(f.port, { force: true });
    return false;
  }
  const pid = status.pid;
  process.kill(pid, 'SIGTERM');
  if (!(await waitForExit(pid, status.home, 60_000))) {
    process.kill(pid, 'SIGKILL');
    await waitForExit(pid, status.home, 10_000);
  }
  rmSync(f.pid, { force: true });
  rmSync(f.port, { force: true });
  return true;
}

async function waitForExit(pid: number, home: string, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (!isLocalNeo4jProcess(pid, home)) return true;
    await sleep(100);
  }
  return false;
}
