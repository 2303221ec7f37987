// title: A project's history
// description: The dated steps of projects whose name contains a text (立项, 招标, 开工, 竣工 …), each with the article that reported it.
// params: {"project": "工程"}
// title_zh: 项目历程
// description_zh: 名称含某段文字的项目的各个日期节点（立项、招标、开工、竣工……），及报道它的文章。
MATCH (pr:Project)-[s:STEP]->(a:Article)
WHERE pr.name CONTAINS $project
RETURN pr.name AS project, coalesce(s.date, a.published) AS date, s.stage AS stage, s.amount_yuan AS amount_yuan,
  a.title AS article, s.evidence AS evidence
ORDER BY project, date
LIMIT 200
