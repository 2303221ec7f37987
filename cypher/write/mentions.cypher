// Article → Entity, one per article and entity: how often and where (flattened spans).
UNWIND $rows AS row
MATCH (a:Article {id: row.article})
MATCH (e:Entity {id: row.entity})
CREATE (a)-[m:MENTIONS]->(e)
SET m.count = row.count, m.spans = row.spans
