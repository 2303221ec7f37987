// Every node with its labels and properties (to write the same graph again).
MATCH (n)
RETURN labels(n) AS labels, properties(n) AS props
