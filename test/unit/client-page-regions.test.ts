import { describe, expect, it } from 'vitest';
import type { ArticleLayout } from '../../model/graph.schema.js';
import { rectStyle, rectsFor, uncertain } from '../../client/lib/page-regions.js';

const layout: ArticleLayout = {
  page: 1, page_label: 'A02版', paper: null, image: 'abcdef0123456789-p1.jpg', ocr: true, box: [10, 20, 300, 400],
  // Two lines of 10 characters each: [0, 10) and [10, 20).
  regions: [[0, 10, 100, 200, 200, 20], [10, 20, 100, 230, 200, 20]],
  low_confidence: [[12, 14]],
};

describe('page regions: where a stretch of text is printed', () => {
  it('covers whole lines, and the share of a line a stretch starting or ending in it takes', () => {
    expect(rectsFor(layout, 0, 20)).toEqual([{ x: 100, y: 200, w: 200, h: 20 }, { x: 100, y: 230, w: 200, h: 20 }]);
    expect(rectsFor(layout, 5, 15)).toEqual([{ x: 200, y: 200, w: 100, h: 20 }, { x: 100, y: 230, w: 100, h: 20 }]);
    expect(rectsFor(layout, 20, 30)).toEqual([]);
  });

  it('tells whether a stretch holds text OCR was unsure of', () => {
    expect(uncertain(layout, 0, 12)).toBe(false);
    expect(uncertain(layout, 13, 30)).toBe(true);
    expect(uncertain(null, 0, 100)).toBe(false);
  });

  it('places boxes in percentages of the page', () => {
    expect(rectStyle({ x: 100, y: 230, w: 200, h: 20 })).toBe('left:10.00%;top:23.00%;width:20.00%;height:2.00%');
  });
});
