// The naive baseline: one MERGE per relationship, one transaction each.
CALL () {
  MATCH (a:Entity {id: $from}) WHERE NOT $fromArticle RETURN a
  UNION
  MATCH (a:Article {id: $from}) WHERE $fromArticle RETURN a
}
CALL () {
  MATCH (b:Entity {id: $to}) WHERE NOT $toArticle RETURN b
  UNION
  MATCH (b:Article {id: $to}) WHERE $toArticle RETURN b
}
MERGE (a)-[r:$($type) {article: coalesce($props.article, '')}]->(b)
SET r += $props
