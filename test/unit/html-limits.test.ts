/** HTML pages are measured before they are parsed (issue 16): a hostile nesting fails alone, in milliseconds. */
import { describe, expect, it } from 'vitest';
import { readInput } from '../../extractors/readers/index.js';
import { HTML_MAX_DEPTH, scanHtml } from '../../extractors/readers/html-limits.js';

const para = '<p>本报讯（记者 林晓帆）近日，青溪县召开乡村振兴工作推进会，部署下一阶段重点任务。</p>';
const nested = (n: number, tag = 'div') => `<html><body>${`<${tag}>`.repeat(n)}${para}${`</${tag}>`.repeat(n)}</body></html>`;

describe('scanHtml', () => {
  it('refuses 100,000 nested divs (1.1 MB) in well under a second', () => {
    const t0 = performance.now();
    expect(scanHtml(nested(100_000)).refusal).toMatch(/nested more than 256 levels/);
    expect(performance.now() - t0).toBeLessThan(1000);
  });
  it('lets a page just inside the limit through, and counts its elements', () => {
    const s = scanHtml(nested(HTML_MAX_DEPTH - 3));
    expect(s.refusal).toBeNull();
    expect(s.elements).toBe(HTML_MAX_DEPTH - 3 + 3);
  });
  it('counts nesting hidden behind attributes holding < and >', () => {
    expect(scanHtml(`${'<div title="a<b>c">'.repeat(300)}x`).refusal).toMatch(/nested/);
  });
  it('does not count void elements, end-tag-optional elements, comments or script text as nesting', () => {
    const html = `<body>${'<br><img src="x"><p>a<li>b'.repeat(1000)}<!-- ${'<div>'.repeat(1000)} --><script>${'<div>'.repeat(1000)}</script>${para}`;
    expect(scanHtml(html).refusal).toBeNull();
  });
  it('stays linear on broken markup (300,000 unclosed tags)', () => {
    const t0 = performance.now();
    scanHtml(`${'<a "'.repeat(300_000)}x`);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

describe('readInput with a hostile HTML file', () => {
  it('fails that file alone with one line', () => {
    const out = readInput('deep.html', new TextEncoder().encode(nested(100_000)));
    expect(out).toEqual({ ok: false, error: 'HTML elements nested more than 256 levels deep; not parsed' });
  });
  it('still reads a page with many paragraphs (past Readability\'s share) by its paragraphs', () => {
    const page = `<html><body><article>${para.repeat(4000)}</article></body></html>`;
    const out = readInput('wide.html', new TextEncoder().encode(page));
    expect(out.ok && out.articles[0]!.article.text.split('\n')).toHaveLength(4000);
  });
});
