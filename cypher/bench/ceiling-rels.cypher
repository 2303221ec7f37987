// The write ceiling: plain CREATE of relationships between nodes found by id.
UNWIND $rows AS row
CALL (row) {
  MATCH (a:Entity {id: row.from}) WHERE NOT row.fromArticle RETURN a
  UNION
  MATCH (a:Article {id: row.from}) WHERE row.fromArticle RETURN a
}
CALL (row) {
  MATCH (b:Entity {id: row.to}) WHERE NOT row.toArticle RETURN b
  UNION
  MATCH (b:Article {id: row.to}) WHERE row.toArticle RETURN b
}
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props
