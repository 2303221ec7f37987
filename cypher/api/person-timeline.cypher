// A person's posts and the meetings they attended, as distinct facts (docs/graph-model.md): one
// entry per post held (tenure: the first and last dated articles that show it, with the
// precision of those dates, up to 50 of its articles and how many facts there are) and one per
// meeting attended (every way they took part, the place it was held in and the first article
// that reports it), read from the LINK summaries, not folded from per-article facts.
MATCH (p:Person {id: $id})
RETURN p.id AS id, p.name AS name,
  COLLECT {
    MATCH (p)-[h:LINK {type: 'HOLDS_ROLE'}]->(r:Role)
    RETURN {
      role: {id: r.id, type: 'Role', name: r.name},
      // The body most articles name for the post (a post has thousands of OF facts, one LINK per body).
      of: head(COLLECT {
        MATCH (r)-[l:LINK {type: 'OF'}]->(o)
        RETURN {id: o.id, type: head([x IN labels(o) WHERE x <> 'Entity']), name: o.name} AS of ORDER BY l.count DESC, o.id LIMIT 1
      }),
      first_seen: h.first_seen, last_seen: h.last_seen, first_precision: h.first_precision, last_precision: h.last_precision,
      articles: h.articles, count: h.count
    }
  } AS roles,
  COLLECT {
    MATCH (p)-[l:LINK {type: 'ATTENDED'}]->(m:Meeting)
    RETURN {
      meeting: {id: m.id, type: 'Meeting', name: m.name}, date: m.date, date_precision: m.date_precision,
      as: head([x IN ['chair', 'speaker', 'attendee', 'observer'] WHERE x IN coalesce(l.roles, [])]),
      roles: coalesce(l.roles, []), count: l.count,
      place: head([(m)-[:HELD_IN]->(pl:Place) | {id: pl.id, type: 'Place', name: pl.name}]),
      article: head(COLLECT { MATCH (x:Article {id: coalesce(l.first_article, head(l.articles))}) RETURN x {.id, .title, .published} })
    }
  } AS meetings
