// The nodes of the ranked lists with their two counts (see top-entities.cypher).
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, labels(n) AS labels, n {.*} AS props,
  COUNT { (n)-[:LINK]-() } AS degree, COUNT { ()-[:MENTIONS]->(n) } AS mentions
