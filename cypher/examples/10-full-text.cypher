// title: Full-text search
// description: The CJK full-text index over names, aliases, titles and article texts, best matches first.
// params: {"q": "项目建设"}
CALL db.index.fulltext.queryNodes('search_text', $q, {limit: 50}) YIELD node, score
RETURN [l IN labels(node) WHERE l <> 'Entity'][0] AS type, coalesce(node.name, node.title) AS name, node.published AS published, score
ORDER BY score DESC
