// One ingested document for the reader: its Source and passages in reading order, each with the
// suggestions it proposed (every status, oldest first).
// Params: $id (Source id). No row when the id is not an ingested document.
MATCH (s:Source {id: $id})
WHERE s.content_sha256 IS NOT NULL
OPTIONAL MATCH (s)-[:HAS_PASSAGE]->(p:Passage)
OPTIONAL MATCH (p)-[:PROPOSES]->(q:Suggestion)
WITH s, p, q
ORDER BY q.created_at, q.id
WITH s, p, [x IN collect(properties(q)) WHERE x IS NOT NULL] AS suggestions
ORDER BY p.order
RETURN properties(s) AS source,
       [x IN collect(CASE WHEN p IS NULL THEN null ELSE p {.id, .order, .page, .heading, .start, .end, .text, suggestions: suggestions} END)
        WHERE x IS NOT NULL] AS passages
