// Who held post $post (of $scope, e.g. 平湖市; null = any) on $date (YYYY-MM-DD)?
// A post matches by its canonical name, its wider kind (常务副市长 is a kind of 副市长) or
// as printed (three index seeks). Tenure is what the articles show: from the first to the
// last dated sighting, widened by $slackDays on both sides (0 = strictly between sightings);
// a last sighting known to the month or year only counts to the end of that month or year.
// Reads the LINK summary of each (person, post) (docs/graph-model.md), not the per-article
// HOLDS_ROLE facts: a post of a busy county has thousands of those but tens of holders.
// `articles` are the LINK's (up to 50, smallest ids), `count` how many facts there are,
// `first_precision`/`last_precision` how much of the first and last dates is known.
CALL () {
  MATCH (r:Role {canonical: $post}) RETURN r
  UNION
  MATCH (r:Role {kind_of: $post}) RETURN r
  UNION
  MATCH (r:Role {name: $post}) RETURN r
}
WITH r WHERE $scope IS NULL OR r.scope = $scope
MATCH (p:Person)-[h:LINK]->(r)
WHERE h.type = 'HOLDS_ROLE' AND h.first_seen IS NOT NULL
  AND date(h.first_seen) - duration({days: toInteger($slackDays)}) <= date($date)
  AND date($date) <= CASE h.last_precision
      WHEN 'month' THEN date(h.last_seen) + duration({months: 1}) - duration({days: 1})
      WHEN 'year' THEN date(h.last_seen) + duration({years: 1}) - duration({days: 1})
      ELSE date(h.last_seen) END + duration({days: toInteger($slackDays)})
RETURN p.id AS person, p.name AS name, r.id AS role, r.name AS post, r.canonical AS canonical, r.scope AS scope,
       h.first_seen AS first_seen, h.last_seen AS last_seen, h.articles AS articles, h.count AS count,
       h.first_article AS first_article, h.last_article AS last_article,
       h.first_precision AS first_precision, h.last_precision AS last_precision
ORDER BY first_seen, name
