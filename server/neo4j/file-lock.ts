import { mkdirSync, openSync, closeSync, writeSync, readFileSync, statSync, unlinkSync } from 'node:fs';
import { dirname } from 'node:path';
import { pidExists, sleep } from './process-utils.js';

/**
 * Runs `fn` holding an exclusive lock file (created with O_EXCL, holding our pid), so two
 * processes never build the launcher or start the same home's Neo4j at once. A lock whose
 * owner died is taken over.
 */
export async function withFileLock<T>(file: string, timeoutMs: number, fn: () => Promise<T>): Promise<T> {
  mkdirSync(dirname(file), { recursive: true });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (tryAcquire(file)) break;
    if (isStale(file)) {
      try { unlinkSync(file); } catch { /* someone else took it over first */ }
      continue;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for the lock ${file} (held by another baoxun process)`);
    }
    await sleep(200);
  }
  try {
    return await fn();
  } finally {
    try { unlinkSync(file); } catch { /* already gone */ }
  }
}

function tryAcquire(file: string): boolean {
  try {
    const fd = openSync(file, 'wx', 0o600);
    writeSync(fd, String(process.pid));
    closeSync(fd);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  }
}

function isStale(file: string): boolean {
  try {
    const pid = Number.parseInt(readFileSync(file, 'utf8'), 10);
    // An empty file is a lock being written right now, unless it is old.
    if (!Number.isInteger(pid)) return Date.now() - statSync(file).mtimeMs > 30_000;
    return !pidExists(pid);
  } catch {
    return false;
  }
}
