// Restores a batch of relationships of one type ($type). Ends are found by key label and id;
// the label is chosen in a UNION (not a dynamic label) so every lookup is an index seek.
// Typed properties are turned back as in import-nodes.cypher.
UNWIND $rows AS row
CALL (row) {
  MATCH (a:Entity {id: row.from}) WHERE row.fromKey = 'Entity' RETURN a
  UNION
  MATCH (a:Article {id: row.from}) WHERE row.fromKey = 'Article' RETURN a
  UNION
  MATCH (a:Judgement {id: row.from}) WHERE row.fromKey = 'Judgement' RETURN a
}
CALL (row) {
  MATCH (b:Entity {id: row.to}) WHERE row.toKey = 'Entity' RETURN b
  UNION
  MATCH (b:Article {id: row.to}) WHERE row.toKey = 'Article' RETURN b
  UNION
  MATCH (b:Judgement {id: row.to}) WHERE row.toKey = 'Judgement' RETURN b
}
CREATE (a)-[r:$($type)]->(b)
SET r = row.props
FOREACH (t IN row.typed |
  SET r[t[0]] = CASE t[1]
    WHEN 'INTEGER NOT NULL' THEN toInteger(row.props[t[0]])
    WHEN 'LIST<INTEGER NOT NULL> NOT NULL' THEN [x IN row.props[t[0]] | toInteger(x)]
    WHEN 'FLOAT NOT NULL' THEN toFloat(row.props[t[0]])
    WHEN 'LIST<FLOAT NOT NULL> NOT NULL' THEN [x IN row.props[t[0]] | toFloat(x)]
    WHEN 'DATE NOT NULL' THEN date(row.props[t[0]])
    WHEN 'ZONED DATETIME NOT NULL' THEN datetime(row.props[t[0]])
    WHEN 'LOCAL DATETIME NOT NULL' THEN localdatetime(row.props[t[0]])
    WHEN 'ZONED TIME NOT NULL' THEN time(row.props[t[0]])
    WHEN 'LOCAL TIME NOT NULL' THEN localtime(row.props[t[0]])
    WHEN 'DURATION NOT NULL' THEN duration(row.props[t[0]])
  END)
RETURN count(r) AS created
