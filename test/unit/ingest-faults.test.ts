/**
 * The input stage of `baoxun ingest` (server/input/read-files.ts) over hostile inputs (issue 16):
 * a 60 MB single line (text and JSON Lines), invalid UTF-8, one GBK sentence inside UTF-8,
 * UTF-16 without a byte-order mark, 100,000 nested divs. Each bad input gives one line and
 * the rest of the batch goes on. Invented texts.
 */
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInputs, type InputResult } from '../../server/input/read-files.js';

const good = '青溪县召开防汛工作会议\n\n本报讯 3月5日，青溪县召开防汛工作会议，县委副书记林晓帆主持会议。\n';
const lines = ['本报讯 青溪县召开乡村振兴工作推进会。', '会议由县委副书记林晓帆主持。', '与会人员观看了专题片。', '会议要求各乡镇抓好落实。'];
let dir: string;
const results = new Map<string, InputResult['outcome']>();

/** Writes `mb` megabytes of one line (no newline) plus an optional tail. */
function oneLine(file: string, mb: number, head: string, unit: string, tail = ''): void {
  const fd = openSync(file, 'w');
  writeSync(fd, head);
  const chunk = Buffer.from(unit.repeat(Math.ceil(1024 * 1024 / Buffer.byteLength(unit))));
  for (let i = 0; i < mb; i++) writeSync(fd, chunk);
  writeSync(fd, tail);
  closeSync(fd);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'baoxun-faults-'));
  oneLine(join(dir, 'line-60mb.txt'), 60, '', '本报讯');
  oneLine(join(dir, 'line-60mb.jsonl'), 60, '{"title":"大","text":"', '本报讯', `"}\n${JSON.stringify({ title: '青溪县召开防汛工作会议', text: good })}\n`);
  writeFileSync(join(dir, 'bad-bytes.txt'), Buffer.concat([Buffer.from(`${lines[0]}\n${lines[1]}\n会议`), Buffer.from([0xff, 0xfe, 0x80]), Buffer.from(`地点\n${lines[3]}\n`)]));
  writeFileSync(join(dir, 'gbk-sentence.txt'), Buffer.concat([Buffer.from(`${lines[0]}\n${lines[1]}\n`), iconv.encode(lines[2]!, 'gbk'), Buffer.from(`\n${lines[3]}\n`)]));
  writeFileSync(join(dir, 'utf16le-nobom.txt'), iconv.encode(good, 'utf-16le'));
  writeFileSync(join(dir, 'utf16be-nobom.txt'), iconv.encode(good, 'utf-16be'));
  writeFileSync(join(dir, 'deep.html'), `<html><body>${'<div>'.repeat(100_000)}${good}${'</div>'.repeat(100_000)}</body></html>`);
  writeFileSync(join(dir, 'good.txt'), good);
  for await (const r of readInputs([dir], {})) {
    const name = r.source.slice(r.source.lastIndexOf('/') + 1);
    const prev = results.get(name);
    // A streamed .jsonl gives one outcome per chunk: keep the articles and warnings of all.
    if (prev?.ok && r.outcome.ok) results.set(name, { ...prev, articles: [...prev.articles, ...r.outcome.articles], warnings: [...prev.warnings, ...r.outcome.warnings] });
    else results.set(name, r.outcome);
  }
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('one batch of hostile inputs', () => {
  it('refuses the 60 MB line and the nested HTML with one line each, before reading or parsing them', () => {
    expect(results.get('line-60mb.txt')).toEqual({ ok: false, error: 'file is 60 MB, over the 20 MB size limit' });
    expect(results.get('deep.html')).toEqual({ ok: false, error: 'HTML elements nested more than 256 levels deep; not parsed' });
  });
  it('skips the 60 MB JSON line with a warning and reads the record after it', () => {
    const o = results.get('line-60mb.jsonl')!;
    expect(o.ok).toBe(true);
    if (!o.ok) return;
    expect(o.articles.map((a) => a.article.title)).toEqual(['青溪县召开防汛工作会议']);
    expect(o.warnings).toEqual([expect.stringMatching(/^line 1: record is 60(\.\d)? MB, over the 20 MB size limit; skipped$/)]);
  });
  it('reads the damaged and the mixed file, naming the lines, and UTF-16 without BOM in both byte orders', () => {
    const bad = results.get('bad-bytes.txt')!;
    expect(bad.ok && bad.warnings).toEqual(['invalid UTF-8 bytes replaced with U+FFFD on line(s) 3']);
    const mixed = results.get('gbk-sentence.txt')!;
    expect(mixed.ok && mixed.articles[0]!.article.text).toContain(lines[2]);
    expect(mixed.ok && mixed.warnings).toEqual(['not UTF-8 like the rest of the file, read as GB18030: line(s) 3']);
    for (const [f, enc] of [['utf16le-nobom.txt', 'UTF-16LE'], ['utf16be-nobom.txt', 'UTF-16BE']] as const) {
      const o = results.get(f)!;
      expect(o.ok && o.articles[0]!.article.text, f).toContain('林晓帆主持会议');
      expect(o.ok && o.warnings, f).toEqual([`no byte-order mark; read as ${enc}`]);
    }
  });
  it('goes on with the rest of the batch', () => {
    expect(results.get('good.txt')).toMatchObject({ ok: true, warnings: [] });
    expect(results.size).toBe(8);
  });
});
