// One article: its text, the entities it mentions (with spans), its bylines (`page`: credited on
// the page, not tied to this article by the page's layout) and, for articles
// read from a PDF page or a scan, where it is printed (server/graph/article-layout.ts).
MATCH (a:Article {id: $id})
RETURN a.id AS id, a.title AS title, a.published AS published, a.source AS source, a.text AS text,
  [(a)-[m:MENTIONS]->(e) | {id: e.id, labels: labels(e), name: coalesce(e.name, e.id), count: m.count, spans: m.spans}] AS mentions,
  [(p:Person)-[w:WROTE]->(a) | {id: p.id, type: 'Person', name: p.name, as: w.as, page: coalesce(w.page, false)}] AS bylines,
  a {.page, .page_label, .paper, .page_image, .page_ocr, .page_box, .page_regions, .low_confidence} AS layout
