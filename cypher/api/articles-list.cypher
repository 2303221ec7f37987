// Articles in a date window, newest first, optionally only those whose title or text
// contains $q; with the total count for paging.
MATCH (a:Article)
WHERE ($from IS NULL OR a.published >= $from) AND ($to IS NULL OR a.published <= $to)
  AND ($q IS NULL OR a.title CONTAINS $q OR a.text CONTAINS $q)
WITH a ORDER BY a.published DESC, a.id
WITH collect(a) AS found
RETURN size(found) AS total,
  [a IN found[toInteger($offset)..toInteger($offset) + toInteger($limit)] |
    {id: a.id, title: a.title, published: a.published, source: a.source, snippet: substring(coalesce(a.text, ''), 0, 80)}] AS articles
