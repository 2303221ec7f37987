// title: The graph's schema
// description: Labels and relationship types as a graph (what connects to what).
// params: {}
// title_zh: 图的结构
// description_zh: 以图显示标签和关系类型（什么连到什么）。
CALL db.schema.visualization()
