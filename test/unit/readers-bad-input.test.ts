import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { readInput, type ReadOutcome } from '../../extractors/readers/index.js';
import { readInputs } from '../../server/input/read-files.js';
import { CHUNK_RECORDS } from '../../server/input/stream-jsonl.js';

// Fixtures in test/fixtures/bad/ were written for these tests (see README.md there);
// binary, encoded and oversized inputs are generated here.
const bad = resolve(import.meta.dirname, '../fixtures/bad');
const read = (name: string): ReadOutcome => readInput(`bad/${name}`, readFileSync(join(bad, name)));
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);

function error(o: ReadOutcome): string {
  if (o.ok) throw new Error(`expected an error, got ${o.articles.length} article(s)`);
  return o.error;
}
function articles(o: ReadOutcome) {
  if (!o.ok) throw new Error(`expected a clean read, got: ${o.error}`);
  return o;
}

describe('bad inputs give one clear error', () => {
  it('empty file', () => expect(error(read('empty.txt'))).toBe('empty file'));
  it('whitespace only', () => expect(error(read('whitespace-only.txt'))).toBe('only whitespace, no text'));
  it('a PNG', () => expect(error(readInput('x.txt', PNG))).toBe('binary file (PNG image), not text'));
  it('bytes with NUL and no BOM', () => expect(error(readInput('x.dat', new Uint8Array([0x41, 0, 0x42, 0x43])))).toMatch(/^binary file/));
  it('HTML with scripts and no article', () => expect(error(read('script-only.html'))).toMatch(/no article text/));
  it('truncated JSON', () => expect(error(read('truncated.json'))).toMatch(/^truncated or invalid JSON at line 1/));
  it('over the size limit, with the sizes in the message', () => {
    expect(error(readInput('big.txt', new Uint8Array(2048).fill(0x41), { maxBytes: 1024 }))).toBe('file is 2 KB, over the 1 KB size limit');
  });
});

describe('bad records are skipped with a warning naming them; the rest is read', () => {
  it('JSON with wrong types', () => {
    const o = articles(read('wrong-types.json'));
    expect(o.articles.map((a) => a.article.text)).toEqual(['西湖区新建口袋公园三处。', '滨江区开通两条公交线路。']);
    expect(o.warnings).toEqual(expect.arrayContaining([
      'record 1 has "text" of type number, not a string; skipped',
      'record 2 has no text; skipped',
      'record 3 has empty text; skipped',
      'record 4: field "title" should be a string, got array; ignored',
      'record 5: not an object (string); skipped',
    ]));
  });

  it('JSONL with one broken line among good ones', () => {
    const o = articles(read('broken-line.jsonl'));
    expect(o.articles.map((a) => a.article.id)).toEqual(['ok-1', 'ok-3', 'ok-5']);
    expect(o.warnings[0]).toMatch(/^line 2: invalid JSON/);
    expect(o.warnings[1]).toBe('line 4 (id "ok-4") has no text; skipped');
  });

  it('impossible dates are dropped, not fatal', () => {
    const o = articles(read('impossible-date.json'));
    expect(o.articles.map((a) => a.article.published)).toEqual([null, null, '2021-02-28']);
    expect(o.warnings).toHaveLength(2);
    const named = articles(read('2021-02-30-page.txt'));
    expect(named.articles[0]!.article.published).toBeNull();
    expect(named.warnings).toEqual(['date 2021-02-30 in the file name is not a real date; ignored']);
  });

  it('control characters are removed, emoji kept', () => {
    const o = articles(read('controls-emoji.txt'));
    const text = o.articles[0]!.article.text;
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(text).toContain('🎉👍');
    expect(o.warnings).toEqual(['removed 4 control character(s)']);
  });
});

describe('a batch of files: each bad one reported, every good one read', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'baoxun-bad-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  const good = '本报讯 近日，青溪镇召开冬季消防安全工作会议，副镇长韩立新出席会议并讲话。';

  it('reads the good inputs and reports each bad one once', async () => {
    writeFileSync(join(tmp, 'a-good.txt'), good);
    writeFileSync(join(tmp, 'b-image.png'), PNG);
    writeFileSync(join(tmp, 'c-gbk.txt'), iconv.encode(good, 'gbk'));
    writeFileSync(join(tmp, 'd-big5.txt'), iconv.encode('本報訊 近日，青溪鎮召開冬季消防安全工作會議，副鎮長韓立新出席會議並講話。', 'big5'));
    writeFileSync(join(tmp, 'e-utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('本报讯 昨日，柳湾村举办农民运动会，三百多名村民参加。', 'utf-16le')]));
    writeFileSync(join(tmp, 'f-huge.txt'), Buffer.alloc(5000, 0x41));
    writeFileSync(join(tmp, 'g-empty.txt'), '');
    writeFileSync(join(tmp, '.hidden.txt'), good);
    for (const f of ['broken-line.jsonl', 'wrong-types.json', 'script-only.html', 'truncated.json']) writeFileSync(join(tmp, `h-${f}`), readFileSync(join(bad, f)));
    const results = [];
    const skipped: string[] = [];
    const onSkip = (source: string, why: string) => skipped.push(`${source.slice(tmp.length + 1)}: ${why}`);
    for await (const r of readInputs([tmp, join(tmp, 'missing.txt')], { maxBytes: 4096, onSkip })) results.push(r);
    const summary = results.map((r) => [r.source.slice(tmp.length + 1), r.outcome.ok ? r.outcome.articles.length : r.outcome.error]);
    expect(summary).toEqual([
      ['a-good.txt', 1],
      // A file that starts like a PNG is a page scan now (server/pdf/): this one is no image at all.
      ['b-image.png', 'damaged image: corrupt header'],
      ['c-gbk.txt', 1],
      ['d-big5.txt', 1],
      ['e-utf16.txt', 1],
      ['f-huge.txt', 'file is 4.9 KB, over the 4 KB size limit'],
      ['h-broken-line.jsonl', 3],
      ['h-script-only.html', 'HTML page has no article text (only scripts, navigation or boilerplate)'],
      ['h-truncated.json', expect.stringMatching(/^truncated or invalid JSON/)],
      ['h-wrong-types.json', 2],
      ['missing.txt', 'no such file or directory'],
    ]);
    // An empty file in a folder is nothing to read (skipped and counted, not a bad input); a hidden one is not read.
    expect(skipped).toEqual(['.hidden.txt: hidden', 'g-empty.txt: empty']);
  });
});

describe('big inputs', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'baoxun-big-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  const collect = async (paths: string[], streamAbove?: number) => {
    const out = [];
    for await (const r of readInputs(paths, {}, streamAbove)) out.push(r);
    return out;
  };

  it('refuses a 50 MB file from its size alone (default 20 MB limit), without reading it', async () => {
    const f = join(tmp, 'fifty.txt');
    writeFileSync(f, '');
    truncateSync(f, 50 * 1024 * 1024); // sparse: takes no disk and would be NULs if it were read
    const [r] = await collect([f]);
    expect(r!.outcome).toEqual({ ok: false, error: 'file is 50 MB, over the 20 MB size limit' });
  });

  it('streams a big JSONL file in chunks, reporting its broken line', async () => {
    const f = join(tmp, 'many.jsonl');
    const lines = Array.from({ length: CHUNK_RECORDS + 20 }, (_, i) => JSON.stringify({ id: `n${i}`, text: `第${i}条：某村修好了一段路。` }));
    lines.splice(7, 0, '{"id": "broken", "text": ');
    writeFileSync(f, lines.join('\n'));
    const rs = await collect([f], 1024);
    expect(rs.map((r) => (r.outcome.ok ? r.outcome.articles.length : r.outcome.error))).toEqual([CHUNK_RECORDS, 20]);
    expect(rs.every((r) => r.source === f)).toBe(true);
    expect(rs[0]!.outcome.ok && rs[0]!.outcome.warnings[0]).toMatch(/^line 8: invalid JSON/);
  });

  it('applies the size limit to each line of a JSONL file, not to the whole file', async () => {
    const f = join(tmp, 'limit.jsonl');
    writeFileSync(f, [JSON.stringify({ text: '短的一条。' }), JSON.stringify({ text: '长'.repeat(400) }), JSON.stringify({ text: '又一条短的。' })].join('\n'));
    const rs = [];
    for await (const r of readInputs([f], { maxBytes: 1000 })) rs.push(r);
    expect(rs).toHaveLength(1);
    const o = rs[0]!.outcome;
    expect(o.ok && o.articles.map((a) => a.article.text)).toEqual(['短的一条。', '又一条短的。']);
    expect(o.ok && o.warnings).toEqual(['line 2: record is 1.2 KB, over the 1000 bytes size limit; skipped']);
  });
});

describe('directories', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'baoxun-dirs-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('walks sorted and recursively, skips hidden entries, and walks a symlink loop once', async () => {
    mkdirSync(join(tmp, 'b/.git'), { recursive: true });
    writeFileSync(join(tmp, 'b/2.txt'), '第二篇：某村修好了一段路。');
    writeFileSync(join(tmp, 'b/.git/x.txt'), '隐藏目录里的文件。');
    writeFileSync(join(tmp, 'a.txt'), '第一篇：某镇开通了公交。');
    symlinkSync(tmp, join(tmp, 'b/loop'));
    const sources = [];
    for await (const r of readInputs([tmp], {})) sources.push(r.source.slice(tmp.length + 1));
    expect(sources).toEqual(['a.txt', 'b/2.txt']);
  });

  it('keeps the directory as typed in the sources (it becomes article.source)', async () => {
    mkdirSync(join(tmp, 'c'));
    writeFileSync(join(tmp, 'c/3.txt'), '第三篇：某街道办起了夜校。');
    const dotted = `${tmp}/./c/`;
    const sources = [];
    for await (const r of readInputs([dotted], {})) sources.push(r.source);
    expect(sources).toEqual([`${dotted}3.txt`]);
  });
});
