import { describe, expect, it } from 'vitest';
import { dateIn, headerLike, pageLabelFromName } from '../../extractors/readers/pdf-header.js';
import { parseBboxLayout } from '../../server/pdf/bbox-layout.js';
import { parseTesseractTsv } from '../../server/pdf/tesseract-tsv.js';
import { parsePgm } from '../../server/pdf/poppler.js';
import { firstComplaint } from '../../server/pdf/run-tool.js';
import { pagedKind, usableTextLayer } from '../../server/pdf/read-paged.js';
import type { PositionedPage } from '../../extractors/readers/pdf-types.js';

describe('page facts from headers and file names', () => {
  it('reads the page label from a file name, not from its date', () => {
    expect(pageLabelFromName('pages/2020-12-27_03.pdf')).toBe('03');
    expect(pageLabelFromName('qingyuan-A03.pdf')).toBe('A03');
    expect(pageLabelFromName('2021/05/第7版.png')).toBe('第7版');
    expect(pageLabelFromName('2020-12-27.pdf')).toBeNull();
    expect(pageLabelFromName('20201227.pdf')).toBeNull();
  });

  it('knows header text from body text', () => {
    expect(headerLike('2024年11月8日 星期五')).toBe(true);
    expect(headerLike('第3版')).toBe(true);
    expect(headerLike('清 源 日 报')).toBe(true);
    expect(headerLike('责任编辑：某某')).toBe(true);
    expect(headerLike('县委常委会召开会议')).toBe(false);
    expect(headerLike('人民日报评论员文章引发热议')).toBe(false);
  });

  it('reads printed dates, refusing impossible ones', () => {
    expect(dateIn('2024年1月8日 星期一')).toBe('2024-01-08');
    expect(dateIn('出版日期 2024.03.15')).toBe('2024-03-15');
    expect(dateIn('2023年2月30日')).toBeNull();
  });
});

describe('tool output parsers', () => {
  it('parses pdftotext -bbox-layout XHTML into pages, lines and words', () => {
    const xhtml = `<doc><page width="595.2" height="841.9"><flow><block xMin="1" yMin="2" xMax="3" yMax="4">
      <line xMin="10" yMin="20" xMax="110" yMax="32"><word xMin="10" yMin="20" xMax="40" yMax="32">本报讯</word><word xMin="43" yMin="20" xMax="110" yMax="32">A&amp;B&#x4e2d;</word></line>
      </block></flow></page><page width="595.2" height="841.9"></page></doc>`;
    const pages = parseBboxLayout(xhtml);
    expect(pages).toHaveLength(2);
    expect(pages[0]).toMatchObject({ number: 1, width: 595.2, height: 841.9, ocr: false });
    expect(pages[0]!.lines[0]!.words.map((w) => w.text)).toEqual(['本报讯', 'A&B中']);
    expect(pages[0]!.lines[0]).toMatchObject({ x0: 10, y0: 20, x1: 110, y1: 32 });
    expect(pages[1]!.lines).toEqual([]);
  });

  it('parses tesseract TSV into lines of words with confidences', () => {
    const tsv = [
      'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext',
      '1\t1\t0\t0\t0\t0\t0\t0\t500\t500\t-1\t',
      '4\t1\t1\t1\t1\t0\t10\t20\t200\t25\t-1\t',
      '5\t1\t1\t1\t1\t1\t10\t20\t60\t25\t96.5\t本报讯',
      '5\t1\t1\t1\t1\t2\t80\t20\t130\t25\t41\t近日',
      '4\t1\t2\t1\t1\t0\t10\t60\t50\t25\t-1\t',
      '5\t1\t2\t1\t1\t1\t10\t60\t50\t25\t95\t ',
    ].join('\n');
    const lines = parseTesseractTsv(tsv);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ x0: 10, y0: 20, x1: 210, y1: 45 });
    expect(lines[0]!.words).toEqual([
      { x0: 10, y0: 20, x1: 70, y1: 45, text: '本报讯', conf: 96.5 },
      { x0: 80, y0: 20, x1: 210, y1: 45, text: '近日', conf: 41 },
    ]);
  });

  it('parses a binary PGM', () => {
    const img = parsePgm(Buffer.concat([Buffer.from('P5\n# made by a test\n3 2\n255\n'), Buffer.from([0, 128, 255, 1, 2, 3])]));
    expect(img).toMatchObject({ width: 3, height: 2 });
    expect([...img.data]).toEqual([0, 128, 255, 1, 2, 3]);
  });

  it("keeps the line of a tool's complaint that names the error", () => {
    expect(firstComplaint('Syntax Warning: x\nSyntax Error: Couldn\'t read xref table\n')).toBe("Syntax Error: Couldn't read xref table");
    expect(firstComplaint('')).toBe('');
  });

  it('tells PDFs and page images by their first bytes, then by their extension', () => {
    expect(pagedKind('a.txt', Buffer.from('%PDF-1.7\n'))).toBe('pdf');
    expect(pagedKind('page.bin', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('image');
    expect(pagedKind('page.bin', Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('image');
    expect(pagedKind('page.bin', Buffer.from('II*\0rest'))).toBe('image');
    expect(pagedKind('broken.pdf', Buffer.from('not really'))).toBe('pdf');
    expect(pagedKind('notes.txt', Buffer.from('本报讯 %PDF-1.4 是一种格式'))).toBeNull();
  });
});

describe('text layer or OCR', () => {
  const pageOf = (text: string): PositionedPage => ({
    number: 1, width: 600, height: 800, ocr: false,
    lines: [{ x0: 0, y0: 0, x1: 100, y1: 12, words: [{ text, x0: 0, y0: 0, x1: 100, y1: 12 }] }],
  });
  it('reads a page by OCR when its text layer is empty or garbled', () => {
    expect(usableTextLayer(pageOf('本报讯 近日，县里召开会议。'))).toBe(true);
    expect(usableTextLayer(pageOf('第3版'))).toBe(false);
    // A font without a usable ToUnicode map: private-use code points.
    expect(usableTextLayer(pageOf('\ue001\ue002\ue003\ue004\ue005\ue006\ue007\ue008\ue009\ue00a\ue00b\ue00c县里召开会议'))).toBe(false);
  });
});
