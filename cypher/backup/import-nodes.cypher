// Restores a batch of nodes: labels and properties as exported; properties JSON cannot
// carry (floats, dates, times, durations) are turned back from their text by type, and
// integers made integers again (the driver sends every JavaScript number as a float).
UNWIND $rows AS row
CREATE (n:$(row.labels))
SET n = row.props
FOREACH (t IN row.typed |
  SET n[t[0]] = CASE t[1]
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
RETURN count(n) AS created
