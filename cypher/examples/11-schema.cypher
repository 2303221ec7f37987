// title: The graph's schema
// description: Labels and relationship types as a graph (what connects to what).
// params: {}
CALL db.schema.visualization()
