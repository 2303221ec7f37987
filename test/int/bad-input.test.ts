// A bad-input batch against a real Neo4j of this test's own (issue 7): ONE ingest over a
// directory that mixes good articles with every kind of bad input. Each bad input must give
// one clear error or a clean ingest, the run must not crash, and every good article must be
// in the graph afterwards (items lost: 0). The fixtures of test/fixtures/bad/ (readers'
// suite) are copied in; binary, encoded and oversized inputs are generated here.
import { copyFileSync, mkdirSync, mkdtempSync, openSync, readdirSync, rmSync, writeFileSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IsoDate } from '../../model/graph.schema.js';
import { ingestPaths, type IngestSummary } from '../../server/ingest.js';
import { invented } from '../fixtures/reliability/articles.js';
import { startOwnNeo4j, type OwnNeo4j } from './backup-own-neo4j.js';

const fixtures = resolve(import.meta.dirname, '../fixtures/bad');
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);

let db: OwnNeo4j;
let dir: string;
let inputs: string;
let sum: IngestSummary;
const GOOD = 6;

/** Articles each input must give (the fixtures' README states them for test/fixtures/bad/). */
const expected: Record<string, number> = {
  'wrong-types.json': 2, 'broken-line.jsonl': 3, 'impossible-date.json': 3, 'controls-emoji.txt': 1, '2021-02-30-page.txt': 1,
  'gbk.txt': 1, 'big5.txt': 1, 'utf16-bom.txt': 1, 'no-names.txt': 1, 'long-names.txt': 1, 'feb-30.txt': 1, 'emoji-controls-2.txt': 1,
};
/** Inputs that must be refused, with the reason. */
const refused: Record<string, RegExp> = {
  'whitespace-only.txt': /^only whitespace/,
  'script-only.html': /no article text/,
  'truncated.json': /truncated or invalid JSON/,
  'image.png': /^damaged image: corrupt header$/, // read as a page scan (server/pdf/): a PNG header and nothing more
  'fake-text.txt': /^binary file/,
  'nul-in-text.txt': /^binary file/,
  'big-50mb.txt': /^file is 50 MB, over the 20 MB size limit$/,
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'baoxun-bad-'));
  inputs = join(dir, 'in');
  mkdirSync(inputs);
  for (const f of readdirSync(fixtures)) if (f !== 'README.md') copyFileSync(join(fixtures, f), join(inputs, f));
  for (let i = 0; i < GOOD; i++) writeFileSync(join(inputs, invented(100 + i).name), invented(100 + i).text);
  for (let i = 0; i < GOOD; i++) expected[invented(100 + i).name] = 1;
  // Written for this test: the encodings the readers detect.
  writeFileSync(join(inputs, 'gbk.txt'), iconv.encode('白沙镇召开防汛工作会议\n\n本报讯 镇长许明远主持召开防汛工作会议，部署汛期各项工作。', 'gbk'));
  writeFileSync(join(inputs, 'big5.txt'), iconv.encode('東湖鎮舉行農田水利工程開工儀式\n\n本報訊 副縣長林秋實出席開工儀式並講話，要求確保工程品質。', 'big5'));
  writeFileSync(join(inputs, 'utf16-bom.txt'), iconv.encode('石桥镇开展义务植树活动\n\n本报讯 石桥镇干部群众二百余人参加义务植树活动。', 'utf-16le', { addBOM: true }));
  // Titles with no names, 50-character "names", an impossible date in the text, controls and emoji.
  writeFileSync(join(inputs, 'no-names.txt'), '关于进一步做好秋冬季工作的通知\n\n本报讯 各单位要认真做好秋冬季各项工作，确保安全稳定。');
  const long = '欧'.repeat(25) + '阳'.repeat(25);
  writeFileSync(join(inputs, 'long-names.txt'), `${long}镇召开会议\n\n本报讯 副县长${long}出席${long}有限公司${long}项目开工仪式。`);
  writeFileSync(join(inputs, 'feb-30.txt'), '南岭镇召开年度总结会\n\n本报讯 2月30日，南岭镇召开年度总结会，镇党委书记顾景行主持会议。2021年2月30日上午，会议继续举行。');
  writeFileSync(join(inputs, 'emoji-controls-2.txt'), '青山镇举办邻里节\u0007\n\n本报讯 🎉青山镇邻里节开幕\u001b\u0008，居民纷纷点赞👍。副镇长严知秋致辞。');
  // A NUL byte in text: the readers take it for a binary file (a clear refusal, not a crash).
  writeFileSync(join(inputs, 'nul-in-text.txt'), '红枫社区举办邻里节\n\n本报讯 红枫社区\u0000举办邻里节。');
  writeFileSync(join(inputs, 'image.png'), PNG);
  writeFileSync(join(inputs, 'fake-text.txt'), Buffer.from([0x41, 0, 0x42, 0, 0, 0x43, 0xff, 0xfe, 0, 0]));
  // 50 MB of text: refused by the size limit before it is read.
  const fd = openSync(join(inputs, 'big-50mb.txt'), 'w');
  const chunk = Buffer.from('本报讯 这是一个很大的文件。\n'.repeat(1024 * 16));
  for (let written = 0; written < 50 * 1024 * 1024; written += chunk.length) writeSync(fd, chunk, 0, Math.min(chunk.length, 50 * 1024 * 1024 - written));
  closeSync(fd);

  db = await startOwnNeo4j('bad');
  sum = await ingestPaths(db.executor, [inputs], { workers: 0 });
}, 300_000);

afterAll(async () => {
  await db?.dispose();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const base = (p: string) => p.slice(p.lastIndexOf('/') + 1);

describe('one ingest over good and bad inputs', () => {
  it('refuses each bad input with one clear reason, and nothing else', () => {
    // An empty file in a folder is nothing to read: skipped and counted, not refused.
    expect(sum.skipped).toMatchObject({ empty: 1, extension: 0 });
    const errors = Object.fromEntries(sum.inputErrors.map((e) => [base(e.source), e.error]));
    expect(Object.keys(errors).sort()).toEqual(Object.keys(refused).sort());
    for (const [f, re] of Object.entries(refused)) expect(errors[f], f).toMatch(re);
    for (const e of Object.values(errors)) expect(e).not.toMatch(/\n|Error:|at .*\.ts/);
  });

  it('extracts and writes every article of the good and half-good inputs (items lost: 0)', async () => {
    expect(sum.failed).toEqual([]);
    const want = Object.values(expected).reduce((a, b) => a + b, 0);
    expect(sum.articles).toBe(want);
    expect(sum.written).toBe(want);
    const res = await db.executor.readWith((tx) => tx.run('MATCH (a:Article) RETURN a.source AS source, count(*) AS n'));
    const got = Object.fromEntries(res.records.map((r) => [base(String(r.get('source'))), r.get('n') as number]));
    expect(got).toEqual(expected);
  });

  it('names the skipped records and dropped dates in warnings', () => {
    const w = sum.warnings.map((x) => `${base(x.source)}: ${x.warning}`).join('\n');
    expect(w).toMatch(/broken-line\.jsonl: line 2: invalid JSON/);
    expect(w).toMatch(/wrong-types\.json: record 1 has "text" of type number/);
    expect(w).toMatch(/2021-02-30-page\.txt: .*/);
  });

  it('stores decoded text, no control characters, emoji kept, and only real calendar dates', async () => {
    const res = await db.executor.readWith((tx) => tx.run(
      `MATCH (a:Article) RETURN a.source AS source, a.text AS text, a.title AS title, a.published AS published`));
    const bySource = new Map(res.records.map((r) => [base(String(r.get('source'))), r.toObject() as Record<string, string | null>]));
    expect(bySource.get('gbk.txt')?.text).toContain('许明远主持召开防汛工作会议');
    expect(bySource.get('big5.txt')?.text).toMatch(/林秋實|林秋实/);
    expect(bySource.get('utf16-bom.txt')?.text).toContain('义务植树');
    const emoji = bySource.get('emoji-controls-2.txt')!;
    expect(emoji.text).toContain('👍');
    expect(`${emoji.title ?? ''}${emoji.text}`).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    const dates = await db.executor.readWith((tx) => tx.run(
      `MATCH (n) WHERE n:Article OR n:Meeting
       WITH coalesce(n.published, n.date) AS d WHERE d IS NOT NULL RETURN collect(DISTINCT d) AS ds`));
    const ds = dates.records[0]?.get('ds') as string[];
    for (const d of ds) expect(IsoDate.safeParse(d).success, d).toBe(true);
    const rels = await db.executor.readWith((tx) => tx.run(
      `MATCH ()-[r]->() WHERE r.first_seen IS NOT NULL OR r.date IS NOT NULL
       RETURN collect(DISTINCT coalesce(r.first_seen, r.date)) AS ds`));
    for (const d of rels.records[0]?.get('ds') as string[]) expect(IsoDate.safeParse(d).success, d).toBe(true);
  });

  it('ingesting the same batch again changes nothing and loses nothing', async () => {
    const again = await ingestPaths(db.executor, [inputs], { workers: 0 });
    expect(again.failed).toEqual([]);
    expect(again.unchanged).toBe(sum.written);
    expect(again.written).toBe(0);
    expect(again.inputErrors.length).toBe(sum.inputErrors.length);
  });
});
