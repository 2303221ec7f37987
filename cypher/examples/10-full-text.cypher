// title: Full-text search
// description: The CJK full-text index over names, aliases, titles and article texts, best matches first.
// params: {"q": "项目建设"}
// title_zh: 全文检索
// description_zh: 名称、别名、标题和正文的中日韩全文索引，最佳匹配在前。
CALL db.index.fulltext.queryNodes('search_text', $q, {limit: 50}) YIELD node, score
RETURN [l IN labels(node) WHERE l <> 'Entity'][0] AS type, coalesce(node.name, node.title) AS name, node.published AS published, score
ORDER BY score DESC
