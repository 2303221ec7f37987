// A project's history: every STEP fact (one per article and stage) with its article, the people
// (INVOLVED_IN) and bodies (RUN_BY) the same article names for the project, and the project's
// organisations, places, people and meetings, one per pair and relation (LINK summaries).
// server/api/project-history.ts folds the facts into events and orders them.
MATCH (p:Project {id: $id})
RETURN p.id AS id, p.name AS name, properties(p) AS props,
  [(p)-[s:STEP]->(a:Article) | {
    stage: s.stage, date: s.date, date_precision: s.date_precision, amount_yuan: s.amount_yuan, phase: s.phase,
    planned: coalesce(s.planned, false), evidence: s.evidence, start: s.start, end: s.end,
    article: a {.id, .title, .published},
    people: [(x:Person)-[i:INVOLVED_IN]->(p) WHERE i.article = a.id | {id: x.id, type: 'Person', name: x.name, as: i.as}],
    organizations: [(p)-[r:RUN_BY]->(o:Organization) WHERE r.article = a.id | {id: o.id, type: 'Organization', name: o.name, as: r.as}]
  }] AS steps,
  [(p)-[l:LINK]->(o) WHERE l.type IN ['RUN_BY', 'LOCATED_IN'] |
    {id: o.id, type: head([x IN labels(o) WHERE x <> 'Entity']), name: o.name, rel: l.type, count: l.count,
     as: COLLECT { MATCH (p)-[r:RUN_BY]->(o) WHERE l.type = 'RUN_BY' AND r.as IS NOT NULL RETURN DISTINCT r.as ORDER BY r.as }}]
  + [(x:Person)-[l:LINK {type: 'INVOLVED_IN'}]->(p) |
    {id: x.id, type: 'Person', name: x.name, rel: 'INVOLVED_IN', count: l.count,
     as: COLLECT { MATCH (x)-[i:INVOLVED_IN]->(p) WHERE i.as IS NOT NULL RETURN DISTINCT i.as ORDER BY i.as }}]
  + [(m:Meeting)-[l:LINK {type: 'ABOUT'}]->(p) | {id: m.id, type: 'Meeting', name: m.name, rel: 'ABOUT', count: l.count, date: m.date}] AS related
