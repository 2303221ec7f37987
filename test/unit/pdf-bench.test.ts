import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { benchPages, byTextLayer } from '../../bench/pdf-pages.bench.js';

const fx = (f: string) => resolve(import.meta.dirname, '../fixtures/pdf', f);

describe('bench extract, PDF row', () => {
  it('sorts pages into text-layer and OCR ones', async () => {
    const files = ['2025-03-14_A02.pdf', 'scanned-page.pdf', '2025-03-14_A02-scan.jpg', 'two-pages.pdf'].map(fx);
    expect(await byTextLayer(files)).toEqual({ text: [files[0], files[3]], ocr: [files[1], files[2]] });
  });

  it('times text-layer pages read, laid out and extracted, in pages per second', { timeout: 60_000 }, async () => {
    const r = await benchPages([fx('2025-03-14_A02.pdf'), fx('two-pages.pdf')], [], { text: 2, ocr: 1 });
    expect(r.ocr).toBeNull();
    expect(r.text_layer).toMatchObject({ files: 2, pages: 3, articles: 11, rounds: 2 });
    expect(r.text_layer!.pages_per_s).toBeGreaterThan(0);
    expect(r.text_layer!.read_ms).toBeGreaterThan(0);
  });
});
