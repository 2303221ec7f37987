import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { config } from '../config.js';
import { Neo4jSetupError } from './errors.js';
import { withFileLock } from './file-lock.js';
import { launcherDir } from './paths.js';

const MAIN_CLASS = 'baoxun.Neo4jLocal';
const SOURCES = 'src/main/java/baoxun';
const CLASS_FILE = 'target/classes/baoxun/Neo4jLocal.class';

/** How to run the launcher: `java` (from JAVA_HOME when set) and the `-cp` class path. */
export interface Launcher {
  java: string;
  classPath: string;
  mainClass: string;
}

/** The java binary; checks that it runs and is Java 17 or newer. */
export function javaCommand(): string {
  const javaHome = config().local.javaHome;
  const java = javaHome ? join(javaHome, 'bin', 'java') : 'java';
  const r = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) {
    throw new Neo4jSetupError(
      `the local Neo4j needs Java 17+ ('${java} -version' failed: ${r.error?.message ?? r.stderr.trim()}); ` +
        'install a JDK (e.g. apt-get install default-jdk-headless), or set NEO4J_URI to use another Neo4j',
    );
  }
  const major = Number(/version "(\d+)/.exec(r.stderr)?.[1] ?? 0);
  if (major < 17) throw new Neo4jSetupError(`the local Neo4j needs Java 17+, but '${java}' is Java ${major}`);
  return java;
}

/** True when the class or its dependencies are missing, or a Java source is newer than the main class. */
export function launcherNeedsBuild(dir = launcherDir()): boolean {
  const cls = join(dir, CLASS_FILE);
  if (!existsSync(join(dir, 'target', 'dependency')) || !existsSync(cls)) return true;
  const built = statSync(cls).mtimeMs;
  return readdirSync(join(dir, SOURCES)).filter((f) => f.endsWith('.java'))
    .some((f) => statSync(join(dir, SOURCES, f)).mtimeMs > built);
}

/**
 * Builds `neo4j-local/` with Maven when needed (the first time this downloads Neo4j's jars,
 * about 120 MB, into ~/.m2; afterwards it starts offline) and returns how to run it.
 */
export async function ensureLauncherBuilt(log: (line: string) => void = () => {}): Promise<Launcher> {
  const dir = launcherDir();
  const java = javaCommand();
  if (launcherNeedsBuild(dir)) {
    mkdirSync(join(dir, 'target'), { recursive: true });
    await withFileLock(join(dir, 'target', 'build.lock'), 15 * 60_000, async () => {
      if (launcherNeedsBuild(dir)) await runMaven(dir, log);
    });
  }
  return { java, classPath: `${join(dir, 'target', 'classes')}:${join(dir, 'target', 'dependency', '*')}`, mainClass: MAIN_CLASS };
}

async function runMaven(dir: string, log: (line: string) => void): Promise<void> {
  if (spawnSync('mvn', ['-v'], { stdio: 'ignore' }).error) {
    throw new Neo4jSetupError(
      'building the local Neo4j needs Maven (mvn not found); install it (e.g. apt-get install maven), or set NEO4J_URI to use another Neo4j',
    );
  }
  log('building the local Neo4j launcher with Maven (the first time downloads about 120 MB)…');
  const args = ['-q', '-B', '-f', join(dir, 'pom.xml'), 'package', 'dependency:copy-dependencies'];
  const output: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn('mvn', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (b: Buffer) => output.push(b.toString()));
    child.stderr.on('data', (b: Buffer) => output.push(b.toString()));
    child.on('error', reject);
    child.on('close', resolve);
  });
  if (code !== 0) {
    const tail = output.join('').trim().split('\n').slice(-15).join('\n');
    throw new Neo4jSetupError(`'mvn ${args.join(' ')}' failed (exit ${code}):\n${tail}`);
  }
}
