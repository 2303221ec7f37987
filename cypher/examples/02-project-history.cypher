// title: A project's history
// description: Every reported step of the projects whose name (or a name they were printed as) contains a text: stage, date and its precision, phase, investment, the article and its sentence, oldest first. Plans (预计…) are marked.
// params: {"project": "零部件产业园"}
// title_zh: 项目历程
// description_zh: 名称（或其曾用名称）含某段文字的项目的每个报道节点：阶段、日期及其精度、期次、投资额、报道文章及原句，按时间先后排列；计划（预计……）另有标记。
MATCH (pr:Project)
WHERE pr.name CONTAINS $project OR any(a IN pr.aliases WHERE a CONTAINS $project)
MATCH (pr)-[s:STEP]->(a:Article)
RETURN pr.name AS project, coalesce(s.date, a.published) AS date, s.stage AS stage, s.date_precision AS precision,
  s.phase AS phase, coalesce(s.planned, false) AS planned, s.amount_yuan AS amount_yuan, a.title AS article, s.evidence AS evidence
ORDER BY project, date, article
LIMIT 200
