// Stored articles as an ingest read them (text, title, date, source, region, credits), to
// extract them again; with the names credited page-wide (WROTE page: true).
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.title AS title, a.published AS published, a.source AS source, a.text AS text,
  a.region AS region, coalesce(a.credits, []) AS credits,
  [(p:Person)-[w:WROTE]->(a) WHERE w.page = true | p.name] AS page_names
