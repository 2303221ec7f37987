// Recomputes the LINK summary of each pair in $pairs ({from, type, to}) from the facts there
// now — after an article's facts were cleared, or entities were merged or split: the old
// LINK (several, after a merge) goes, and one is made again when facts are left, with the
// values links.cypher gives for the same facts (dates are the articles' `published`, with
// their `published_precision`; `roles` the facts' `as` for ATTENDED).
UNWIND $pairs AS p
MATCH (a:Entity {id: p.from})
MATCH (b:Entity {id: p.to})
CALL (a, b, p) {
  MATCH (a)-[old:LINK]->(b)
  WHERE old.type = p.type
  DELETE old
}
CALL (a, b, p) {
  MATCH (a)-[r]->(b)
  WHERE type(r) = p.type
  OPTIONAL MATCH (art:Article {id: r.article})
  WITH r.article AS aid, art.published AS d, CASE WHEN art.published IS NULL THEN null ELSE coalesce(art.published_precision, 'day') END AS prec, r.as AS role
  ORDER BY aid
  WITH count(*) AS n, collect(DISTINCT aid)[..50] AS ids, min(d) AS first_seen, max(d) AS last_seen,
    collect(CASE WHEN d IS NULL THEN null ELSE [d, aid, prec] END) AS dated, collect(DISTINCT role) AS roleSet
  WHERE n > 0
  WITH n, ids, first_seen, last_seen, COLLECT { UNWIND roleSet AS x WITH x ORDER BY x RETURN x } AS roles,
    head([x IN dated WHERE x[0] = first_seen]) AS first, head([x IN dated WHERE x[0] = last_seen]) AS last
  CREATE (a)-[l:LINK]->(b)
  SET l.key = a.id + '>' + p.type + '>' + b.id, l.type = p.type, l.count = n, l.articles = ids,
    l.first_seen = first_seen, l.last_seen = last_seen,
    l.first_article = first[1], l.last_article = last[1], l.first_precision = first[2], l.last_precision = last[2],
    l.roles = CASE WHEN p.type = 'ATTENDED' THEN roles ELSE null END
}
RETURN count(*) AS pairs
