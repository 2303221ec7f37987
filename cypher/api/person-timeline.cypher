// A person's posts (one per role, with tenure: the first and last dates any article saw
// it, and up to 100 of those articles) and the meetings attended, each with the place it was held in
// and the article that reported the attendance.
MATCH (p:Person {id: $id})
RETURN p.id AS id, p.name AS name,
  COLLECT {
    MATCH (p)-[h:HOLDS_ROLE]->(r:Role)
    WITH r, min(h.first_seen) AS first_seen, max(h.last_seen) AS last_seen, collect(DISTINCT h.article)[..100] AS articles
    RETURN {
      role: {id: r.id, type: 'Role', name: r.name},
      of: head([(r)-[:OF]->(o) | {id: o.id, type: head([l IN labels(o) WHERE l <> 'Entity']), name: o.name}]),
      first_seen: first_seen, last_seen: last_seen, articles: articles
    }
  } AS roles,
  COLLECT {
    MATCH (p)-[a:ATTENDED]->(m:Meeting)
    WITH m, collect(a) AS as_, head(collect(a.article)) AS article
    RETURN {
      meeting: {id: m.id, type: 'Meeting', name: m.name}, date: m.date, as: head([x IN as_ WHERE x.as IS NOT NULL | x.as]),
      place: head([(m)-[:HELD_IN]->(pl:Place) | {id: pl.id, type: 'Place', name: pl.name}]),
      article: head(COLLECT { MATCH (x:Article {id: article}) RETURN x {.id, .title, .published} })
    }
  } AS meetings
