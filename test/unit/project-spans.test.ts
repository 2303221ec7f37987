// Project names checked by exact span on invented sentences (made-up places and firms): the scorer
// matches names by containment, which hides names cut at either end.
import { describe, expect, it } from 'vitest';
import { projectExtractor, findProjects } from '../../extractors/project.extractor.js';
import { splitSentences } from '../../extractors/sentences.js';
import { findOrganizations } from '../../extractors/org-finder.js';
import { findPlacesIn } from '../../extractors/place-finder.js';
import { resolveRegion } from '../../extractors/region.js';
import type { ExtractContext } from '../../extractors/types.js';

const names = (text: string) => {
  const region = resolveRegion(null, text);
  const places = findPlacesIn(text, region);
  return findProjects(text, findOrganizations(text, places, region), places).map((h) => h.name);
};

const entities = (text: string) => {
  const ctx: ExtractContext = {
    article: { id: 'art_s', title: null, published: '2025-04-16', source: 't', text }, region: null, credits: [],
    sentences: splitSentences(text), tokenizer: { tag: () => [] }, found: { entities: [], relations: [] },
  };
  return projectExtractor.extract(ctx).entities.map((e) => e.name);
};

describe('one project printed short and in full in one article', () => {
  it('takes an agenda item that drops a few middle characters for the full name', () => {
    const text = '会议研究河西街道老旧燃气管网改造、水产品加工园区建设等事项。会议通过了河西街道老旧燃气主管网改造工程实施方案。';
    expect(entities(text).sort()).toEqual(['水产品加工园区建设', '河西街道老旧燃气主管网改造工程']);
  });

  it('keeps two projects apart when the short one is not a short form of the other', () => {
    const text = '会议研究了河西街道燃气管道改造工程和河东街道燃气管道改造工程。';
    expect(entities(text).sort()).toEqual(['河东街道燃气管道改造工程', '河西街道燃气管道改造工程']);
  });
});
