/** Decoding reports damage instead of storing garbled text (issue 16). Invented sentences. */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../extractors/readers/decode.js';
import { readInput } from '../../extractors/readers/index.js';

const lines = ['本报讯 青溪县召开乡村振兴工作推进会。', '会议由县委副书记林晓帆主持。', '与会人员观看了专题片。', '会议要求各乡镇抓好落实。'];
const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
const concat = (...parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts.map((p) => Buffer.from(p))));

describe('decodeBytes', () => {
  it('reads a UTF-8 file with a few bad bytes as UTF-8, marks them U+FFFD and names the line', () => {
    const bytes = concat(utf8(`${lines[0]}\n${lines[1]}\n`), utf8('会议'), new Uint8Array([0xff, 0xfe, 0x80]), utf8(`地点\n${lines[3]}\n`));
    const d = decodeBytes(bytes);
    expect(d.ok).toBe(true);
    if (!d.ok) return;
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toContain(lines[1]);
    expect(d.text).toContain(lines[3]);
    expect(d.text).toContain('会议\ufffd');
    expect(d.warnings).toEqual(['invalid UTF-8 bytes replaced with U+FFFD on line(s) 3']);
  });
  it('reads one GBK sentence inside a UTF-8 file as GB18030 and says so', () => {
    const bytes = concat(utf8(`${lines[0]}\n${lines[1]}\n`), new Uint8Array(iconv.encode(lines[2]!, 'gbk')), utf8(`\n${lines[3]}\n`));
    const d = decodeBytes(bytes);
    expect(d.ok && d.text.split('\n').slice(0, 4)).toEqual(lines);
    expect(d.ok && d.warnings).toEqual(['not UTF-8 like the rest of the file, read as GB18030: line(s) 3']);
  });
  it('still reads a whole GBK file as GBK, without warnings', () => {
    const d = decodeBytes(new Uint8Array(iconv.encode(lines.join('\n'), 'gbk')));
    expect(d.ok && d.text).toBe(lines.join('\n'));
    expect(d.ok && d.warnings).toEqual([]);
  });
  it.each([['utf-16le'], ['utf-16be']])('reads %s without a byte-order mark, with a warning', (enc) => {
    const text = `${lines.join('\n')}\n2021年3月5日 第3版\n`;
    const d = decodeBytes(new Uint8Array(iconv.encode(text, enc)));
    expect(d.ok && d.text).toBe(text);
    expect(d.ok && d.warnings).toEqual([`no byte-order mark; read as ${enc.toUpperCase()}`]);
  });
  it('reads mostly-ASCII UTF-16 (full of NUL bytes) as text, not as a binary file', () => {
    const text = 'Qingxi County, 5 March 2021: the county held a meeting on rural revitalisation.\n';
    const d = decodeBytes(new Uint8Array(iconv.encode(text, 'utf-16le')));
    expect(d.ok && d.text).toBe(text);
  });
  it('still refuses a binary file and UTF-8 text with a NUL byte', () => {
    expect(decodeBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toMatchObject({ ok: false });
    expect(decodeBytes(concat(utf8(lines[0]!), new Uint8Array([0]), utf8(lines[1]!)))).toMatchObject({ ok: false, error: expect.stringMatching(/binary/) });
  });
});

describe('readInput', () => {
  it('passes the decoding warnings on with the articles', () => {
    const bytes = concat(utf8(`${lines[0]}\n${lines[1]}\n`), new Uint8Array(iconv.encode(lines[2]!, 'gbk')), utf8(`\n${lines[3]}\n`));
    const out = readInput('mixed.txt', bytes);
    expect(out.ok && out.warnings).toContain('not UTF-8 like the rest of the file, read as GB18030: line(s) 3');
    expect(out.ok && out.articles[0]!.article.text).toContain(lines[2]);
  });
});
