import { readdirSync, readFileSync } from 'node:fs';

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** True while a process with this pid exists (a zombie counts: see `isLocalNeo4jProcess`). */
export function pidExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * True when `pid` is a live launcher for this home. On Linux the command line must carry
 * `-Dbaoxun.home=<home>`, so a pid reused by another program, or a zombie (empty command
 * line), is not taken for our Neo4j; elsewhere we can only ask whether the pid exists.
 */
export function isLocalNeo4jProcess(pid: number, home: string): boolean {
  let cmdline: string;
  try {
    cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && process.platform === 'linux') return false;
    return pidExists(pid);
  }
  return cmdline.split('\0').includes(`-Dbaoxun.home=${home}`);
}

export function readIntFile(file: string): number | undefined {
  try {
    const n = Number.parseInt(readFileSync(file, 'utf8').trim(), 10);
    return Number.isInteger(n) && n > 0 ? n : undefined;
  } catch {
    return undefined;
  }
}

/** The last lines of a log file, for error messages. */
export function tailOf(file: string, lines = 8): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

/**
 * Every live process that belongs to the local Neo4j of `home` (the supervisor and its child
 * carry `-Dbaoxun.home=<home>`). Linux only (through /proc); elsewhere none are found.
 */
export function homeProcesses(home: string): number[] {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    return [];
  }
  return pids.map(Number).filter((pid) => pid !== process.pid && isLocalNeo4jProcess(pid, home));
}
