// A project's dated steps (STEP → Article, with stage, date and amount) and the
// organisations, places and meetings linked to it.
MATCH (p:Project {id: $id})
RETURN p.id AS id, p.name AS name, properties(p) AS props,
  [(p)-[s:STEP]->(a:Article) | {stage: s.stage, date: coalesce(s.date, a.published), amount_yuan: s.amount_yuan,
    evidence: s.evidence, article: a {.id, .title, .published}}] AS steps,
  [(p)-[r:RUN_BY|LOCATED_IN]->(o) | {id: o.id, type: head([l IN labels(o) WHERE l <> 'Entity']), name: o.name, rel: type(r)}]
  + [(m:Meeting)-[:ABOUT]->(p) | {id: m.id, type: 'Meeting', name: m.name, rel: 'ABOUT'}] AS related
