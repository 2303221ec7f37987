// How many articles the graph holds: `baoxun start` ingests the bundled samples when it is 0.
MATCH (a:Article) RETURN count(a) AS articles
