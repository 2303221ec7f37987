import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../model/graph.schema.js';
import { extractArticle } from '../../extractors/pipeline.js';
import { makeArticle } from '../../extractors/readers/make-article.js';
import { layoutFromProps, layoutProps } from '../../server/graph/article-layout.js';
import { buildRows } from '../../server/graph/write-rows.js';

const TEXT = '本报讯 3月2日，县长杜明远主持召开县政府常务会议。副县长简宁出席会议。';

function raw(low: Array<[number, number]>) {
  const r = makeArticle({ title: '县政府召开常务会议', text: TEXT, published: '2024-03-04', source: 'p.pdf', credits: [] });
  r.article.layout = {
    page: 2, page_label: 'A02版', paper: '清源日报', image: '0123456789abcdef-p2.jpg', ocr: true, box: [10, 20, 300, 400],
    regions: [[0, 20, 12, 40, 280, 15], [20, TEXT.length, 12, 58, 280, 15]], low_confidence: low,
  };
  return r;
}

describe('layout of PDF and scanned articles: marked facts, stored and read back', () => {
  it('marks the facts whose evidence holds text OCR read with low confidence, and only those', { timeout: 60_000 }, () => {
    const at = TEXT.indexOf('简宁');
    const x: Extraction = extractArticle(raw([[at, at + 2]]));
    const held = x.relations.filter((r) => r.evidence.text.includes('简宁') && r.evidence.end > r.evidence.start);
    const other = x.relations.filter((r) => r.evidence.text.includes('杜明远') && !r.evidence.text.includes('简宁'));
    expect(held.length).toBeGreaterThan(0);
    expect(other.length).toBeGreaterThan(0);
    for (const r of held) expect(r.props.low_confidence).toBe(true);
    for (const r of other) expect(r.props.low_confidence).toBeUndefined();
    expect(extractArticle(raw([])).relations.some((r) => 'low_confidence' in r.props)).toBe(false);
  });

  it('stores the layout as flat Article properties and reads the same layout back', () => {
    const x = extractArticle(raw([[3, 5]]));
    const props = buildRows([{ ex: x }]).articles[0]!.props;
    expect(props).toMatchObject({ page: 2, page_label: 'A02版', paper: '清源日报', page_image: '0123456789abcdef-p2.jpg', page_ocr: true, page_box: [10, 20, 300, 400], low_confidence: [3, 5] });
    expect(props.page_regions).toEqual([0, 20, 12, 40, 280, 15, 20, TEXT.length, 12, 58, 280, 15]);
    expect(layoutFromProps(props)).toEqual(x.article.layout);
    expect(layoutProps(x.article.layout!)).toEqual(Object.fromEntries(Object.entries(props).filter(([k]) => /^(page|paper|low_)/u.test(k))));
  });

  it('stores nothing of the kind for an article read from text', () => {
    const x = extractArticle(makeArticle({ title: null, text: TEXT, published: null, source: 'p.txt', credits: [] }));
    const props = buildRows([{ ex: x }]).articles[0]!.props;
    expect(Object.keys(props).some((k) => k.startsWith('page'))).toBe(false);
    expect(layoutFromProps({ page: null })).toBeNull();
  });
});
