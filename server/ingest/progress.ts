/**
 * The ingest progress bar (cli-progress) on stderr: inputs read, articles written,
 * articles/s. Quiet when stderr is not a terminal (logs, tests, pipes).
 */
import cliProgress from 'cli-progress';
import type { IngestProgress } from '../ingest.js';

export interface ProgressBar {
  update(p: IngestProgress): void;
  stop(): void;
}

export function progressBar(totalInputs: number | null, enabled = Boolean(process.stderr.isTTY)): ProgressBar {
  if (!enabled) return { update() {}, stop() {} };
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: ' {bar} {value}/{total} inputs | {written} articles written, {unchanged} unchanged, {failed} failed | {rate} articles/s | {duration_formatted}',
      hideCursor: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  const t0 = performance.now();
  bar.start(totalInputs ?? 0, 0, { written: 0, unchanged: 0, failed: 0, rate: '0' });
  return {
    update(p) {
      const s = (performance.now() - t0) / 1000;
      const done = p.written + p.unchanged;
      if (totalInputs === null || p.inputs > bar.getTotal()) bar.setTotal(Math.max(p.inputs, bar.getTotal()));
      bar.update(p.inputs, { written: p.written, unchanged: p.unchanged, failed: p.failed, rate: s > 0 ? (done / s).toFixed(1) : '0' });
    },
    stop() {
      bar.stop();
    },
  };
}
