/**
 * Runs the system tools that read pages: poppler-utils (pdfinfo, pdftotext, pdftoppm) and
 * tesseract. A missing tool is a clear error naming the package and the project's setup
 * script; a tool that fails gives its own first line of complaint.
 */
import { execFile } from 'node:child_process';

/** Debian package of each tool, for the error when it is missing. */
const PACKAGE: Record<string, string> = {
  pdfinfo: 'poppler-utils', pdftotext: 'poppler-utils', pdftoppm: 'poppler-utils',
  tesseract: 'tesseract-ocr and tesseract-ocr-chi-sim',
};

/** A tool is missing, failed or timed out. `message` is one line for the user. */
export class ToolError extends Error {
  constructor(message: string, readonly stderr = '') {
    super(message);
    this.name = 'ToolError';
  }
}

export interface ToolResult { stdout: Buffer; stderr: string }

/** The first line of a tool's complaint that says something (poppler prefixes lines with `Syntax Error:` etc.). */
export function firstComplaint(stderr: string): string {
  const lines = stderr.split('\n').map((l) => l.trim()).filter(Boolean);
  return lines.find((l) => /error/iu.test(l)) ?? lines[0] ?? '';
}

/**
 * Runs `cmd args…`; resolves with stdout (bytes) and stderr, rejects with a ToolError. OCR's
 * threads are limited to one (OMP_THREAD_LIMIT) unless the caller's environment says otherwise:
 * ingest runs several pages' work beside extraction workers and Neo4j.
 */
export function runTool(cmd: string, args: string[], opts: { timeoutMs?: number; input?: Buffer } = {}): Promise<ToolResult> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env, OMP_THREAD_LIMIT: process.env.OMP_THREAD_LIMIT ?? '1' };
    const child = execFile(cmd, args, { encoding: 'buffer', maxBuffer: 512 * 1024 * 1024, timeout: opts.timeoutMs ?? 600_000, env }, (err, stdout, stderr) => {
      const errText = stderr.toString('utf8');
      if (!err) return resolve({ stdout, stderr: errText });
      const e = err as NodeJS.ErrnoException & { killed?: boolean; signal?: string };
      if (e.code === 'ENOENT') {
        return reject(new ToolError(`${cmd} is not installed (Debian: ${PACKAGE[cmd] ?? cmd}; scripts/ensure-system-deps.sh installs it)`));
      }
      if (e.killed || e.signal === 'SIGTERM') return reject(new ToolError(`${cmd} took too long and was stopped`, errText));
      reject(new ToolError(firstComplaint(errText) || `${cmd} failed (${e.code ?? e.signal ?? 'error'})`, errText));
    });
    if (opts.input) child.stdin?.end(opts.input);
  });
}
