/**
 * Facts read from text that OCR was unsure of: a relation whose evidence overlaps a stretch of
 * the article's text read with low confidence (`article.layout.low_confidence`) gets the
 * property `low_confidence: true`, so the explorer can flag it and a reader can check the page.
 */
import type { ExtractedRelation, Span } from '../model/graph.schema.js';

/** Marks, in place, the relations whose evidence overlaps one of `spans`. */
export function markLowConfidence(relations: ExtractedRelation[], spans: readonly Span[] | undefined): void {
  if (!spans || spans.length === 0) return;
  for (const r of relations) {
    const { start, end } = r.evidence;
    if (spans.some(([s, e]) => s < end && e > start)) r.props = { ...r.props, low_confidence: true };
  }
}
