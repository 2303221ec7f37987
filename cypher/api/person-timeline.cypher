// A person's posts (one per role, with tenure: the first and last dates any article saw
// it, and up to 50 of those articles — read from the LINK summary of the pair, not folded
// from the per-article HOLDS_ROLE facts) and the meetings attended, each with the place it was held in
// and the article that reported the attendance.
MATCH (p:Person {id: $id})
RETURN p.id AS id, p.name AS name,
  COLLECT {
    MATCH (p)-[h:LINK]->(r:Role)
    WHERE h.type = 'HOLDS_ROLE'
    WITH r, h.first_seen AS first_seen, h.last_seen AS last_seen, h.articles AS articles
    RETURN {
      role: {id: r.id, type: 'Role', name: r.name},
      // The body most articles name for the post (a post has thousands of OF facts, one LINK per body).
      of: head(COLLECT {
        MATCH (r)-[l:LINK]->(o) WHERE l.type = 'OF'
        RETURN {id: o.id, type: head([x IN labels(o) WHERE x <> 'Entity']), name: o.name} AS of ORDER BY l.count DESC, o.id LIMIT 1
      }),
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
