// Who held post $post (of $scope, e.g. 平湖市; null = any) on $date (YYYY-MM-DD)?
// A post matches by its canonical name, its wider kind (常务副市长 is a kind of 副市长) or
// as printed (three index seeks). Tenure is what the articles show: from the first to the
// last dated sighting, widened by $slackDays on both sides (0 = strictly between sightings).
CALL () {
  MATCH (r:Role {canonical: $post}) RETURN r
  UNION
  MATCH (r:Role {kind_of: $post}) RETURN r
  UNION
  MATCH (r:Role {name: $post}) RETURN r
}
WITH r WHERE $scope IS NULL OR r.scope = $scope
MATCH (p:Person)-[h:HOLDS_ROLE]->(r)
WHERE h.first_seen IS NOT NULL
WITH p, r, min(h.first_seen) AS first_seen, max(h.last_seen) AS last_seen, collect(DISTINCT h.article) AS articles
WHERE date(first_seen) - duration({days: toInteger($slackDays)}) <= date($date)
  AND date($date) <= date(last_seen) + duration({days: toInteger($slackDays)})
RETURN p.id AS person, p.name AS name, r.id AS role, r.name AS post, r.canonical AS canonical, r.scope AS scope,
       first_seen, last_seen, articles
ORDER BY first_seen, name
