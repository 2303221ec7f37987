// Meetings in a date window, optionally held in a place (or a place inside it, up to
// three PART_OF steps) or organised by an organisation; newest first, $limit + 1 of
// them so the caller can tell when the list was cut; with who attended and as what.
// One attendee per person and meeting (the ATTENDED LINK summary, docs/graph-model.md), however
// many articles or sentences report it: `as` is the leading way they took part (chair, then
// speaker, attendee, observer), `roles` every way, `count` the facts behind it.
MATCH (m:Meeting)
WHERE ($from IS NULL OR m.date >= $from) AND ($to IS NULL OR m.date <= $to)
  AND ($place IS NULL OR EXISTS { (m)-[:HELD_IN]->(:Place)-[:PART_OF*0..3]->(pl:Place) WHERE pl.id = $place })
  AND ($org IS NULL OR EXISTS { (m)-[:ORGANIZED_BY]->(o:Organization) WHERE o.id = $org })
WITH m ORDER BY m.date DESC, m.id
LIMIT toInteger($limit) + 1
RETURN m.id AS id, m.name AS name, m.date AS date, m.date_precision AS date_precision,
  [(p:Person)-[l:LINK {type: 'ATTENDED'}]->(m) | {id: p.id, name: p.name, roles: coalesce(l.roles, []), count: l.count,
    as: head([x IN ['chair', 'speaker', 'attendee', 'observer'] WHERE x IN coalesce(l.roles, [])])}] AS attendees
