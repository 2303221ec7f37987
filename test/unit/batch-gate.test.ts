import { describe, expect, it } from 'vitest';
import { BatchGate } from '../../server/ingest/batch-gate.js';

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('BatchGate (ingest backpressure)', () => {
  it('lets the reader on as soon as one of the queued batches is written, not when all are', async () => {
    const gate = new BatchGate(2);
    gate.enter();
    gate.enter();
    let through = false;
    const waiting = gate.room().then(() => { through = true; });
    await tick();
    expect(through).toBe(false);
    gate.leave(); // the first batch is written; the second is still being written
    await waiting;
    expect(through).toBe(true);
  });

  it('does not wait while there is room', async () => {
    const gate = new BatchGate(2);
    gate.enter();
    let through = false;
    void gate.room().then(() => { through = true; });
    await tick();
    expect(through).toBe(true);
  });
});
