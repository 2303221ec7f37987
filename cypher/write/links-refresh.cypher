// Recomputes the LINK summary of each pair in $pairs ({from, type, to}) from the facts there
// now — after an article's facts were cleared, or entities were merged or split: the old
// LINK (several, after a merge) goes, and one is made again when facts are left, with the
// values links.cypher gives for the same facts (dates are the articles' `published`).
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
  WITH r.article AS aid, art.published AS d
  ORDER BY aid
  WITH count(*) AS n, collect(DISTINCT aid)[..50] AS ids, min(d) AS first_seen, max(d) AS last_seen,
    collect(CASE WHEN d IS NULL THEN null ELSE [d, aid] END) AS dated
  WHERE n > 0
  CREATE (a)-[l:LINK]->(b)
  SET l.type = p.type, l.count = n, l.articles = ids, l.first_seen = first_seen, l.last_seen = last_seen,
    l.first_article = head([x IN dated WHERE x[0] = first_seen | x[1]]),
    l.last_article = head([x IN dated WHERE x[0] = last_seen | x[1]])
}
RETURN count(*) AS pairs
